package dk.rodtraad.contracts.networkmeeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A course of network meetings (forløb) started at the first contact about a child
 * ({@code dk.rodtraad.network-meeting.course-started.v1}). Disciplines and codes, never a person's name, never what
 * the contact was about.
 *
 * @param contactFrom           who made the contact: {@code foraelder}, {@code barnet}, {@code fagperson},
 *                              {@code netvaerk} or {@code anden}
 * @param contactedDiscipline   the discipline of the professional who was contacted and organises the first meeting
 * @param responsibleDiscipline the discipline of the professional who carries the responsibility (ansvar)
 * @param coreTeam              the core team's disciplines (kerneteam), one per member
 */
public record CourseStartedV1(UUID courseId, UUID childId, Instant firstContactAt, String contactFrom,
        String contactedDiscipline, String responsibleDiscipline, List<String> coreTeam, Instant startedAt) {
}
