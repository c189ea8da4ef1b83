package dk.rodtraad.contracts.networkmeeting;

import java.time.Instant;
import java.util.UUID;

/**
 * A planned network meeting was cancelled ({@code dk.rodtraad.network-meeting.meeting-cancelled.v1}). The reason stays
 * in network-meeting-service.
 */
public record MeetingCancelledV1(UUID courseId, UUID childId, UUID meetingId, Instant startsAt, Instant cancelledAt) {
}
