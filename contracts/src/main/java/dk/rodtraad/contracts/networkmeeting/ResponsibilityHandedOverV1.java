package dk.rodtraad.contracts.networkmeeting;

import java.time.Instant;
import java.util.UUID;

/**
 * The responsibility (ansvar) for a course was handed over to another professional
 * ({@code dk.rodtraad.network-meeting.responsibility-handed-over.v1}). Disciplines, not persons.
 */
public record ResponsibilityHandedOverV1(UUID courseId, UUID childId, String fromDiscipline, String toDiscipline,
        Instant handedOverAt) {
}
