package dk.rodtraad.contracts.networkmeeting;

import java.time.Instant;
import java.util.UUID;

/**
 * A planned network meeting was moved to another time or place ({@code dk.rodtraad.network-meeting.meeting-moved.v1}).
 * The reason stays in network-meeting-service.
 */
public record MeetingMovedV1(UUID courseId, UUID childId, UUID meetingId, Instant fromStartsAt, Instant startsAt,
        Instant endsAt, String place, boolean familyChoseLater, Instant movedAt) {
}
