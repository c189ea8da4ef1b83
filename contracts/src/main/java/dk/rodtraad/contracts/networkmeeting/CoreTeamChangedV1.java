package dk.rodtraad.contracts.networkmeeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A course's core team (kerneteam) changed, for a reason that stays in network-meeting-service
 * ({@code dk.rodtraad.network-meeting.core-team-changed.v1}). Disciplines, one per member, not persons.
 *
 * @param joined   the disciplines of those who joined
 * @param left     the disciplines of those who left
 * @param coreTeam the core team after the change
 */
public record CoreTeamChangedV1(UUID courseId, UUID childId, List<String> joined, List<String> left,
        List<String> coreTeam, Instant changedAt) {
}
