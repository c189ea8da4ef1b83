package dk.rodtraad.concern.recording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recorded concern as the API returns it: the current assessment, and in {@code history} every assessment,
 * oldest first. Give {@code version} back when reassessing. {@code ageReason} says why the municipality acts for
 * someone who was 18 or older on the day observed (a code of {@code rodtraad.age.reasons}); null for a child.
 */
public record ConcernView(UUID id, long version, UUID childId, ConcernLevel level, boolean acute, List<String> signs,
        Integer taxonomyVersion, Setting setting, LocalDate observedOn, String ageReason, String observation, ParentsInvolvement parents,
        String parentsNotInvolvedReason, ChildView childView, String recordedBy, Instant recordedAt,
        List<Assessment> history) {

    public record Assessment(ConcernLevel level, boolean acute, List<String> signs, Integer taxonomyVersion,
            String assessedBy, Instant assessedAt) {
    }

    static ConcernView of(Concern concern, List<ConcernAssessment> history) {
        var parents = concern.parentsInvolvedOn == null ? null : new ParentsInvolvement(concern.parentsInvolvedOn,
                concern.parentsContact, concern.parentsInvolvedBy, concern.parentsPerspective);
        var current = concern.assessment;
        return new ConcernView(concern.id, concern.version, concern.child.id, current.level, current.acute,
                current.signs, current.taxonomyVersion, concern.setting, concern.observedOn, concern.ageReason,
                concern.observation,
                parents, concern.parentsNotInvolvedReason,
                concern.childViewMethod == null ? null : new ChildView(concern.childViewMethod, concern.childView), concern.recordedBy, concern.recordedAt,
                history.stream().map(entry -> new Assessment(entry.assessment.level, entry.assessment.acute,
                        entry.assessment.signs, entry.assessment.taxonomyVersion, entry.assessedBy, entry.assessedAt))
                        .toList());
    }
}
