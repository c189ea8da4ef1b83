package dk.rodtraad.networkmeeting.web;

import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.testkit.FormSending;
import dk.rodtraad.testkit.FormToken;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.networkmeeting.CourseFixtures.as;
import static dk.rodtraad.networkmeeting.CourseFixtures.childOnTheTeamOf;
import static dk.rodtraad.networkmeeting.CourseFixtures.courseOf;
import static dk.rodtraad.networkmeeting.CourseFixtures.stored;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The course pages as a browser uses them, against the real PostgreSQL, Kafka and Keycloak: a course started from the
 * child, Mine forløb, the course page and its forms, a meeting planned, moved, cancelled and recorded, its invitation
 * downloaded; a bad form stores nothing;
 * someone not on the case team gets the same 404 page as for a course that does not exist.
 */
@QuarkusTest
class CoursePagesTest {

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    @Test
    void aCourseStartedFromTheChildIsPlannedAndItsInvitationFitsTheMeeting() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        String start = "/boern/" + child + "/forloeb/nyt";
        as(HANNE).when().get(start).then().statusCode(200).contentType("text/html")
                .body(allOf(containsString("<h1>Start et forløb med netværksmøder</h1>"),
                        containsString("value=\"peter\"")));

        long before = stored();
        form(HANNE, Map.of("contactFrom", "foraelder", "contactAbout", "")).post(start).then().statusCode(400)
                .body(allOf(containsString("href=\"#f-contactAbout\""), containsString("href=\"#f-firstContactAt\"")));
        assertEquals(before, stored(), "a refused form stores nothing");

        LocalDateTime contactAt = LocalDateTime.now(DANISH).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        String course = form(HANNE, Map.of("firstContactAt", contactAt.toString(), "contactFrom", "foraelder",
                        "contactAbout", "Mor ringede om Emils morgener & aftener.", "contacted", HANNE,
                        "coreTeam", PETER))
                .post(start).then().statusCode(303).header("Location", containsString("?besked=startet"))
                .extract().header("Location").replaceAll(".*/forloeb/([^?]+)\\?.*", "$1");

        as(HANNE).when().get("/forloeb/{id}?besked=startet", course).then().statusCode(200)
                .body(allOf(containsString("role=\"status\">Forløbet er startet."),
                        containsString("Mor ringede om Emils morgener &amp; aftener."),
                        containsString("Peter Nielsen (pædagog)")));
        // Mine forløb names the course by what the contact was about and when: this service knows no child's name.
        as(PETER).when().get("/forloeb").then().statusCode(200)
                .body(allOf(containsString("href=\"/forloeb/" + course + "\">"
                                + "Mor ringede om Emils morgener &amp; aftener. – fra "
                                + DanishDates.date(contactAt.toLocalDate()) + "</a>"),
                        containsString("href=\"/boern/" + child + "/tidslinje\""), containsString("i kerneteamet"),
                        containsString("timer tilbage"), containsString("Hanne Holm (sundhedsplejerske)")));

        LocalDateTime at = LocalDateTime.now(DANISH).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        form(HANNE, Map.of("startsAt", at.toString(), "endsAt", at.plusHours(1).toString(), "place", "hjemmet",
                        "participants", "rolle:mor"))
                .post("/forloeb/" + course + "/moeder/nyt").then().statusCode(303)
                .header("Location", endsWith("/forloeb/" + course + "?besked=planlagt"));
        String page = as(HANNE).when().get("/forloeb/{id}", course).then().statusCode(200).extract().asString();
        String meeting = page.replaceAll("(?s).*/moeder/([0-9a-f-]{36})/invitation\\.ics.*", "$1");

        var ics = as(HANNE).when().get("/forloeb/{c}/moeder/{m}/invitation.ics", course, meeting).then()
                .statusCode(200).contentType(startsWith("text/calendar"))
                .header("Content-Disposition", startsWith("attachment")).extract().asByteArray();
        var calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().getEntries().toString());
        assertEquals("PUBLISH", calendar.getRequiredProperty("METHOD").getValue(), "no attendee: for the organiser");
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        Temporal starts = event.getDateTimeStart().getDate();
        assertEquals(at.atZone(DANISH).toInstant(), ZonedDateTime.from(starts).toInstant());
        assertEquals(meeting, event.getUid().orElseThrow().getValue());

        String record = "/forloeb/" + course + "/moeder/" + meeting + "/referat";
        as(PETER).when().get(record).then().statusCode(200)
                .body(allOf(containsString("<h1>Referat af netværksmødet</h1>"),
                        containsString("value=\"rolle:mor\" id=\"f-present-2\" checked")));
        long beforeRecord = stored();
        form(PETER, Map.of("version", "0", "present", "rolle:mor", "agreementsWhat", "Mor ringer til lægen"))
                .post(record).then().statusCode(400)
                .body(allOf(containsString("href=\"#f-perspectives\""), containsString("href=\"#f-agreementsCarrier\""),
                        containsString("Mor ringer til lægen")));
        assertEquals(beforeRecord + 1, stored(), "a refused record stores nothing but the audit of the course read to show it again");
        String due = LocalDateTime.now(DANISH).plusDays(7).toLocalDate().toString();
        formOf(PETER, Map.of("version", List.of("0"), "present", List.of("rolle:mor", "fagperson:" + HANNE),
                        "perspectivesRole", List.of("mor", "sundhedsplejerske", ""),
                        "perspectivesWords", List.of("Morgenerne er svære for os alle.", "Emil sover dårligt.", ""),
                        "childVoiceMethod", List.of("tegning"), "childVoiceWords", List.of("Tegnede sig selv alene i børnehaven."),
                        "openQuestions", List.of("Hvordan går aftenerne?", ""),
                        "agreementsWhat", List.of("Mor ringer til lægen", ""), "agreementsCarrier", List.of("rolle:mor", ""),
                        "agreementsDueOn", List.of(due, "")))
                .post(record).then().statusCode(303).header("Location", endsWith("?besked=referat"));
        as(HANNE).when().get("/forloeb/{id}", course).then().statusCode(200)
                .body(allOf(containsString("<strong>Mor:</strong> Morgenerne er svære for os alle."),
                        containsString("Tegning: Tegnede sig selv alene i børnehaven."),
                        containsString("<li>Hvordan går aftenerne?</li>"), containsString("<li>Mor ringer til lægen – Mor, frist ")));

        String unknown = withoutToken(as(LISE).when().get("/forloeb/{id}", UUID.randomUUID()).then().statusCode(404)
                .extract().asString());
        for (String refused : new String[] {"/forloeb/" + course, "/forloeb/" + course + "/moeder/nyt",
                record, start}) {
            assertEquals(unknown, withoutToken(as(LISE).when().get(refused).then().statusCode(404).extract().asString()),
                    refused);
        }
        // The download is no page: refused as the API refuses, by the same rule.
        as(LISE).when().get("/forloeb/{c}/moeder/{m}/invitation.ics", course, meeting).then().statusCode(404)
                .body(containsString("Barnet findes ikke"));
    }

    @Test
    void theCoursePagesFormsChangeTheCourseThroughItsServices() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER, LISE);
        String course = courseOf(HANNE, child, 2, PETER);
        String page = "/forloeb/" + course;

        long before = stored();
        form(HANNE, Map.of("role", "bedstemor", "kind", "familienetvaerk", "consentGivenBy", "mor"))
                .post(page + "/netvaerk").then().statusCode(400)
                .body(allOf(containsString("<a href=\"#f-name\">Navn: Angiv personens navn</a>"),
                        containsString("href=\"#f-consentGivenOn\"")));
        assertEquals(before + 1, stored(), "nothing stored but the audit of the course read to show it again");
        String yesterday = LocalDateTime.now(DANISH).toLocalDate().minusDays(1).toString();
        form(HANNE, Map.of("name", "Grethe", "role", "bedstemor", "kind", "familienetvaerk", "consentGivenBy", "mor",
                "consentGivenOn", yesterday)).post(page + "/netvaerk").then().statusCode(303)
                .header("Location", endsWith("?besked=samtykke"));
        String grethe = as(HANNE).when().get("/api/courses/{id}", course).then().extract().path("network[0].id");

        LocalDateTime at = LocalDateTime.now(DANISH).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        form(HANNE, Map.of("startsAt", at.toString(), "endsAt", at.plusHours(1).toString(), "place", "skole",
                "participants", "netvaerk:" + grethe)).post(page + "/moeder/nyt").then().statusCode(303);
        String meeting = as(HANNE).when().get("/api/courses/{id}", course).then().extract().path("meetings[0].id");
        as(HANNE).when().get(page).then().body(containsString("Grethe (bedstemor)"));

        form(HANNE, Map.of("withdrawnOn", LocalDateTime.now(DANISH).toLocalDate().toString()))
                .post(page + "/netvaerk/" + grethe + "/tilbagetraekning").then().statusCode(303)
                .header("Location", endsWith("?besked=tilbagetrukket"));
        as(HANNE).when().get("/api/courses/{id}", course).then()
                .body("meetings[0].participants.networkParticipantId", not(hasItem(grethe)));

        form(HANNE, Map.of("joining", LISE, "reason", "Lise kender Emil fra skolen", "version", version(course)))
                .post(page + "/kerneteam").then().statusCode(303).header("Location", endsWith("?besked=kerneteam"));
        as(HANNE).when().get(page + "?besked=kerneteam").then()
                .body(allOf(containsString("role=\"status\">Kerneteamet er ændret."),
                        containsString("<td data-title=\"Fagperson\">Lise Berg (lærer)</td>"),
                        containsString("Lise kender Emil fra skolen")));

        String move = page + "/moeder/" + meeting + "/flyt";
        as(HANNE).when().get(move).then().statusCode(200).body(containsString("value=\"" + at + "\""));
        form(HANNE, Map.of("startsAt", at.plusHours(2).toString(), "endsAt", at.plusHours(3).toString(),
                "place", "hjemmet", "reason", "Mor kan først efter arbejde", "version", "0"))
                .post(move).then().statusCode(303).header("Location", endsWith("?besked=flyttet"));
        assertEquals("1", invitation(course, meeting).getSequence().getValue());

        form(HANNE, Map.of("version", "1")).post(page + "/moeder/" + meeting + "/aflysning").then().statusCode(400)
                .body(containsString("href=\"#f-cancelReason\""));
        form(HANNE, Map.of("cancelReason", "Familien er syg", "version", "1"))
                .post(page + "/moeder/" + meeting + "/aflysning").then().statusCode(303)
                .header("Location", endsWith("?besked=aflyst"));
        assertEquals("CANCELLED", invitation(course, meeting).getStatus().getValue());

        form(HANNE, Map.of("to", PETER, "version", version(course))).post(page + "/ansvar").then().statusCode(303)
                .header("Location", endsWith("?besked=overdraget"));
        form(PETER, Map.of("closeReason", "Familien klarer sig selv nu", "version", version(course)))
                .post(page + "/lukning").then().statusCode(303).header("Location", endsWith("?besked=lukket"));
        as(HANNE).when().get(page + "?besked=lukket").then()
                .body(allOf(containsString("role=\"status\">Forløbet er lukket."),
                        containsString("Familien klarer sig selv nu"), not(containsString("action=\"" + page + "/lukning\""))));
    }

    @Test
    void theNetworkFormSentTwiceListsThePersonOnce() {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        String course = courseOf(HANNE, child, 2, PETER);
        String page = "/forloeb/" + course;
        String sending = FormSending.of(as(HANNE).when().get(page).then().statusCode(200).extract().asString());
        var grethe = Map.of("name", "Grethe", "role", "bedstemor", "kind", "familienetvaerk", "consentGivenBy", "mor",
                "consentGivenOn", LocalDateTime.now(DANISH).toLocalDate().toString(),
                IdempotencyKey.FORM_FIELD, sending);

        form(HANNE, grethe).post(page + "/netvaerk").then().statusCode(303).header("Location", endsWith("?besked=samtykke"));
        form(HANNE, grethe).post(page + "/netvaerk").then().statusCode(303).header("Location", endsWith("?besked=samtykke"));
        assertEquals(List.of("Grethe"), as(HANNE).when().get("/api/courses/{id}", course).then()
                .extract().<List<String>>path("network.name"));

        // Another of the page's forms refused: the page shown again still carries a key for the network form.
        String refused = form(HANNE, Map.of("to", PETER, "version", "99")).post(page + "/ansvar").then().statusCode(409)
                .extract().asString();
        assertNotEquals(sending, FormSending.of(refused));
    }

    private static String version(String course) {
        return String.valueOf(as(HANNE).when().get("/api/courses/{id}", course).then().extract().<Integer>path("course.version"));
    }

    private static VEvent invitation(String course, String meeting) throws Exception {
        byte[] ics = as(HANNE).when().get("/forloeb/{c}/moeder/{m}/invitation.ics", course, meeting).then()
                .statusCode(200).extract().asByteArray();
        return new CalendarBuilder().build(new ByteArrayInputStream(ics)).<VEvent>getComponent("VEVENT").orElseThrow();
    }

    /** The page's log-out form carries a fresh CSRF token each time. */
    private static String withoutToken(String page) {
        return page.replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "");
    }

    private static RequestSpecification formOf(String user, Map<String, List<String>> fields) {
        var token = FormToken.fetch(as(user));
        var request = given().auth().oauth2(dk.rodtraad.networkmeeting.CourseFixtures.token(user))
                .contentType("application/x-www-form-urlencoded");
        fields.forEach((name, values) -> request.formParam(name, values.toArray()));
        return token.on(request).redirects().follow(false).when();
    }

    private static RequestSpecification form(String user, Map<String, String> fields) {
        var token = FormToken.fetch(as(user));
        return token.on(given().auth().oauth2(dk.rodtraad.networkmeeting.CourseFixtures.token(user))
                .contentType("application/x-www-form-urlencoded").formParams(fields)).redirects().follow(false).when();
    }
}
