package dk.rodtraad.systemtests.access;

import dk.rodtraad.systemtests.access.Endpoint.Body;
import dk.rodtraad.systemtests.access.Endpoint.Scope;
import dk.rodtraad.testkit.StackConfig;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every endpoint of the four services, with who may call it: written out here, apart from the code's annotations,
 * so that a change of who may do what is a change of this table too. {@code AuthorizationMatrixIT} checks the table
 * against each service's OpenAPI document, so a new endpoint cannot slip past it.
 */
final class AccessMatrix {

    static final String FAGPERSON = "fagperson";
    static final String MYNDIGHED = "myndighed";
    static final String KATALOGREDAKTOER = "katalogredaktoer";
    static final String ANALYTIKER = "analytiker";
    static final String ADMIN = "admin";
    static final String DATABESKYTTELSE = "databeskyttelse";
    static final String LEDER = "leder";

    private static final Set<String> STAFF = Set.of(FAGPERSON, MYNDIGHED);
    private static final Set<String> CONCERN_WEB = Set.of(FAGPERSON, MYNDIGHED, DATABESKYTTELSE, ADMIN);
    private static final Set<String> INSIGHT = Set.of(MYNDIGHED, DATABESKYTTELSE);
    private static final Set<String> EVERY_ROLE = Set.of(FAGPERSON, MYNDIGHED, KATALOGREDAKTOER, ANALYTIKER, ADMIN);
    private static final Set<String> EDITOR = Set.of(KATALOGREDAKTOER);
    private static final Set<String> PUBLIC = Set.of(Endpoint.PUBLIC);

    private static final String OBSERVED = LocalDate.now().minusDays(1).toString();

    private final List<Endpoint> endpoints = new ArrayList<>();

    static List<Endpoint> all() {
        var matrix = new AccessMatrix();
        matrix.concernService();
        matrix.timelines();
        matrix.catalogueService();
        matrix.followupService();
        matrix.plans();
        matrix.planPages();
        matrix.courses();
        matrix.coursePages();
        matrix.fidelityView();
        matrix.evaluation();
        matrix.logoutPages();
        return List.copyOf(matrix.endpoints);
    }

    private void concernService() {
        String s = StackConfig.CONCERN;
        add(s, "GET", "/", CONCERN_WEB, Scope.NONE);
        add(s, "GET", "/shared-language/current", STAFF, Scope.NONE);

        // Concerns.
        add(s, "POST", "/concerns", Set.of(FAGPERSON), Scope.NONE, child -> Body.json(Map.of(
                "child", Map.of("cpr", dk.rodtraad.systemtests.TheSystem.uniqueCpr(), "name", "Matrix Barn"),
                "signs", List.of("trist"), "level", "yellow", "acute", false, "setting", "skole",
                "observedOn", OBSERVED, "observation", "Virker trist.",
                "parents", Map.of("involvedOn", OBSERVED, "how", "samtale", "involvedBy", "matrix"),
                "childView", Map.of("method", "samtale", "view", "Det er svært."))));
        add(s, "GET", "/concerns/{id}", STAFF, Scope.CONCERN);
        add(s, "POST", "/concerns/{id}/reassessments", Set.of(FAGPERSON), Scope.CONCERN, child -> Body.json(Map.of(
                "level", "yellow", "acute", false, "signs", List.of("trist"), "version", 0)));

        // The case team (sagsteam) and its coordination.
        add(s, "GET", "/children/{childId}/team", STAFF, Scope.CHILD);
        add(s, "POST", "/children/{childId}/team", Set.of(FAGPERSON), Scope.CHILD, child -> Body.json(Map.of(
                "username", "peter", "basis", Fixture.GROUND)));
        add(s, "DELETE", "/children/{childId}/team/{username}", Set.of(FAGPERSON), Scope.CHILD);
        add(s, "GET", "/children/{childId}/team/summary", Set.of(FAGPERSON), Scope.CHILD);
        add(s, "POST", "/children/{childId}/team/requests", Set.of(FAGPERSON), Scope.CHILD,
                child -> Body.json(Map.of("basis", Fixture.GROUND)));
        add(s, "GET", "/children/{childId}/team/requests", Set.of(FAGPERSON), Scope.CHILD);
        add(s, "POST", "/children/{childId}/team/requests/{requestId}/accept", Set.of(FAGPERSON), Scope.CHILD,
                child -> Body.json(Map.of("tovholder", Fixture.TEAM_MEMBER)));
        add(s, "POST", "/children/{childId}/team/requests/{requestId}/decline", Set.of(FAGPERSON), Scope.CHILD);
        add(s, "POST", "/children/{childId}/case/close", Set.of(FAGPERSON), Scope.CHILD);
        add(s, "GET", "/colleagues", Set.of(FAGPERSON), Scope.NONE);
        add(s, "GET", "/children/{childId}/coordination", Set.of(FAGPERSON), Scope.CHILD);
        add(s, "POST", "/children/{childId}/coordination/tovholder", Set.of(FAGPERSON), Scope.CHILD,
                child -> Body.json(Map.of("tovholder", Fixture.TEAM_MEMBER, "version", 0)));
        add(s, "POST", "/children/{childId}/coordination/handover", Set.of(FAGPERSON), Scope.CHILD,
                child -> Body.json(Map.of("to", Fixture.TEAM_MEMBER, "version", 0)));

        // Anonymous consultation: anonymous ones are everyone's; a linked one is the child's data.
        add(s, "GET", "/consultations", STAFF, Scope.NONE);
        add(s, "POST", "/consultations", Set.of(FAGPERSON), Scope.NONE, child -> Body.json(Map.of(
                "situation", "En situation uden navn.", "setting", "skole")));
        add(s, "GET", "/consultations/{id}", STAFF, Scope.CONSULTATION);
        add(s, "POST", "/consultations/{id}/notes", STAFF, Scope.CONSULTATION,
                child -> Body.json(Map.of("text", "Min sparring.")));
        add(s, "POST", "/consultations/{id}/child", Set.of(FAGPERSON), Scope.CONSULTATION,
                child -> Body.json(Map.of("child", Map.of("cpr", child.cpr(), "name", child.name()), "version", 0)));

        // The underretning, as the notifier sees it.
        add(s, "POST", "/concerns/{id}/notification", Set.of(FAGPERSON), Scope.CONCERN, child -> Body.json(Map.of(
                "ground", "saerlig-stoette", "knownOrSuspected", "Svigt.", "parentsInformed", true)));
        add(s, "POST", "/notifications", Set.of(FAGPERSON), Scope.CHILD_IN_BODY, child -> Body.json(Map.of(
                "child", Map.of("id", child.id()), "ground", "saerlig-stoette", "knownOrSuspected", "Svigt.",
                "parentsInformed", true)));
        add(s, "GET", "/notifications/mine", Set.of(FAGPERSON), Scope.NONE);
        add(s, "GET", "/notifications/{id}", Set.of(FAGPERSON), Scope.OWN_NOTIFICATION);

        // The authority's inbox.
        add(s, "GET", "/authority/notifications", Set.of(MYNDIGHED), Scope.NONE);
        add(s, "GET", "/authority/notifications/{id}", Set.of(MYNDIGHED), Scope.AUTHORITY_NOTIFICATION);
        add(s, "POST", "/authority/notifications/{id}/urgency", Set.of(MYNDIGHED), Scope.AUTHORITY_NOTIFICATION,
                child -> Body.json(Map.of("urgency", "ikke-akut", "version", 0)));
        add(s, "POST", "/authority/notifications/{id}/receipt", Set.of(MYNDIGHED), Scope.AUTHORITY_NOTIFICATION,
                child -> Body.json(Map.of("version", 0)));
        add(s, "POST", "/authority/notifications/{id}/outcome", Set.of(MYNDIGHED), Scope.AUTHORITY_NOTIFICATION,
                child -> Body.json(Map.of("outcome", "afdaekning", "version", 0)));

        // The citizen's report (indsigt): by CPR number in the body, never in a URL.
        add(s, "POST", "/insight/reports", INSIGHT, Scope.NONE, child -> Body.json(Map.of("cpr", child.cpr())));
        add(s, "GET", "/indsigt", INSIGHT, Scope.NONE);
        add(s, "POST", "/indsigt", INSIGHT, Scope.NONE, child -> Body.form(Map.of("cpr", child.cpr())));
        add(s, "POST", "/indsigt/pdf", INSIGHT, Scope.NONE, child -> Body.form(Map.of("cpr", child.cpr())));

        // The pages.
        add(s, "GET", "/bekymringer", Set.of(FAGPERSON), Scope.NONE);
        add(s, "GET", "/bekymringer/ny", Set.of(FAGPERSON), Scope.NONE);
        add(s, "GET", "/bekymringer/ny/tovholder", Set.of(FAGPERSON), Scope.NONE);
        add(s, "POST", "/bekymringer/ny", Set.of(FAGPERSON), Scope.NONE, child -> Body.form(Map.ofEntries(
                Map.entry("childCpr", dk.rodtraad.systemtests.TheSystem.uniqueCpr()), Map.entry("childName", "Matrix Barn"),
                Map.entry("signs", List.of("trist")), Map.entry("level", "yellow"), Map.entry("setting", "skole"),
                Map.entry("observedOn", OBSERVED), Map.entry("observation", "Virker trist."),
                Map.entry("parents", "involveret"), Map.entry("parentsInvolvedOn", OBSERVED),
                Map.entry("parentsHow", "samtale"), Map.entry("parentsInvolvedBy", "matrix"),
                Map.entry("childViewMethod", "samtale"), Map.entry("childViewView", "Det er svært."))));
        add(s, "GET", "/bekymringer/{id}/revurdering", Set.of(FAGPERSON), Scope.CONCERN);
        add(s, "POST", "/bekymringer/{id}/revurdering", Set.of(FAGPERSON), Scope.CONCERN, child -> Body.form(Map.of(
                "level", "yellow", "signs", List.of("trist"), "version", "0")));
        add(s, "GET", "/bekymringer/{id}/underretning", Set.of(FAGPERSON), Scope.CONCERN);
        add(s, "POST", "/bekymringer/{id}/underretning", Set.of(FAGPERSON), Scope.CONCERN, child -> Body.form(Map.of(
                "ground", "saerlig-stoette", "knownOrSuspected", "Svigt.", "parentsInformed", "true")));
        add(s, "GET", "/underretninger", Set.of(FAGPERSON), Scope.NONE);
        add(s, "GET", "/boern/{id}", STAFF, Scope.CHILD);
        add(s, "POST", "/boern/{id}/sag/tovholder", Set.of(FAGPERSON), Scope.CHILD,
                child -> Body.form(Map.of("tovholder", Fixture.TEAM_MEMBER, "version", "0")));
        add(s, "POST", "/boern/{id}/sag/overdragelse", Set.of(FAGPERSON), Scope.CHILD,
                child -> Body.form(Map.of("to", Fixture.TEAM_MEMBER, "version", "0")));
        add(s, "POST", "/boern/{id}/sag/medlemmer", Set.of(FAGPERSON), Scope.CHILD,
                child -> Body.form(Map.of("username", "peter", "basis", "tidlig-forebyggende-indsats")));
        add(s, "POST", "/boern/{id}/sag/medlemmer/{username}/fjern", Set.of(FAGPERSON), Scope.CHILD,
                child -> Body.form(Map.of()));
        add(s, "POST", "/boern/{id}/sag/anmodninger/{requestId}/imoedekom", Set.of(FAGPERSON), Scope.CHILD,
                child -> Body.form(Map.of("tovholder", Fixture.TEAM_MEMBER)));
        add(s, "POST", "/boern/{id}/sag/anmodninger/{requestId}/afvis", Set.of(FAGPERSON), Scope.CHILD,
                child -> Body.form(Map.of()));
        add(s, "POST", "/boern/{id}/sag/luk", Set.of(FAGPERSON), Scope.CHILD, child -> Body.form(Map.of()));
        add(s, "POST", "/boern/{id}/sag/anmodning", Set.of(FAGPERSON), Scope.CHILD,
                child -> Body.form(Map.of("basis", "tidlig-forebyggende-indsats")));
        add(s, "GET", "/sparring", STAFF, Scope.NONE);
        add(s, "GET", "/sparring/ny", Set.of(FAGPERSON), Scope.NONE);
        add(s, "POST", "/sparring/ny", Set.of(FAGPERSON), Scope.NONE, child -> Body.form(Map.of(
                "situation", "En situation uden navn.", "setting", "skole")));
        add(s, "GET", "/sparring/{id}", STAFF, Scope.CONSULTATION);
        add(s, "POST", "/sparring/{id}/noter", STAFF, Scope.CONSULTATION, child -> Body.form(Map.of("text", "Sparring.")));
        add(s, "POST", "/sparring/{id}/barn", Set.of(FAGPERSON), Scope.CONSULTATION, child -> Body.form(Map.of(
                "childCpr", child.cpr(), "childName", child.name(), "version", "0")));
        add(s, "GET", "/myndighed", Set.of(MYNDIGHED), Scope.NONE);
        add(s, "GET", "/myndighed/underretninger/{id}", Set.of(MYNDIGHED), Scope.AUTHORITY_NOTIFICATION);
        add(s, "POST", "/myndighed/underretninger/{id}/hastevurdering", Set.of(MYNDIGHED), Scope.AUTHORITY_NOTIFICATION,
                child -> Body.form(Map.of("urgency", "ikke-akut", "version", "0")));
        add(s, "POST", "/myndighed/underretninger/{id}/kvittering", Set.of(MYNDIGHED), Scope.AUTHORITY_NOTIFICATION,
                child -> Body.form(Map.of("version", "0")));
        add(s, "POST", "/myndighed/underretninger/{id}/udfald", Set.of(MYNDIGHED), Scope.AUTHORITY_NOTIFICATION,
                child -> Body.form(Map.of("outcome", "afdaekning", "version", "0")));
    }

    /** The child's timeline, in every service that keeps a replica of it. */
    private void timelines() {
        for (String service : List.of(StackConfig.CONCERN, StackConfig.NETWORK_MEETING, StackConfig.FOLLOWUP)) {
            add(service, "GET", "/children/{childId}/timeline", STAFF, Scope.CHILD);
        }
        // Analysts and leaders open followup-service's start page for the evaluation of what works.
        add(StackConfig.FOLLOWUP, "GET", "/", Set.of(FAGPERSON, MYNDIGHED, ADMIN, LEDER, ANALYTIKER), Scope.NONE);
        // The leader opens network-meeting-service's start page for the fidelity view.
        add(StackConfig.NETWORK_MEETING, "GET", "/", Set.of(FAGPERSON, MYNDIGHED, ADMIN, LEDER), Scope.NONE);
        for (String service : List.of(StackConfig.NETWORK_MEETING, StackConfig.FOLLOWUP)) {
            // The chassis's timeline page, in words, and the start page's form that opens it.
            add(service, "GET", "/boern/{childId}/tidslinje", STAFF, Scope.CHILD);
            add(service, "GET", "/boern/tidslinje", STAFF, Scope.NONE);
        }
    }

    /** The chassis's "Vil du logge ud?" (ADR 0008), in every service: anyone logged in, whatever the role. */
    private void logoutPages() {
        for (String service : List.of(StackConfig.CONCERN, StackConfig.NETWORK_MEETING, StackConfig.CATALOGUE,
                StackConfig.FOLLOWUP)) {
            add(service, "GET", "/log-ud", Set.of(FAGPERSON, MYNDIGHED, DATABESKYTTELSE, KATALOGREDAKTOER, ANALYTIKER,
                    ADMIN, LEDER), Scope.NONE);
        }
    }

    /** The catalogue holds no child's data: who may call it is the role alone. */
    private void catalogueService() {
        String s = StackConfig.CATALOGUE;
        add(s, "GET", "/", EVERY_ROLE, Scope.NONE);
        for (String path : List.of("/competences", "/csv/interventions", "/csv/competences", "/interventions/{id}",
                "/shared-language/current", "/shared-language/versions", "/shared-language/versions/{number}",
                "/search", "/search/suggestions", "/vejviser/versions", "/vejviser/versions/{number}",
                "/katalog", "/katalog/forslag", "/katalog/kompetencer", "/katalog/indsatser/{id}", "/katalog/vejviser",
                "/katalog/vejviser/versioner/{number}")) {
            add(s, "GET", path, EVERY_ROLE, Scope.NONE);
        }
        for (String path : List.of("/public/interventions", "/public/interventions/{id}", "/vejviser/current",
                "/familie", "/familie/vejviser", "/familie/indsatser/{id}")) {
            add(s, "GET", path, PUBLIC, Scope.NONE);
        }
        for (String path : List.of("/duplicates", "/interventions/{id}/history", "/katalog/dobbeltindsatser",
                "/katalog/indsatser/{id}/rediger", "/katalog/import", "/katalog/indsatser/{id}/historik",
                "/katalog/faelles-sprog", "/katalog/faelles-sprog/versioner/{number}",
                "/katalog/faelles-sprog/versioner/{number}/grupper/{group}",
                "/katalog/faelles-sprog/versioner/{number}/skala", "/katalog/faelles-sprog/versioner/{number}/opbygning",
                "/katalog/ny", "/katalog/vejviser/versioner/{number}/tegn/{sign}")) {
            add(s, "GET", path, EDITOR, Scope.NONE);
        }
        // The editor's writes: a body of the right type but nothing in it, so the editor gets a validation error and
        // changes nothing, and every other role is refused by the role check.
        for (String path : List.of("/csv/interventions", "/csv/competences")) {
            add(s, "POST", path, EDITOR, Scope.NONE, child -> Body.text("text/csv", "x"));
        }
        for (String path : List.of("/katalog/kompetencer", "/katalog/import")) {
            add(s, "POST", path, EDITOR, Scope.NONE, child -> Body.upload("file"));
        }
        for (String path : List.of("/duplicates/decisions", "/interventions", "/interventions/{id}/status",
                "/shared-language/versions", "/shared-language/versions/{number}/publish", "/vejviser/versions",
                "/vejviser/versions/{number}/publish")) {
            add(s, "POST", path, EDITOR, Scope.NONE, child -> Body.json(Map.of()));
        }
        for (String path : List.of("/katalog/dobbeltindsatser", "/katalog/indsatser/{id}/rediger",
                "/katalog/indsatser/{id}/status", "/katalog/faelles-sprog/versioner/{number}/grupper/{group}",
                "/katalog/faelles-sprog/udkast", "/katalog/faelles-sprog/versioner/{number}/offentliggoer",
                "/katalog/faelles-sprog/versioner/{number}/skala",
                "/katalog/faelles-sprog/versioner/{number}/opbygning/tegn",
                "/katalog/faelles-sprog/versioner/{number}/opbygning/grupper",
                "/katalog/faelles-sprog/versioner/{number}/opbygning/tegn/{sign}/fjern",
                "/katalog/faelles-sprog/versioner/{number}/opbygning/tegn/{sign}/flyt",
                "/katalog/faelles-sprog/versioner/{number}/opbygning/grupper/{group}/fjern", "/katalog/ny",
                "/katalog/vejviser/udkast", "/katalog/vejviser/versioner/{number}/offentliggoer",
                "/katalog/vejviser/versioner/{number}/tegn/{sign}")) {
            add(s, "POST", path, EDITOR, Scope.NONE, child -> Body.form(Map.of()));
        }
        for (String path : List.of("/interventions/{id}", "/shared-language/versions/{number}",
                "/vejviser/versions/{number}")) {
            add(s, "PUT", path, EDITOR, Scope.NONE, child -> Body.json(Map.of()));
        }
    }

    /** Courses of network meetings (forløb): the child's data, written by its case team, read by the authority too. */
    private void courses() {
        String s = StackConfig.NETWORK_MEETING;
        Set<String> fagperson = Set.of(FAGPERSON);
        add(s, "GET", "/api/courses", fagperson, Scope.NONE);
        add(s, "POST", "/api/courses", fagperson, Scope.CHILD_IN_BODY_AS_UNKNOWN, child -> Body.json(Map.of(
                "childId", child.id(), "firstContactAt", java.time.Instant.now().toString(), "contactFrom", "foraelder",
                "contactAbout", "Mor ringede.")));
        add(s, "GET", "/api/courses/{courseId}", STAFF, Scope.COURSE);
        add(s, "POST", "/api/courses/{courseId}/responsibility", fagperson, Scope.COURSE,
                child -> Body.json(Map.of("to", Fixture.TEAM_MEMBER, "version", 0)));
        add(s, "POST", "/api/courses/{courseId}/core-team", fagperson, Scope.COURSE,
                child -> Body.json(Map.of("joining", List.of("peter"), "reason", "Skolen kommer med.", "version", 0)));
        add(s, "POST", "/api/courses/{courseId}/closing", fagperson, Scope.COURSE,
                child -> Body.json(Map.of("reason", "Familien har det godt.", "version", 0)));
        add(s, "POST", "/api/courses/{courseId}/network", fagperson, Scope.COURSE, child -> Body.json(Map.of(
                "name", "Ole", "role", "traener", "kind", "familienetvaerk", "consentGivenBy", "mor",
                "consentGivenOn", OBSERVED)));
        add(s, "POST", "/api/courses/{courseId}/network/{participantId}/withdrawal", fagperson, Scope.COURSE,
                child -> Body.json(Map.of("withdrawnOn", OBSERVED)));
        var start = java.time.Instant.now().plus(java.time.Duration.ofHours(3));
        var meeting = Map.of("startsAt", start.toString(), "endsAt", start.plus(java.time.Duration.ofHours(1)).toString(),
                "place", "skole");
        add(s, "POST", "/api/courses/{courseId}/meetings", fagperson, Scope.COURSE, child -> Body.json(meeting));
        add(s, "POST", "/api/courses/{courseId}/meetings/{meetingId}/move", fagperson, Scope.COURSE, child -> Body.json(
                Map.of("startsAt", meeting.get("startsAt"), "endsAt", meeting.get("endsAt"), "place", "klub",
                        "reason", "Familien ønskede klubben.", "version", 0)));
        add(s, "POST", "/api/courses/{courseId}/meetings/{meetingId}/cancellation", fagperson, Scope.COURSE,
                child -> Body.json(Map.of("reason", "Mor er syg.", "version", 0)));
        add(s, "POST", "/api/courses/{courseId}/meetings/{meetingId}/record", fagperson, Scope.COURSE,
                child -> Body.json(Map.of("present", List.of(Map.of("role", "mor")),
                        "perspectives", List.of(Map.of("role", "mor", "words", "Det går bedre.")), "version", 0)));
    }

    /** The pages of the courses: the same rule as their API; a write sends an empty form, answered with its errors. */
    private void coursePages() {
        String s = StackConfig.NETWORK_MEETING;
        Set<String> fagperson = Set.of(FAGPERSON);
        add(s, "GET", "/forloeb", fagperson, Scope.NONE);
        add(s, "GET", "/boern/{childId}/forloeb/nyt", fagperson, Scope.CHILD);
        add(s, "POST", "/boern/{childId}/forloeb/nyt", fagperson, Scope.CHILD, child -> Body.form(Map.of()));
        add(s, "GET", "/forloeb/{courseId}", STAFF, Scope.COURSE);
        for (String path : List.of("/forloeb/{courseId}/ansvar", "/forloeb/{courseId}/kerneteam",
                "/forloeb/{courseId}/lukning", "/forloeb/{courseId}/netvaerk",
                "/forloeb/{courseId}/netvaerk/{participantId}/tilbagetraekning", "/forloeb/{courseId}/moeder/nyt",
                "/forloeb/{courseId}/moeder/{meetingId}/flyt", "/forloeb/{courseId}/moeder/{meetingId}/aflysning",
                "/forloeb/{courseId}/moeder/{meetingId}/referat")) {
            add(s, "POST", path, fagperson, Scope.COURSE, child -> Body.form(Map.of()));
        }
        for (String path : List.of("/forloeb/{courseId}/moeder/nyt", "/forloeb/{courseId}/moeder/{meetingId}/flyt",
                "/forloeb/{courseId}/moeder/{meetingId}/referat", "/forloeb/{courseId}/moeder/{meetingId}/invitation.ics")) {
            add(s, "GET", path, fagperson, Scope.COURSE);
        }
    }

    /** Troskab mod Åben Dialog: numbers of groups of courses, for the leader alone. */
    private void fidelityView() {
        for (String path : List.of("/troskab", "/troskab/tal.csv")) {
            add(StackConfig.NETWORK_MEETING, "GET", path, Set.of(LEDER), Scope.NONE);
        }
    }

    /** Hvad virker? followup-service's evaluation: numbers of groups of children, for analysts and leaders. */
    private void evaluation() {
        for (String path : List.of("/evaluering", "/evaluering/tal.csv")) {
            add(StackConfig.FOLLOWUP, "GET", path, Set.of(ANALYTIKER, LEDER), Scope.NONE);
        }
    }

    private void followupService() {
        add(StackConfig.FOLLOWUP, "GET", "/interventions", Set.of(FAGPERSON, MYNDIGHED, ADMIN), Scope.NONE);
    }

    /** Intervention plans with FIT (followup-service): the child's data, written by its case team, read by the authority too. */
    private void plans() {
        String s = StackConfig.FOLLOWUP;
        Set<String> fagperson = Set.of(FAGPERSON);
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).toString();
        add(s, "GET", "/api/plans", fagperson, Scope.NONE);
        add(s, "POST", "/api/plans", fagperson, Scope.CHILD_IN_BODY_AS_UNKNOWN, child -> Body.json(Map.of(
                "childId", child.id(), "localEffort", "Samtaler.", "startsOn", today, "birthMonth", "2016-04",
                "reviewDates", List.of(LocalDate.parse(today).plusDays(30).toString()),
                "goals", List.of(Map.of("owner", "familien", "description", "Morgenerne går roligt.",
                        "indicator", "Mor fortæller det.", "dueOn", LocalDate.parse(today).plusDays(60).toString())))));
        add(s, "GET", "/api/plans/{planId}", STAFF, Scope.PLAN);
        add(s, "POST", "/api/plans/{planId}/goals", fagperson, Scope.PLAN, child -> Body.json(Map.of(
                "owner", "fagperson", "description", "Barnet deltager i frikvarteret.", "indicator", "Læreren ser det.",
                "dueOn", LocalDate.parse(today).plusDays(60).toString())));
        add(s, "POST", "/api/plans/{planId}/goals/{goalId}/evaluations", fagperson, Scope.PLAN, child -> Body.json(
                Map.of("occasion", "opfoelgning", "evaluatedOn", today, "attainment", "delvist")));
        add(s, "POST", "/api/plans/{planId}/sessions", fagperson, Scope.PLAN, child -> Body.json(Map.of(
                "heldOn", today, "ratings", List.of(Map.of("rater", "forælder",
                        "outcome", Map.of("form", "ors", "items", List.of(6, 6, 6, 6)))))));
        add(s, "POST", "/api/plans/{planId}/alerts/{alertId}/acknowledgement", fagperson, Scope.PLAN);
        add(s, "POST", "/api/plans/{planId}/ending", fagperson, Scope.PLAN, child -> Body.json(Map.of(
                "reason", "gennemfoert", "endedOn", today, "version", 0)));
    }

    /**
     * The pages of the plans: the same rule as their API; a write sends an empty form, answered with its errors (the
     * acknowledgement has no fields: it acknowledges).
     */
    private void planPages() {
        String s = StackConfig.FOLLOWUP;
        Set<String> fagperson = Set.of(FAGPERSON);
        add(s, "GET", "/planer", fagperson, Scope.NONE);
        add(s, "GET", "/boern/{childId}/planer/ny", fagperson, Scope.CHILD);
        add(s, "POST", "/boern/{childId}/planer/ny", fagperson, Scope.CHILD, child -> Body.form(Map.of()));
        add(s, "GET", "/planer/{planId}", STAFF, Scope.PLAN);
        add(s, "GET", "/planer/{planId}/plan.pdf", STAFF, Scope.PLAN);
        add(s, "GET", "/planer/{planId}/sessioner/ny", fagperson, Scope.PLAN);
        for (String path : List.of("/planer/{planId}/sessioner/ny", "/planer/{planId}/maal/{goalId}/evaluering",
                "/planer/{planId}/advarsler/{alertId}/kvittering", "/planer/{planId}/afslutning")) {
            add(s, "POST", path, fagperson, Scope.PLAN, child -> Body.form(Map.of()));
        }
    }

    private void add(String service, String method, String path, Set<String> roles, Scope scope) {
        add(service, method, path, roles, scope, child -> Body.NONE);
    }

    private void add(String service, String method, String path, Set<String> roles, Scope scope,
            Function<Fixture.Child, Body> body) {
        endpoints.add(new Endpoint(service, method, path, roles, scope, body));
    }
}
