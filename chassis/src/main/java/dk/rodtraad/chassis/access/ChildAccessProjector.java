package dk.rodtraad.chassis.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.inbox.Inbox;
import dk.rodtraad.chassis.inbox.PoisonEventException;
import dk.rodtraad.chassis.inbox.ReceivedEvent;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.access.ChildAccessGrantedV1;
import dk.rodtraad.contracts.access.ChildAccessRevokedV1;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.Objects;
import java.util.UUID;

/**
 * Keeps this service's replica of who may see which child ({@code child_access}) from concern-service's topic
 * {@code rodtraad.concern.access}, each event applied once through the idempotent {@link Inbox}. A grant inserts or
 * updates the row of its child, audience and username; a revocation deletes the professional's row. Events of one
 * child share a partition, so a revocation and a later grant apply in the order concern-service decided them.
 * Enabled in every child-facing service except concern-service, which decides access itself.
 */
@ApplicationScoped
@IfBuildProperty(name = ChildAccessProjector.ENABLED, stringValue = "true")
public class ChildAccessProjector {

    public static final String CHANNEL = "child-access";
    public static final String ENABLED = "rodtraad.access.replica.enabled";
    private static final String CONSUMER = "child-access";
    private static final Logger LOG = Logger.getLogger(ChildAccessProjector.class);

    private final Inbox inbox;
    private final ObjectMapper json;

    public ChildAccessProjector(Inbox inbox, ObjectMapper json) {
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming(CHANNEL)
    public Uni<Void> project(Message<String> message) {
        return inbox.receive(message, CONSUMER, this::apply);
    }

    private Uni<Void> apply(ReceivedEvent event) {
        if (EventType.CHILD_ACCESS_GRANTED_V1.type().equals(event.type())) {
            var granted = event.payload(json, ChildAccessGrantedV1.class);
            check(event, granted.childId(), ChildAccessGrant.FAGPERSON.equals(granted.audience())
                    || ChildAccessGrant.MYNDIGHED.equals(granted.audience()), "an unknown audience");
            check(event, granted.childId(), !ChildAccessGrant.FAGPERSON.equals(granted.audience())
                    || granted.username() != null, "a professional's grant without a username");
            check(event, granted.childId(), granted.basis() != null && granted.grantedAt() != null,
                    "no basis or no time");
            return grant(granted);
        }
        if (EventType.CHILD_ACCESS_REVOKED_V1.type().equals(event.type())) {
            var revoked = event.payload(json, ChildAccessRevokedV1.class);
            check(event, revoked.childId(), revoked.username() != null, "no username");
            return ChildAccessGrant.revoke(revoked.childId(), revoked.username()).replaceWithVoid();
        }
        // A type added to the topic later: not ours to understand yet, and never a grant.
        LOG.debugf("Ignoring event %s of type %s on the access topic", event.id(), event.type());
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> grant(ChildAccessGrantedV1 granted) {
        boolean professional = ChildAccessGrant.FAGPERSON.equals(granted.audience());
        String username = professional ? granted.username() : null;
        return ChildAccessGrant.find(granted.childId(), granted.audience(), username).chain(found -> {
            var grant = found != null ? found : new ChildAccessGrant();
            grant.childId = granted.childId();
            grant.audience = granted.audience();
            grant.username = username;
            grant.discipline = professional ? granted.discipline() : null;
            grant.basis = granted.basis();
            grant.grantedAt = granted.grantedAt();
            return grant.persist().replaceWithVoid();
        });
    }

    /** An event that breaks its contract can never be applied: it goes to the dead-letter topic. */
    private static void check(ReceivedEvent event, UUID payloadChild, boolean valid, String problem) {
        if (!Objects.equals(payloadChild, event.childId())) {
            throw new PoisonEventException("childId " + payloadChild + " is not the subject " + event.childId());
        }
        if (!valid) {
            throw new PoisonEventException(event.type() + " with " + problem);
        }
    }
}
