package dk.rodtraad.followup.fit.chart;

import dk.rodtraad.followup.fit.FitAssessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the one-page summary of a plan says, to use with the family ({@link PlanSummaryPdf}): the plan, its goals and
 * where FIT stands. Texts arrive in Danish, labels included (the caller owns its code lists).
 *
 * @param child        how the child is named on the page (the caller decides; followup-service holds no CPR number)
 * @param intervention the intervention's name, published or local
 * @param responsible  the responsible professional's name
 * @param reviews      the review dates
 * @param end          the end date, once ended
 * @param made         the day the summary is made
 */
public record PlanSummary(String child, String intervention, String responsible, LocalDate start,
                          List<LocalDate> reviews, Optional<LocalDate> end, List<Goal> goals, FitAssessment fit,
                          LocalDate made) {

    public PlanSummary {
        reviews = List.copyOf(reviews);
        goals = List.copyOf(goals);
    }

    /**
     * A goal as the summary shows it.
     *
     * @param whose      whose goal, as a label ("Familiens mål")
     * @param text       the goal in plain words, or in the family's or child's own words
     * @param howWeKnow  how we will know it is reached
     * @param evaluation the latest evaluation as a label ("Nået delvist"), if evaluated
     * @param familyView the family's view at the evaluation, if given
     */
    public record Goal(String whose, String text, String howWeKnow, LocalDate byWhen, Optional<String> evaluation,
                       Optional<String> familyView) {
    }
}
