package dk.rodtraad.concern.recording;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One assessment of a concern — the first when it was recorded, then each reassessment. Never changed. */
@Entity
@Table(name = "concern_assessment")
public class ConcernAssessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "concern_id", nullable = false)
    public UUID concernId;

    @Embedded
    public Assessment assessment;

    @Column(name = "assessed_by", nullable = false)
    public String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    public Instant assessedAt;

    /** The current assessment of the concern, as a new history entry. */
    static ConcernAssessment of(Concern concern, String assessedBy, Instant assessedAt) {
        var entry = new ConcernAssessment();
        entry.id = UUID.randomUUID();
        entry.concernId = concern.id;
        // A copy: the concern's own assessment changes with the next reassessment, this entry never does.
        entry.assessment = Assessment.of(concern.assessment.level, concern.assessment.acute, concern.assessment.signs,
                concern.assessment.taxonomyVersion);
        entry.assessedBy = assessedBy;
        entry.assessedAt = assessedAt;
        return entry;
    }

    /** Oldest first. */
    static Uni<List<ConcernAssessment>> historyOf(UUID concernId) {
        return list("concernId = ?1 order by assessedAt, id", concernId);
    }
}
