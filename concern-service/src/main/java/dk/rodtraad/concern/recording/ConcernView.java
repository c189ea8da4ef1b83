package dk.rodtraad.concern.recording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recorded concern as the API returns it: the current assessment, and in {@code history} every assessment,
 * oldest first. Give {@code version} back when reassessing.
 */
public record ConcernView(UUID id, long version, UUID childId, ConcernLevel level, boolean acute, List<String> signs,
        Integer taxonomyVersion, Setting setting, LocalDate observedOn, String observation, ParentsInvolvement parents,
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
                current.signs, current.taxonomyVersion, concern.setting, concern.observedOn, concern.observation,
                parents, concern.parentsNotInvolvedReason,
                concern.childViewMethod == null ? null : new ChildView(concern.childViewMethod, concern.childView), concern.recordedBy, concern.recordedAt,
                history.stream().map(entry -> new Assessment(entry.assessment.level, entry.assessment.acute,
                        entry.assessment.signs, entry.assessment.taxonomyVersion, entry.assessedBy, entry.assessedAt))
                        .toList());
    }
}
