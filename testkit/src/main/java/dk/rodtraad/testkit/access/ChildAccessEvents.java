package dk.rodtraad.testkit.access;

import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.access.ChildAccessGrantedV1;
import dk.rodtraad.contracts.access.ChildAccessRevokedV1;
import dk.rodtraad.contracts.access.TovholderAssignedV1;
import dk.rodtraad.testkit.KafkaLogin;
import dk.rodtraad.testkit.contracts.EventSchemas;
import dk.rodtraad.testkit.kafka.KafkaTestClient;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Grants, revocations and tovholder assignments on {@code rodtraad.concern.access} as concern-service publishes them (CloudEvents in binary
 * mode, keyed by the child's id, valid against the contract's schema), for testing the services that keep a
 * replica of who may see which child.
 */
public final class ChildAccessEvents {

    private static final String SOURCE = "/rodtraad/concern-service";

    /** One event, kept so a test can send it again (a redelivery). */
    public record AccessEvent(UUID id, EventType type, UUID childId, Instant time, String data) {
    }

    private final KafkaTestClient kafka;

    public ChildAccessEvents(KafkaLogin login) {
        this.kafka = new KafkaTestClient(login);
    }

    /** A professional joined the child's case team. */
    public static AccessEvent professionalGranted(UUID childId, String username, String discipline, String basis) {
        return event(EventType.CHILD_ACCESS_GRANTED_V1, childId, new ChildAccessGrantedV1(childId,
                ChildAccessGrantedV1.FAGPERSON, username, discipline, basis, now()));
    }

    /** The authority unit was notified of the child. */
    public static AccessEvent authorityGranted(UUID childId) {
        return event(EventType.CHILD_ACCESS_GRANTED_V1, childId, new ChildAccessGrantedV1(childId,
                ChildAccessGrantedV1.MYNDIGHED, null, null, "underretning", now()));
    }

    /** The professional was removed from the case team. */
    public static AccessEvent revoked(UUID childId, String username) {
        return event(EventType.CHILD_ACCESS_REVOKED_V1, childId,
                new ChildAccessRevokedV1(childId, username, "fjernet", now()));
    }

    /** The case was closed: every member's access ended, the tovholder's too. */
    public static AccessEvent caseClosed(UUID childId, String username) {
        return event(EventType.CHILD_ACCESS_REVOKED_V1, childId,
                new ChildAccessRevokedV1(childId, username, "sag-lukket", now()));
    }

    /** concern-service named the professional tovholder of the child's case, or handed them the task, then. */
    public static AccessEvent tovholderAssigned(UUID childId, String username, String discipline, Instant assignedAt) {
        return event(EventType.TOVHOLDER_ASSIGNED_V1, childId,
                new TovholderAssignedV1(childId, username, discipline, assignedAt));
    }

    public AccessEvent send(AccessEvent event) {
        kafka.sendCloudEvent(Topics.CHILD_ACCESS, event.id(), event.type().type(), SOURCE, event.childId(),
                event.time(), event.data());
        return event;
    }

    private static AccessEvent event(EventType type, UUID childId, Object payload) {
        String data = EventSchemas.validJson(type, payload);
        return new AccessEvent(UUID.randomUUID(), type, childId, now(), data);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
