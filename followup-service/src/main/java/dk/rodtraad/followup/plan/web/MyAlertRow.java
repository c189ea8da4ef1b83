package dk.rodtraad.followup.plan.web;

import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.followup.alert.AlertView;
import dk.rodtraad.followup.fit.AlertAdvice;
import dk.rodtraad.followup.overview.MyPlan;
import dk.rodtraad.followup.web.FitWords;
import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.UUID;

/** An open alert for me, as Mine planer shows it above the plans: the plan, the colour, when, what to consider. */
@TemplateData
public record MyAlertRow(UUID alertId, UUID planId, String intervention, FitWords.Colour colour, String raisedOn,
        List<String> advice) {

    static MyAlertRow of(MyPlan plan, AlertView alert, FitWords words) {
        return new MyAlertRow(alert.id(), plan.planId(), MyPlanRow.name(plan), words.colour(alert.colour()),
                DanishDates.dateTime(alert.raisedAt()), alert.advice().stream().map(AlertAdvice::label).toList());
    }
}
