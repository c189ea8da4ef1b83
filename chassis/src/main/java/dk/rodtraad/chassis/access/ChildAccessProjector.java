package dk.rodtraad.chassis.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.inbox.Arrival;
import dk.rodtraad.chassis.inbox.Inbox;
import dk.rodtraad.chassis.inbox.PoisonEventException;
import dk.rodtraad.chassis.inbox.Reads;
import dk.rodtraad.chassis.inbox.ReceivedEvent;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.access.ChildAccessGrantedV1;
import dk.rodtraad.contracts.access.ChildAccessRevokedV1;
import dk.rodtraad.contracts.access.TovholderAssignedV1;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * Keeps this service's replica of who may see which child ({@code child_access}) and of who is its tovholder
 * ({@code child_tovholder}) from concern-service's topic {@code rodtraad.concern.access}, each event applied once
 * through the idempotent {@link Inbox}. A grant inserts or updates the row of its child, audience and username; a
 * revocation deletes the professional's row, and, if they were the child's tovholder, that too: a case is closed by
 * revoking every member, and a tovholder cannot otherwise leave. A tovholder assignment replaces the child's
 * tovholder, unless the replica holds a later one. Events of one child share a partition, so they apply in the
 * order concern-service decided them. Enabled in every child-facing service except concern-service, which decides
 * access itself.
 */
@ApplicationScoped
@IfBuildProperty(name = ChildAccessProjector.ENABLED, stringValue = "true")
public class ChildAccessProjector {

    public static final String CHANNEL = "child-access";
    public static final String ENABLED = "rodtraad.access.replica.enabled";
    private static final String CONSUMER = "child-access";
    /** A type added to the topic later is not ours to understand yet, and never a grant: it passes by. */
    private static final Reads READS = Reads.only(EventType.CHILD_ACCESS_GRANTED_V1, EventType.CHILD_ACCESS_REVOKED_V1,
            EventType.TOVHOLDER_ASSIGNED_V1);

    private final Inbox inbox;
    private final ObjectMapper json;

    public ChildAccessProjector(Inbox inbox, ObjectMapper json) {
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming(CHANNEL)
    public Uni<Void> project(KafkaRecordBatch<String, Arrival> batch) {
        return inbox.receive(batch, CONSUMER, READS, this::apply);
    }

    /** The schema guarantees the audience, a professional's username and discipline, the basis and the time. */
    private Uni<Void> apply(ReceivedEvent event) {
        if (EventType.CHILD_ACCESS_GRANTED_V1.type().equals(event.type())) {
            var granted = event.payload(json, ChildAccessGrantedV1.class);
            requireSubject(event, granted.childId());
            return grant(granted);
        }
        if (EventType.TOVHOLDER_ASSIGNED_V1.type().equals(event.type())) {
            var assigned = event.payload(json, TovholderAssignedV1.class);
            requireSubject(event, assigned.childId());
            return assign(assigned);
        }
        var revoked = event.payload(json, ChildAccessRevokedV1.class);
        requireSubject(event, revoked.childId());
        return ChildAccessGrant.revoke(revoked.childId(), revoked.username())
                .chain(() -> ChildTovholder.delete("childId = ?1 and username = ?2 and assignedAt <= ?3",
                        revoked.childId(), revoked.username(), revoked.revokedAt()))
                .replaceWithVoid();
    }

    /** An assignment older than the one the replica holds (replayed from a dead-letter topic, say) changes nothing. */
    private static Uni<Void> assign(TovholderAssignedV1 assigned) {
        return ChildTovholder.<ChildTovholder>findById(assigned.childId()).chain(found -> {
            if (found != null && found.assignedAt.isAfter(assigned.assignedAt())) {
                return Uni.createFrom().voidItem();
            }
            var tovholder = found != null ? found : new ChildTovholder();
            tovholder.childId = assigned.childId();
            tovholder.username = assigned.username();
            tovholder.discipline = assigned.discipline();
            tovholder.assignedAt = assigned.assignedAt();
            return tovholder.persist().replaceWithVoid();
        });
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

    /**
     * A grant, revocation or assignment about another child than the event's subject (and so its key and partition)
     * could overtake or be overtaken by that child's other changes: it can never be applied safely, and goes to the
     * dead-letter topic. A schema cannot compare the payload with a header, so this check stays here.
     */
    private static void requireSubject(ReceivedEvent event, UUID payloadChild) {
        if (!payloadChild.equals(event.childId())) {
            throw new PoisonEventException("childId " + payloadChild + " is not the subject " + event.childId());
        }
    }
}
