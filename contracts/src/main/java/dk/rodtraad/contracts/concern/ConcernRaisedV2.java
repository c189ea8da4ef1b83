package dk.rodtraad.contracts.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A professional recorded a concern about a child ({@code dk.rodtraad.concern.raised.v2}): the first assessment in
 * full, as {@link ConcernReassessedV1} carries every later one, so a consumer knows the signs from the start.
 * Carries no CPR number, no name and no free text: only the pseudonymous child id and coded facts.
 *
 * @param level           the shared concern scale: {@code green}, {@code yellow} or {@code red}
 * @param acute           acute danger or suspected abuse, apart from the scale
 * @param signs           codes of the observed signs in the shared language's taxonomy
 * @param taxonomyVersion the version of the shared language the sign codes belong to
 * @param setting         where the signs were seen: {@code sundhedspleje}, {@code dagtilbud}, {@code skole},
 *                        {@code fritid}, {@code hjemmet} or {@code andet}
 * @param ageBand         the child's age band on the day of the event ({@code 0-2}, {@code 3-5}, {@code 6-12},
 *                        {@code 13-17}), never the birth date; null for a young adult of 18 or more
 * @param district        the district (distrikt) of the professional who made the assessment; null when they have none
 * @param unit            their unit (enhed); null when they have none
 */
public record ConcernRaisedV2(UUID concernId, UUID childId, String level, boolean acute, List<String> signs,
        int taxonomyVersion, String setting, LocalDate observedOn, Instant raisedAt, String ageBand, String district,
        String unit) {
}
