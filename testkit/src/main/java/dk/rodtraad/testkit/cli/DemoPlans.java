package dk.rodtraad.testkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.FitForms;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.SideBySide;
import dk.rodtraad.testkit.StackConfig;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two intervention plans with FIT (followup-service) about demo children who have been followed for six weeks, so the
 * plan pages, Mine planer and the graphs have something to show: Oliver's (14) talks with the school psychologist,
 * where he and his mother rate a reliable improvement session by session (green throughout), and Freja's (9)
 * Fritidspas, the help to start in a club, where neither she nor her father rates any progress in six sessions (orange
 * from the fourth, with its alerts); and five of the school psychologist's that ended months ago, for the evaluation
 * of what works ({@link #endedTalks}). Sessions are weekly from the plan's start; the scores are totals spread over the
 * four items ({@link FitForms}); the forms' wording is never stored.
 */
final class DemoPlans {

    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Copenhagen");
    private static final int SESSIONS = 6;

    private final RunningSystem system;
    private final LocalDate today = LocalDate.now(MUNICIPALITY);

    DemoPlans(RunningSystem system) {
        this.system = system;
    }

    /**
     * Oliver's plan: on ORS/SRS (14 years old), his own totals rise 17.0 → 28.5 (across the clinical cut-off of 28 for
     * ages 13–17) and his mother's 20.0 → 27.5; the alliance never falls.
     */
    void oliverImproving(String oliverId) {
        String plan = startPlan(DemoUsers.LISE, oliverId, "Korte samtaleforløb hos skolepsykologen",
                "skolepsykolog-samtaler", "2012-05", List.of(
                        goal("fagperson", "Oliver kommer i skole alle dage og er med i timerne.",
                                "Fraværet er under 5 % i fire uger i træk."),
                        goal("barnet", "Jeg vil kunne sove, selvom der er prøver.",
                                "Jeg falder i søvn inden kl. 23 de fleste aftener.")));
        scoreSessions(DemoUsers.LISE, plan, List.of(
                new Series("barn", "ors", "srs",
                        List.of("17.0", "19.5", "21.0", "23.5", "26.0", "28.5"),
                        List.of("37.5", "38.0", "38.0", "38.5", "39.0", "39.0")),
                new Series("forælder", "ors", "srs",
                        List.of("20.0", "21.5", "23.0", "25.0", "26.0", "27.5"),
                        List.of("38.0", "38.0", "38.5", "38.5", "39.0", "39.5"))));
    }

    /**
     * Freja's plan: on CORS/CSRS (9 years old) her totals stay around 22 and her father's around 18.5 on ORS/SRS; no
     * reliable change, so the default rule turns the plan orange from the fourth session.
     */
    void frejaWithoutProgress(String frejaId) {
        String plan = startPlan(DemoUsers.KASPER, frejaId, "Fritidspas", "fritidspas", "2017-02",
                List.of(goal("familien", "Freja har en at lege med efter skole.",
                                "Freja leger med en kammerat mindst to dage om ugen."),
                        goal("barnet", "Jeg vil gå til spejder og have en ven der.",
                                "Freja siger selv, at hun har en ven til spejder.")));
        scoreSessions(DemoUsers.KASPER, plan, List.of(
                new Series("barn", "cors", "csrs",
                        List.of("22.0", "22.5", "21.5", "22.0", "23.0", "22.5"),
                        List.of("38.0", "38.0", "38.0", "38.0", "38.0", "38.0")),
                new Series("forælder", "ors", "srs",
                        List.of("18.0", "18.5", "18.0", "19.0", "18.5", "19.0"),
                        List.of("37.0", "37.0", "37.0", "37.0", "37.0", "37.0"))));
    }

    /**
     * The school psychologist's talks with five teenagers ({@link DemoConcerns#ENDED_TALKS}), each begun three weeks
     * after Lise's concern, weekly, and ended a week after the last session, each goal evaluated at the end: Emil's,
     * Ida's and Clara's own totals (ORS, 13–17) improve reliably, Ida's and Clara's across the cut-off of 28; Lucas's
     * rise by less than 5 points; William's family stopped after three sessions without change. So "Hvad virker?"
     * shows the intervention's figures over five children. The five side by side: each waits for events of its own.
     */
    void endedTalks(Map<String, String> childIds) {
        var talks = List.of(
                new EndedTalk(List.of("16.0", "18.0", "20.5", "22.0", "24.5", "26.0"), "gennemfoert", "naaet"),
                new EndedTalk(List.of("18.5", "21.0", "24.0", "26.5", "28.0", "30.5"), "gennemfoert", "naaet"),
                new EndedTalk(List.of("21.0", "21.5", "22.0", "21.5", "23.0", "23.5"), "gennemfoert", "delvist"),
                new EndedTalk(List.of("14.0", "17.5", "20.0", "23.5", "26.5", "29.0"), "gennemfoert", "naaet"),
                new EndedTalk(List.of("20.0", "19.5", "19.0"), "stoppet-af-familien", "ikke-naaet"));
        var plans = new ArrayList<Runnable>();
        for (int i = 0; i < talks.size(); i++) {
            var concern = DemoConcerns.ENDED_TALKS.get(i);
            EndedTalk talk = talks.get(i);
            plans.add(() -> endedTalk(childIds.get(concern.child().name()), concern, talk));
        }
        SideBySide.run("loading the demo's ended talks", plans);
    }

    private void endedTalk(String childId, DemoConcerns.DemoConcern concern, EndedTalk talk) {
        LocalDate startsOn = concern.observed(today).plusWeeks(3);
        LocalDate endedOn = startsOn.plusWeeks(talk.outcome().size());
        JsonNode plan = startPlan(DemoUsers.LISE, childId, "Korte samtaleforløb hos skolepsykologen",
                "skolepsykolog-samtaler", YearMonth.from(today.minus(concern.child().age())).toString(), startsOn,
                List.of(startsOn.plusWeeks(4)), List.of(Map.of("owner", "barnet",
                        "description", "Jeg vil have det godt nok til at være i skolen hver dag.",
                        "indicator", "Er i skole alle dage i fire uger i træk.",
                        "dueOn", startsOn.plusWeeks(6).toString())));
        String planId = plan.get("id").asText();
        var alliance = List.of("36.5", "37.5", "38.0", "38.5", "39.0", "39.0");
        scoreSessions(DemoUsers.LISE, planId, startsOn, List.of(new Series("barn", "ors", "srs", talk.outcome(),
                alliance.subList(0, talk.outcome().size()))));
        JsonNode evaluated = DemoData.postJson(system, StackConfig.FOLLOWUP, DemoUsers.LISE, "/api/plans/" + planId
                + "/goals/" + plan.at("/goals/0/id").asText() + "/evaluations", Map.of("occasion", "afslutning",
                "evaluatedOn", endedOn.toString(), "attainment", talk.attainment()));
        DemoData.postJson(system, StackConfig.FOLLOWUP, DemoUsers.LISE, "/api/plans/" + planId + "/ending",
                Map.of("reason", talk.endReason(), "endedOn", endedOn.toString(),
                        "version", evaluated.get("version").asLong()));
    }

    /** A teenager's own outcome totals session by session, why the plan ended, and how far the goal was reached. */
    private record EndedTalk(List<String> outcome, String endReason, String attainment) {
    }

    /** One rater's totals session by session, on the forms for their age. */
    private record Series(String rater, String outcomeForm, String allianceForm, List<String> outcome,
            List<String> alliance) {
    }

    /**
     * Starts the plan six weeks ago, with reviews after four weeks and in six weeks, once followup-service's replicas
     * know the case team and the catalogue's intervention; its id.
     */
    private String startPlan(String professional, String childId, String interventionName, String code,
            String birthMonth, List<Map<String, Object>> goals) {
        return startPlan(professional, childId, interventionName, code, birthMonth, start(),
                List.of(start().plusWeeks(4), today.plusWeeks(6)), goals).get("id").asText();
    }

    /** Starts the plan once followup-service's replicas know the case team and the catalogue's intervention. */
    private JsonNode startPlan(String professional, String childId, String interventionName, String code,
            String birthMonth, LocalDate startsOn, List<LocalDate> reviews, List<Map<String, Object>> goals) {
        String intervention = DemoData.intervention(system, interventionName, code);
        var body = Map.of("childId", childId, "interventionId", intervention, "startsOn", startsOn.toString(),
                "birthMonth", birthMonth, "reviewDates", reviews.stream().map(LocalDate::toString).toList(),
                "goals", goals);
        return DemoData.onceReplicated(() -> postJson(professional, "/api/plans", body), "interventionId");
    }

    private void scoreSessions(String professional, String plan, List<Series> raters) {
        scoreSessions(professional, plan, start(), raters);
    }

    /** Scores a session a week from the plan's start for each score the raters' series hold. */
    private void scoreSessions(String professional, String plan, LocalDate startsOn, List<Series> raters) {
        for (int session = 0; session < raters.getFirst().outcome().size(); session++) {
            var ratings = new ArrayList<Map<String, Object>>();
            for (Series series : raters) {
                ratings.add(FitForms.rating(series.rater(), series.outcomeForm(), series.outcome().get(session),
                        series.allianceForm(), series.alliance().get(session)));
            }
            DemoData.postJson(system, StackConfig.FOLLOWUP, professional, "/api/plans/" + plan + "/sessions",
                    Map.of("heldOn", startsOn.plusWeeks(session).toString(), "ratings", ratings));
        }
    }

    private LocalDate start() {
        return today.minusWeeks(SESSIONS);
    }

    private Map<String, Object> goal(String owner, String description, String indicator) {
        return Map.of("owner", owner, "description", description, "indicator", indicator,
                "dueOn", today.plusWeeks(6).toString());
    }

    private HttpResponse<String> postJson(String professional, String path, Object body) {
        return DemoData.send(system, StackConfig.FOLLOWUP, professional, path,
                request -> request.header("Content-Type", "application/json").POST(DemoData.jsonBody(body)));
    }
}
