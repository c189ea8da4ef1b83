package dk.rodtraad.networkmeeting.meeting;

import dk.rodtraad.networkmeeting.course.MeetingRole;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * One person at a meeting, or who carries an agreement, named by exactly one of: a professional's {@code username}
 * (on the child's case team; the role is their discipline), a {@code networkParticipantId} (with the family's consent;
 * the role is theirs), or a {@code role} of the family ({@code mor}, {@code far}, {@code foraelder}, {@code barnet},
 * {@code den-unge}) or {@code anden-fagperson}, a professional without a login here.
 */
public record ParticipantRequest(
        @Size(max = 100, message = "Højst 100 tegn") String username,
        UUID networkParticipantId,
        MeetingRole role) {
}
