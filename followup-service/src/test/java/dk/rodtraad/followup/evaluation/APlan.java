package dk.rodtraad.followup.evaluation;

import dk.rodtraad.followup.evaluation.PlanFacts.OutcomeSeries;
import dk.rodtraad.followup.fit.FitForm;
import dk.rodtraad.followup.plan.GoalAttainment;
import dk.rodtraad.followup.plan.PlanEndReason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A plan's facts for the evaluation's tests: a child of 8 on a plan started 1 March 2026, ongoing, unmeasured; its
 * scores on CORS, the form of a child of 8.
 */
final class APlan {

    static final UUID INTERVENTION = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    private UUID child = UUID.randomUUID();
    private UUID intervention = INTERVENTION;
    private LocalDate startsOn = LocalDate.of(2026, 3, 1);
    private int age = 8;
    private Optional<PlanEndReason> end = Optional.empty();
    private FitForm form = FitForm.CORS;
    private Optional<OutcomeSeries> outcome = Optional.empty();
    private List<GoalAttainment> goals = List.of();
    private Optional<BigDecimal> alliance = Optional.empty();

    static APlan aPlan() {
        return new APlan();
    }

    APlan child(UUID child) {
        this.child = child;
        return this;
    }

    APlan intervention(UUID intervention) {
        this.intervention = intervention;
        return this;
    }

    APlan startsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
        return this;
    }

    APlan age(int age) {
        this.age = age;
        return this;
    }

    APlan ended(PlanEndReason reason) {
        this.end = Optional.of(reason);
        return this;
    }

    APlan form(FitForm form) {
        this.form = form;
        return this;
    }

    /** Only an intake score. */
    APlan intake(String intake) {
        this.outcome = Optional.of(new OutcomeSeries(form, new BigDecimal(intake), new BigDecimal(intake), 1,
                Optional.empty()));
        return this;
    }

    /** An intake and a last score of four, the last on a form whose cut-off is {@code cutOff} (null: none). */
    APlan outcome(String intake, String last, String cutOff) {
        this.outcome = Optional.of(new OutcomeSeries(form, new BigDecimal(intake), new BigDecimal(last), 4,
                Optional.ofNullable(cutOff).map(BigDecimal::new)));
        return this;
    }

    APlan goals(GoalAttainment... goals) {
        this.goals = List.of(goals);
        return this;
    }

    APlan alliance(String alliance) {
        this.alliance = Optional.of(new BigDecimal(alliance));
        return this;
    }

    PlanFacts facts() {
        return new PlanFacts(child, intervention, startsOn, age, end, outcome, goals, alliance);
    }
}
