package dk.rodtraad.testkit.cli;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.StackConfig;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two courses of network meetings (network-meeting-service) about the demo children, so the course pages and the
 * fidelity view have something to show: Asta's, whose first meeting was held the morning after her mother called Lise
 * (within the 24 hours, with her grandmother there by the family's wish), and Malik's, whose first meeting came two
 * days after his mother called Hanne (late). Each held meeting's record has perspectives, the child's voice, an open
 * question and agreements, one of them a referral to an intervention of the demo catalogue. Three shorter courses
 * (Sofie's, Noah's and Ella's) bring the municipality to the 5 courses the fidelity view needs to show its numbers.
 */
final class DemoCourses {

    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Copenhagen");

    private final RunningSystem system;
    private final LocalDate today = LocalDate.now(MUNICIPALITY);

    DemoCourses(RunningSystem system) {
        this.system = system;
    }

    /** Asta's course, started by Lise with Kasper on the core team; the first meeting on time, the next planned. */
    void astaOnTime(String astaId) {
        Instant contact = at(today.minusDays(3), 14, 0);
        String course = startCourse(DemoUsers.LISE, astaId, contact, "Astas mor ringede: Asta vil ikke i skole om"
                + " morgenen og er holdt op med at komme i klubben.", List.of(DemoUsers.KASPER));
        String grandmother = DemoData.postJson(system, StackConfig.NETWORK_MEETING, DemoUsers.LISE,
                "/api/courses/" + course + "/network", Map.of("name", "Birgit Jensen", "role", "bedstemor",
                        "kind", "familienetvaerk", "consentGivenBy", "mor",
                        "consentGivenOn", today.minusDays(3).toString())).get("id").asText();
        String meeting = plan(DemoUsers.LISE, course, at(today.minusDays(2), 8, 30), "skole", List.of(
                Map.of("role", "mor"), Map.of("role", "barnet"), Map.of("networkParticipantId", grandmother)));
        var record = new HashMap<String, Object>();
        record.put("present", List.of(Map.of("username", DemoUsers.LISE), Map.of("username", DemoUsers.KASPER),
                Map.of("role", "mor"), Map.of("role", "barnet"), Map.of("networkParticipantId", grandmother)));
        record.put("perspectives", List.of(
                Map.of("role", "mor", "words", "Asta er glad derhjemme, men om morgenen får hun ondt i maven."),
                Map.of("role", "barnet", "words", "Jeg har ikke nogen at være sammen med i frikvartererne."),
                Map.of("role", "bedstemor", "words", "Hun er hos mig om onsdagen og kan godt lide at bage."),
                Map.of("role", "laerer", "words", "Asta er dygtig i timerne, men alene i pauserne."),
                Map.of("role", "klubmedarbejder", "words", "Hun holdt op med at komme, da hendes veninde flyttede.")));
        record.put("childVoice", Map.of("method", "smiley-skala",
                "words", "Glad smiley for hjemme og bedstemor, sur smiley for frikvarteret."));
        record.put("openQuestions", List.of("Skal Astas far med til næste møde?"));
        record.put("agreements", List.of(
                Map.of("what", "Kasper følger Asta i klubben de næste tre onsdage",
                        "carrier", Map.of("username", DemoUsers.KASPER), "dueOn", today.plusDays(14).toString(),
                        "interventionId", DemoData.intervention(system, "Brobygning til klubben", "klub-brobygning")),
                Map.of("what", "Lise finder en makker til Asta i frikvartererne",
                        "carrier", Map.of("username", DemoUsers.LISE), "dueOn", today.plusDays(5).toString())));
        record.put("version", 0);
        recordMeeting(DemoUsers.LISE, course, meeting, record);
        plan(DemoUsers.LISE, course, at(today.plusDays(5), 14, 0), "hjemmet", List.of(Map.of("role", "mor"),
                Map.of("role", "barnet"), Map.of("networkParticipantId", grandmother)));
    }

    /** Malik's course, started by Hanne: the first meeting at home came two days after the call, later than 24 hours. */
    void malikLate(String malikId) {
        Instant contact = at(today.minusDays(5), 9, 15);
        String course = startCourse(DemoUsers.HANNE, malikId, contact, "Maliks mor ringede: hun er udkørt, og Malik"
                + " vil ikke spise.", List.of());
        String meeting = plan(DemoUsers.HANNE, course, at(today.minusDays(3), 13, 0), "hjemmet", List.of(
                Map.of("role", "mor"), Map.of("role", "barnet")));
        var record = new HashMap<String, Object>();
        record.put("present", List.of(Map.of("username", DemoUsers.HANNE), Map.of("role", "mor"),
                Map.of("role", "barnet")));
        record.put("perspectives", List.of(
                Map.of("role", "mor", "words", "Jeg sover næsten ikke, og jeg er bange for, at han ikke får nok."),
                Map.of("role", "sundhedsplejerske", "words", "Malik er vågen og nysgerrig, men han har tabt sig siden sidst.")));
        record.put("childVoice", Map.of("method", "observation",
                "words", "Malik smilede til mor og søgte hende, da han blev vejet."));
        record.put("openQuestions", List.of("Skal egen læge se Malik før næste vejning?"));
        record.put("agreements", List.of(
                Map.of("what", "Hanne kommer på ekstra besøg hver uge i fire uger",
                        "carrier", Map.of("username", DemoUsers.HANNE), "dueOn", today.plusDays(25).toString(),
                        "interventionId", DemoData.intervention(system,
                                "Ekstra besøg fra sundhedsplejersken", "sundhedspleje-ekstra-besoeg")),
                Map.of("what", "Mor skriver ned, hvornår og hvor meget Malik spiser",
                        "carrier", Map.of("role", "mor"), "dueOn", today.plusDays(4).toString())));
        record.put("version", 0);
        recordMeeting(DemoUsers.HANNE, course, meeting, record);
    }

    /**
     * A shorter course with its first meeting held, so that the fidelity view has the 5 courses it needs before it
     * shows a number for a group (fewer read "for få").
     *
     * @param hoursToFirstMeeting from the first contact to the first meeting, held since
     * @param discipline          the professional's role in the meeting, e.g. {@code paedagog}
     */
    record ShortCourse(String professional, String discipline, int daysAgo, int hoursToFirstMeeting, String place,
            String about, String parentsWords, String professionalsWords, String childVoiceMethod, String childsWords) {
    }

    void shortCourse(String childId, ShortCourse course) {
        Instant contact = at(today.minusDays(course.daysAgo()), 10, 0);
        String id = startCourse(course.professional(), childId, contact, course.about(), List.of());
        String meeting = plan(course.professional(), id, contact.plus(Duration.ofHours(course.hoursToFirstMeeting())),
                course.place(), List.of(Map.of("role", "mor"), Map.of("role", "barnet")));
        var record = new HashMap<String, Object>();
        record.put("present", List.of(Map.of("username", course.professional()), Map.of("role", "mor"),
                Map.of("role", "barnet")));
        record.put("perspectives", List.of(Map.of("role", "mor", "words", course.parentsWords()),
                Map.of("role", course.discipline(), "words", course.professionalsWords())));
        record.put("childVoice", Map.of("method", course.childVoiceMethod(), "words", course.childsWords()));
        record.put("agreements", List.of(Map.of("what", "Vi mødes igen om tre uger og ser, hvordan det går",
                "carrier", Map.of("username", course.professional()), "dueOn", today.plusDays(21).toString())));
        record.put("version", 0);
        recordMeeting(course.professional(), id, meeting, record);
    }

    /** Starts the course once network-meeting-service's replica knows the case team concern-service made; its id. */
    private String startCourse(String professional, String childId, Instant contact, String about, List<String> coreTeam) {
        var body = Map.of("childId", childId, "firstContactAt", contact.toString(), "contactFrom", "foraelder",
                "contactAbout", about, "coreTeam", coreTeam);
        return DemoData.onceReplicated(() -> postJson(professional, "/api/courses", body), "coreTeam").get("id")
                .asText();
    }

    /** Plans a meeting of an hour; its id. */
    private String plan(String professional, String course, Instant startsAt, String place,
            List<Map<String, Object>> participants) {
        return DemoData.postJson(system, StackConfig.NETWORK_MEETING, professional, "/api/courses/" + course
                + "/meetings", Map.of("startsAt", startsAt.toString(), "endsAt", startsAt.plusSeconds(3600).toString(),
                "place", place, "participants", participants)).get("id").asText();
    }

    /** Records a held meeting once network-meeting-service's copy of the catalogue offers its interventions. */
    private void recordMeeting(String professional, String course, String meeting, Map<String, Object> record) {
        DemoData.onceReplicated(() -> postJson(professional, "/api/courses/" + course + "/meetings/" + meeting
                + "/record", record), "interventionId");
    }

    private HttpResponse<String> postJson(String professional, String path, Object body) {
        return DemoData.send(system, StackConfig.NETWORK_MEETING, professional, path,
                request -> request.header("Content-Type", "application/json").POST(DemoData.jsonBody(body)));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(MUNICIPALITY).toInstant();
    }
}
