package dk.rodtraad.followup.plan;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A goal evaluated at a review or at the plan's end: reached, partly or not, and the family's view in its own words. */
@Entity
@Table(name = "goal_evaluation")
public class GoalEvaluation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "goal_id", nullable = false)
    public UUID goalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluationOccasion occasion;

    @Column(name = "evaluated_on", nullable = false)
    public LocalDate evaluatedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalAttainment attainment;

    /** What the family said about the goal; may be none. */
    @Column(name = "family_view")
    public String familyView;

    @Column(name = "evaluated_by", nullable = false)
    public String evaluatedBy;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;
}
