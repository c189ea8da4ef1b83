package dk.rodtraad.contracts.networkmeeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A network meeting was planned ({@code dk.rodtraad.network-meeting.meeting-scheduled.v1}): when, where (a place code)
 * and the invited by role.
 *
 * @param place            {@code hjemmet}, {@code dagtilbud}, {@code skole}, {@code klub}, {@code sundhedspleje},
 *                         {@code raadhus}, {@code online} or {@code andet}
 * @param firstMeeting     whether it is the course's first meeting
 * @param familyChoseLater whether the family chose a time later than 24 hours after the first contact (its reason
 *                         stays in network-meeting-service)
 * @param invited          the invited participants' roles, one per participant, e.g. {@code mor}, {@code laerer}
 */
public record MeetingScheduledV1(UUID courseId, UUID childId, UUID meetingId, Instant startsAt, Instant endsAt,
        String place, boolean firstMeeting, boolean familyChoseLater, List<String> invited, Instant scheduledAt) {
}
