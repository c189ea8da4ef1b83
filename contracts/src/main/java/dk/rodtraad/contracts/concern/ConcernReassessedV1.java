package dk.rodtraad.contracts.concern;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A professional assessed a recorded concern again ({@code dk.rodtraad.concern.reassessed.v1}): the concern's new
 * level, acute flag and signs. Carries no CPR number, no name and no free text.
 *
 * @param level           the shared concern scale: {@code green}, {@code yellow} or {@code red}
 * @param acute           acute danger or suspected abuse, apart from the scale
 * @param signs           codes of the observed signs in the shared language's taxonomy
 * @param taxonomyVersion the version of the shared language the sign codes belong to
 * @param ageBand         the child's age band on the day of the event ({@code 0-2}, {@code 3-5}, {@code 6-12},
 *                        {@code 13-17}), never the birth date; null for a young adult of 18 or more
 * @param district        the district (distrikt) of the professional who made the assessment; null when they have none
 * @param unit            their unit (enhed); null when they have none
 */
public record ConcernReassessedV1(UUID concernId, UUID childId, String level, boolean acute, List<String> signs,
        int taxonomyVersion, Instant reassessedAt, String ageBand, String district, String unit) {
}
