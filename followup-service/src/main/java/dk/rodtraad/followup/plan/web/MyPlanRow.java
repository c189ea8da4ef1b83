package dk.rodtraad.followup.plan.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.followup.fit.FitColour;
import dk.rodtraad.followup.overview.MyPlan;
import dk.rodtraad.followup.web.FitWords;
import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.UUID;

/**
 * One of my plans as Mine planer lists it, in words.
 *
 * @param startsOn    the day the plan starts, e.g. "2. december 2026"
 * @param trend       null before the plan's second session
 * @param lastSession null before the first session
 * @param nextReview  null when every review date has passed
 * @param why         why the plan is mine, in words
 */
@TemplateData
public record MyPlanRow(UUID planId, UUID childId, String intervention, String startsOn, FitWords.Colour colour,
        String trend, String lastSession, String nextReview, String responsible, List<String> why) {

    static MyPlanRow of(MyPlan plan, List<String> why, FitWords words, People.Names names) {
        return new MyPlanRow(plan.planId(), plan.childId(), name(plan), DanishDates.date(plan.startsOn()),
                words.colour(plan.colour() == null ? FitColour.GREY : plan.colour()),
                plan.trend() == null || plan.sessions() < 2 ? null : words.trend(plan.trend(), plan.sessions()),
                plan.lastSession() == null ? null : DanishDates.date(plan.lastSession()),
                plan.nextReview() == null ? null : DanishDates.date(plan.nextReview()),
                names.professional(plan.responsible().username(), plan.responsible().discipline()), why);
    }

    static String name(MyPlan plan) {
        if (plan.intervention() == null) {
            return plan.localEffort();
        }
        return plan.intervention().name() == null ? plan.intervention().id().toString() : plan.intervention().name();
    }
}
