package dk.rodtraad.contracts.networkmeeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The family consented to a network participant (netværksdeltager) taking part in a course's meetings
 * ({@code dk.rodtraad.network-meeting.network-participant-consented.v1}). The participant's role, never their name.
 *
 * @param role           what the participant is to the family, e.g. {@code bedstemor}, {@code traener}, {@code frivillig}
 * @param kind           {@code familienetvaerk} or {@code civilsamfund}
 * @param interventionId the catalogue's civil-society intervention the participant comes from, or null
 * @param consentGivenBy who of the family consented: {@code mor}, {@code far}, {@code foraelder}, {@code barnet} or
 *                       {@code den-unge}
 */
public record NetworkParticipantConsentedV1(UUID courseId, UUID childId, UUID participantId, String role, String kind,
        UUID interventionId, String consentGivenBy, LocalDate consentGivenOn, Instant recordedAt) {
}
