package dk.rodtraad.followup.plan.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.access.Tovholders;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.followup.alert.AlertView;
import dk.rodtraad.followup.fit.AlertAdvice;
import dk.rodtraad.followup.fit.FitAssessment;
import dk.rodtraad.followup.fit.FitColour;
import dk.rodtraad.followup.fit.FitForm;
import dk.rodtraad.followup.fit.RaterAssessment;
import dk.rodtraad.followup.fit.SessionFlags;
import dk.rodtraad.followup.fit.chart.FitChart;
import dk.rodtraad.followup.overview.PlanRecord;
import dk.rodtraad.followup.plan.PlanStatus;
import dk.rodtraad.followup.plan.PlanView;
import dk.rodtraad.followup.session.SessionView;
import dk.rodtraad.followup.web.AppMessages;
import dk.rodtraad.followup.web.FitWords;
import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A plan as its page shows it, every date and code already in Danish: its facts, where FIT stands with each rater's
 * graph and the same numbers as a table, the goals with their evaluations, the alerts with their advice, and the link
 * to notify the authority once the plan has been red repeatedly.
 *
 * @param ended      the end's date and reason in words, or null while the plan runs
 * @param trend      the plan's trend in words, or null before the first session
 * @param rule       which rule set the expected progress, in words, or null before the first session
 * @param notifyLink concern-service's child page, at its concerns, each with the form that notifies the authority;
 *                   null unless the plan has been red repeatedly by a review
 */
@TemplateData
public record PlanPageView(UUID id, long version, UUID childId, String intervention, String responsible,
        String tovholder, String startDate, List<String> reviewDates, boolean open, String ended,
        FitWords.Colour colour, String trend, String rule, List<RaterView> raters, List<GoalRow> goals,
        List<AlertRow> alerts, String notifyLink) {

    /** One rater's series: the chart and the table of the same numbers beside it. */
    @TemplateData
    public record RaterView(String id, String caption, String outcomeForm, String allianceForm, String chart,
            String cutOff, List<SessionRow> rows) {
    }

    /** @param alliance null when the alliance form was not filled in */
    @TemplateData
    public record SessionRow(int number, String date, String outcome, String alliance) {
    }

    @TemplateData
    public record GoalRow(UUID id, String words, String whose, String howWeKnow, String byWhen,
            List<EvaluationRow> evaluations) {
    }

    @TemplateData
    public record EvaluationRow(String on, String result, String familyView) {
    }

    /**
     * @param why          which session turned which colour, in words
     * @param acknowledged who acknowledged it and when, or null while it waits
     */
    @TemplateData
    public record AlertRow(UUID id, FitWords.Colour colour, String why, String raisedOn, List<String> advice,
            String acknowledged, boolean open) {
    }

    static PlanPageView of(PlanRecord record, Optional<Tovholders.Tovholder> tovholder, FitWords words,
            AppMessages msg, People.Names names) {
        PlanView plan = record.plan();
        FitAssessment fit = record.fit();
        boolean scored = !fit.raters().isEmpty();
        return new PlanPageView(plan.id(), plan.version(), plan.childId(), intervention(plan),
                names.professional(plan.responsible().username(), plan.responsible().discipline()),
                tovholder.map(t -> names.professional(t.username(), t.discipline())).orElse(null),
                DanishDates.date(plan.startsOn()), plan.reviewDates().stream().map(DanishDates::date).toList(),
                plan.status() == PlanStatus.AKTIV,
                plan.endedOn() == null ? null : DanishDates.date(plan.endedOn()) + ": " + plan.endReason().label(),
                words.colour(fit.colour()), scored ? words.trend(fit.trend(), fit.sessions()) : null,
                scored ? words.rule(fit.raters().getFirst().expectation()) : null,
                fit.raters().stream().map(series -> rater(series, msg)).toList(),
                plan.goals().stream().map(PlanPageView::goal).toList(),
                record.alerts().stream().map(alert -> alert(alert, record.sessions(), words, msg, names)).toList(),
                record.notifyAuthority() == null ? null : record.notifyAuthority() + "#bekymringer-titel");
    }

    /** An alert in words: which session turned which colour, what to consider, who has acknowledged it. */
    static AlertRow alert(AlertView alert, List<SessionView> sessions, FitWords words, AppMessages msg,
            People.Names names) {
        int number = sessions.stream().filter(s -> s.id().equals(alert.sessionId())).mapToInt(SessionView::number)
                .findFirst().orElse(0);
        return new AlertRow(alert.id(), words.colour(alert.colour()),
                alert.colour() == FitColour.RED ? msg.alert_why_red(number) : msg.alert_why_orange(number),
                DanishDates.dateTime(alert.raisedAt()), alert.advice().stream().map(AlertAdvice::label).toList(),
                alert.open() ? null : msg.alert_acknowledged(names.professional(alert.acknowledgedBy(), null),
                        DanishDates.dateTime(alert.acknowledgedAt())), alert.open());
    }

    /** The intervention's name, published or local. */
    public static String intervention(PlanView plan) {
        if (plan.intervention() == null) {
            return plan.localEffort();
        }
        return plan.intervention().name() == null ? plan.intervention().id().toString() : plan.intervention().name();
    }

    private static RaterView rater(RaterAssessment series, AppMessages msg) {
        String outcome = series.intakeForm().name();
        String alliance = alliancePartner(series.intakeForm()).name();
        Optional<BigDecimal> cutOff = series.latest().cutOff();
        return new RaterView(series.rater().code(), series.rater().label(), outcome, alliance, FitChart.svg(series),
                cutOff.map(value -> msg.cut_off(outcome, FitChart.number(value))).orElse(msg.no_cut_off(outcome)),
                series.sessions().stream().map(PlanPageView::row).toList());
    }

    private static FitForm alliancePartner(FitForm outcome) {
        return switch (outcome.outcomeFamily()) {
            case CORS -> FitForm.CSRS;
            case YCORS -> FitForm.YCSRS;
            default -> FitForm.SRS;
        };
    }

    private static SessionRow row(SessionFlags session) {
        return new SessionRow(session.sessionNumber(), DanishDates.date(session.date()), FitChart.number(session.total()),
                session.allianceTotal().map(FitChart::number).orElse(null));
    }

    private static GoalRow goal(PlanView.GoalView goal) {
        return new GoalRow(goal.id(), goal.description(), goal.owner().label(), goal.indicator(),
                DanishDates.date(goal.dueOn()), goal.evaluations().stream().map(e -> new EvaluationRow(
                        DanishDates.date(e.evaluatedOn()) + " (" + e.occasion().label().toLowerCase(java.util.Locale.ROOT)
                                + ")", e.attainment().label(), e.familyView())).toList());
    }
}
