package dk.rodtraad.followup.plan.web;

import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.FormTime;
import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.followup.plan.GoalOwner;
import dk.rodtraad.followup.plan.GoalRequest;
import dk.rodtraad.followup.plan.StartPlanRequest;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A plan as the start form sends it, named as the API's {@link StartPlanRequest} names its fields (flattened:
 * {@code goals[1].dueOn} is {@code goalsDueOn}), so the API's errors stand by the form's fields. Review dates and
 * goals come as rows of the same fields, in order; a row left blank is left out.
 */
@TemplateData
public class StartPlanForm {

    /** The rows the form offers: as many as the API takes at most would make a long form; more are added on the plan. */
    public static final int REVIEW_ROWS = 3;
    public static final int GOAL_ROWS = 3;

    @RestForm public String interventionId;
    @RestForm public String localEffort;
    @RestForm public String responsible;
    @RestForm public String startsOn;
    @RestForm public String birthMonth;
    @RestForm public List<String> reviewDates;
    @RestForm public List<String> goalsOwner;
    @RestForm public List<String> goalsDescription;
    @RestForm public List<String> goalsIndicator;
    @RestForm public List<String> goalsDueOn;
    /** What this form, as the page showed it, is sent as: sent twice, it starts one plan ({@link IdempotencyKey}). */
    @RestForm(IdempotencyKey.FORM_FIELD) public String sending = IdempotencyKey.fresh();

    StartPlanRequest request(UUID childId, FormErrors errors, String notAChoice) {
        var reviews = IntStream.range(0, rows(reviewDates)).mapToObj(i -> at(reviewDates, i)).filter(Objects::nonNull)
                .map(date -> FormTime.date(date, "reviewDates", errors)).toList();
        var goals = new ArrayList<GoalRequest>();
        for (int i = 0; i < rows(goalsOwner, goalsDescription, goalsIndicator, goalsDueOn); i++) {
            if (at(goalsOwner, i) != null || at(goalsDescription, i) != null || at(goalsIndicator, i) != null
                    || at(goalsDueOn, i) != null) {
                goals.add(new GoalRequest(FormValues.coded(GoalOwner.class, at(goalsOwner, i), "goalsOwner", errors,
                        notAChoice), at(goalsDescription, i), at(goalsIndicator, i),
                        FormTime.date(at(goalsDueOn, i), "goalsDueOn", errors)));
            }
        }
        return new StartPlanRequest(childId, intervention(errors, notAChoice), FormTime.text(localEffort),
                FormTime.text(responsible), FormTime.date(startsOn, "startsOn", errors), FormTime.text(birthMonth),
                reviews, goals);
    }

    /** The value of row {@code i} of the list as sent, or null, for the form shown again. */
    public String at(List<String> list, int i) {
        return list == null || i >= list.size() ? null : FormTime.text(list.get(i));
    }

    private UUID intervention(FormErrors errors, String notAChoice) {
        String chosen = FormTime.text(interventionId);
        if (chosen == null) {
            return null;
        }
        try {
            return UUID.fromString(chosen);
        } catch (IllegalArgumentException e) {
            errors.add("interventionId", notAChoice);
            return null;
        }
    }

    @SafeVarargs
    private static int rows(List<String>... lists) {
        int rows = 0;
        for (List<String> list : lists) {
            rows = Math.max(rows, list == null ? 0 : list.size());
        }
        return rows;
    }

    static StartPlanForm startingToday(LocalDate today, String me) {
        var form = new StartPlanForm();
        form.startsOn = today.toString();
        form.responsible = me;
        return form;
    }
}
