package dk.rodtraad.followup.plan;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A date the plan is reviewed (opfølgning): the goals are evaluated, and repeated red is weighed. */
@Entity
@Table(name = "plan_review")
public class PlanReview extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "review_on", nullable = false)
    public LocalDate reviewOn;

    /** The plan's review dates, earliest first. */
    public static Uni<List<LocalDate>> of(UUID planId) {
        return PlanReview.<PlanReview>list("planId = ?1 order by reviewOn", planId)
                .map(reviews -> reviews.stream().map(review -> review.reviewOn).toList());
    }
}
