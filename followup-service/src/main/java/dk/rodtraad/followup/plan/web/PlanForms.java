package dk.rodtraad.followup.plan.web;

import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.FormTime;
import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.followup.plan.EndPlanRequest;
import dk.rodtraad.followup.plan.EvaluateGoalRequest;
import dk.rodtraad.followup.plan.EvaluationOccasion;
import dk.rodtraad.followup.plan.GoalAttainment;
import dk.rodtraad.followup.plan.PlanEndReason;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.UUID;

/**
 * The plan page's forms as the browser sends them, one at a time: a goal evaluated (each goal has its own form, so
 * its fields carry the goal's id: {@code attainment-<goalId>}, and every id on the page stays unique), the plan ended.
 * The dates offered are today's.
 */
@TemplateData
public class PlanForms {

    public final String evaluatedOn;
    public final String endedOn;
    private final MultivaluedMap<String, String> sent;

    private PlanForms(String today, MultivaluedMap<String, String> sent) {
        this.evaluatedOn = today;
        this.endedOn = sent == null || sent.getFirst("endedOn") == null ? today : sent.getFirst("endedOn");
        this.sent = sent;
    }

    static PlanForms empty(String today) {
        return new PlanForms(today, null);
    }

    static PlanForms sent(String today, MultivaluedMap<String, String> sent) {
        return new PlanForms(today, sent);
    }

    /** The goal's evaluation; its fields' errors are kept under the goal's own names. */
    EvaluateGoalRequest evaluation(UUID goalId, FormErrors errors, String notAChoice) {
        return new EvaluateGoalRequest(
                FormValues.coded(EvaluationOccasion.class, field("occasion", goalId), "occasion-" + goalId, errors,
                        notAChoice),
                FormTime.date(field("evaluatedOn", goalId), "evaluatedOn-" + goalId, errors),
                FormValues.coded(GoalAttainment.class, field("attainment", goalId), "attainment-" + goalId, errors,
                        notAChoice),
                FormTime.text(field("familyView", goalId)));
    }

    EndPlanRequest end(FormErrors errors, String notAChoice) {
        return new EndPlanRequest(FormValues.coded(PlanEndReason.class, sent.getFirst("reason"), "reason", errors,
                notAChoice), FormTime.date(sent.getFirst("endedOn"), "endedOn", errors),
                FormValues.version(sent.getFirst("version")));
    }

    private String field(String name, UUID goalId) {
        return sent.getFirst(name + "-" + goalId);
    }
}
