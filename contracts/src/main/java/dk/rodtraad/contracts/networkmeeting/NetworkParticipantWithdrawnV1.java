package dk.rodtraad.contracts.networkmeeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The family withdrew its consent for a network participant: they are invited to no later meeting
 * ({@code dk.rodtraad.network-meeting.network-participant-withdrawn.v1}).
 */
public record NetworkParticipantWithdrawnV1(UUID courseId, UUID childId, UUID participantId, String role,
        LocalDate withdrawnOn, Instant recordedAt) {
}
