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
 */
public record ConcernReassessedV1(UUID concernId, UUID childId, String level, boolean acute, List<String> signs,
        int taxonomyVersion, Instant reassessedAt) {
}
