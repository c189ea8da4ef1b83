package dk.rodtraad.contracts.concern;

import java.time.Instant;
import java.util.UUID;

/**
 * A professional notified the authority about a child ({@code dk.rodtraad.concern.notified.v1}), for the child's
 * timeline. Carries no CPR number, no name and no free text: the underretning itself goes only to the authority.
 *
 * @param ground {@code saerlig-stoette}, {@code ufoedt-barn}, {@code ulovligt-skolefravaer} or {@code overgreb}
 */
public record ChildNotifiedV1(UUID notificationId, UUID childId, String ground, Instant receivedAt) {
}
