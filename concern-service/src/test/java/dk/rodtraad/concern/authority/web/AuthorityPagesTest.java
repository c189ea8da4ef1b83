package dk.rodtraad.concern.authority.web;

import dk.rodtraad.concern.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.notification.NotificationFixtures.notice;
import static dk.rodtraad.concern.notification.NotificationFixtures.noticeAbout;
import static dk.rodtraad.concern.recording.ConcernFixtures.auditOf;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.concern.web.Forms.form;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.METTE;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The authority's inbox and notification pages, as the demo realm's caseworker and professionals. */
@QuarkusTest
class AuthorityPagesTest {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void theInboxShowsOverdueNotificationsFirstAndSaysSoInWords() {
        String overdueCpr = uniqueCpr();
        notify(HANNE, overdueCpr, "Asta Overgaard");
        clock.advance(Duration.ofDays(2));
        notify(LISE, uniqueCpr(), "Bo Overgaard");

        String inbox = as(METTE).when().get("/myndighed").then().statusCode(200).contentType("text/html")
                .body(allOf(containsString("<caption>Underretninger, de mest presserende først</caption>"),
                        containsString("<th scope=\"col\">Hastevurdering senest (24 timer)</th>"),
                        containsString("<strong class=\"badge badge-error\">Overskredet</strong>"),
                        containsString("Overgreb eller mistanke om overgreb"),
                        containsString(overdueCpr.substring(0, 7) + "****"), not(containsString(overdueCpr)),
                        containsString("Ingen skridt endnu")))
                .extract().asString();
        assertTrue(inbox.indexOf("Asta Overgaard") < inbox.indexOf("Bo Overgaard"), "overdue first");
    }

    @Test
    void theStartPageLinksTheInboxForTheAuthority() {
        as(METTE).when().get("/").then().statusCode(200).body(allOf(containsString("href=\"/myndighed\""),
                not(containsString("href=\"/bekymringer/ny\""))));
    }

    @Test
    void aProfessionalGetsTheDanishForbiddenPageOnTheAuthoritysPages() {
        String id = notify(HANNE, uniqueCpr(), "Cilje Holt");
        as(HANNE).when().get("/myndighed").then().statusCode(403).contentType("text/html")
                .body(containsString("<h1>Ingen adgang</h1>"))
                .body(containsString("Tilbage til forsiden")).body(containsString("class=\"navigation-menu\""));
        as(HANNE).when().get("/myndighed/underretninger/{id}", id).then().statusCode(403)
                .body(allOf(containsString("<h1>Ingen adgang</h1>"), not(containsString("Cilje Holt"))));
        form(HANNE, Map.of("urgency", "akut", "version", "0"))
                .when().post("/myndighed/underretninger/{id}/hastevurdering", id).then().statusCode(403);
        as(METTE).when().get("/authority/notifications/{id}", id).then().body("version", equalTo(0));
    }

    @Test
    void theCaseworkerTakesEachStepThroughItsFormAndTheNotifierSeesTheOutcome() {
        String id = notify(LISE, uniqueCpr(), "Dina Holt");
        String page = "/myndighed/underretninger/" + id;

        as(METTE).when().get(page).then().statusCode(200)
                .body(allOf(containsString("<h1>Underretning om Dina Holt</h1>"),
                        containsString("Barnet fortæller, at far slår, når han er vred."),
                        containsString("Mistanke om vold i hjemmet: forældrene må ikke advares først."),
                        containsString("<dd>Lise Berg, lærer<br><a href=\"mailto:lise@rodtraad.example\">lise@rodtraad.example</a>"),
                        containsString("href=\"tel:"), not(containsString("lise (lærer)")),
                        containsString("<legend class=\"form-label\">Kræver underretningen akut handling?</legend>"),
                        containsString("Vurder først, om underretningen kræver akut handling."),
                        containsString("<button class=\"button button-primary\" type=\"submit\">Kvitteringen er sendt</button>")));

        form(METTE, Map.of("urgency", "maaske", "version", "0")).when().post(page + "/hastevurdering").then()
                .statusCode(400).body(allOf(containsString("class=\"alert alert-error\""),
                        containsString("<a href=\"#f-urgency\">Kræver underretningen akut handling?: Vælg en af mulighederne</a>")));
        form(METTE, Map.of("version", "0")).when().post(page + "/hastevurdering").then().statusCode(400)
                .body(containsString("Vælg vurderingen: akut eller ikke akut"));
        as(METTE).when().get("/authority/notifications/{id}", id).then().body("version", equalTo(0));

        form(METTE, Map.of("urgency", "akut", "version", "0")).when().post(page + "/hastevurdering").then()
                .statusCode(303).header("Location", endsWith(page + "?besked=vurderet"));
        as(METTE).when().get(page + "?besked=vurderet").then().statusCode(200)
                .body(allOf(containsString("role=\"status\">Hastevurderingen er gemt."),
                        containsString("Hastevurdering: Akut"), containsString("<legend class=\"form-label\">Hvad følger af underretningen?</legend>")));

        form(METTE, Map.of("version", "0")).when().post(page + "/kvittering").then().statusCode(409)
                .body(allOf(containsString("role=\"alert\""), containsString("Skridtet blev ikke gemt"),
                        containsString("Underretningen er ændret af en anden")));
        form(METTE, Map.of("version", "1")).when().post(page + "/kvittering").then().statusCode(303);
        form(METTE, Map.of("outcome", "boernefaglig-undersoegelse", "version", "1")).when().post(page + "/udfald")
                .then().statusCode(409);
        form(METTE, Map.of("outcome", "boernefaglig-undersoegelse", "version", "2")).when().post(page + "/udfald")
                .then().statusCode(303);
        as(METTE).when().get(page).then().statusCode(200)
                .body(allOf(containsString("Udfald: Børnefaglig undersøgelse (§ 20)"), containsString("Kvittering sendt"),
                        not(containsString("<form action=\""))));

        as(LISE).when().get("/underretninger").then().statusCode(200)
                .body(allOf(containsString(">Dina Holt</a>"), containsString("Børnefaglig undersøgelse (§ 20)")));
    }

    @Test
    void theAuthorityReadsTheChildPageOfANotifiedChildWithoutTheProfessionalsFormsAndEveryReadIsAudited()
            throws Throwable {
        var recorded = as(LISE).body(concern(uniqueCpr(), "Frida Holt", "red", "skole")).when().post("/concerns")
                .then().statusCode(201).extract();
        String childId = recorded.path("childId");
        String id = as(LISE).body(notice()).when().post("/concerns/{id}/notification", recorded.<String>path("id"))
                .then().statusCode(201).extract().path("id");

        as(METTE).when().get("/myndighed/underretninger/{id}", id).then()
                .body(containsString("<a href=\"/boern/" + childId + "\">Frida Holt</a>"));
        as(METTE).when().get("/boern/{id}", childId).then().statusCode(200).contentType("text/html")
                .body(allOf(containsString("<h1>Frida Holt</h1>"), containsString("badge badge-error\">Rød</span> Bekymring, set"),
                        containsString("<h2 id=\"koordinering-titel\">Tovholder og koordinering</h2>"),
                        containsString("<li>Lise Berg, lærer</li>"), containsString("<h2 id=\"tidslinje-titel\">"),
                        containsString("href=\"/myndighed\""), not(containsString("href=\"/bekymringer/ny")),
                        not(containsString("<form action=\"")), not(containsString("/revurdering")),
                        not(containsString("/underretning\""))));

        // The case team's names and bases are part of what the authority reads, and logged like the rest.
        assertEquals(List.of("mette READ child", "mette READ concern", "mette READ case-team", "mette READ coordination",
                "mette READ timeline"), auditOf(UUID.fromString(childId)).stream()
                .filter(entry -> entry.username.equals(METTE) && !entry.what.equals("notification"))
                .map(entry -> entry.username + " " + entry.action + " " + entry.what).toList());
    }

    @Test
    void theAuthorityIsToldAChildNotNotifiedToItDoesNotExist() {
        String childId = as(LISE).body(concern(uniqueCpr(), "Gerda Holt", "yellow", "skole")).when().post("/concerns")
                .then().statusCode(201).extract().path("childId");
        as(METTE).when().get("/boern/{id}", childId).then().statusCode(404).contentType("text/html")
                .body(allOf(containsString("<h1>Siden findes ikke</h1>"), not(containsString("Gerda Holt"))));
    }

    @Test
    void anUnknownNotificationIsTheDanishNotFoundPage() {
        as(METTE).when().get("/myndighed/underretninger/ikke-et-id").then().statusCode(404)
                .body(containsString("<h1>Siden findes ikke</h1>"));
    }

    private static String notify(String professional, String cpr, String childName) {
        return as(professional).body(noticeAbout(cpr, childName)).when().post("/notifications")
                .then().statusCode(201).extract().path("id");
    }
}
