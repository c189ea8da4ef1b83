package dk.rodtraad.testkit.quarkus;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.access.ChildAccessEvents;
import dk.rodtraad.testkit.timeline.TimelineEvents;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import static dk.rodtraad.testkit.access.ChildAccessEvents.professionalGranted;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a service with the chassis's timeline page ({@code rodtraad.timeline.page.enabled}) promises, with real
 * Keycloak tokens and concern-service's events on the real Kafka: the child's timeline in Danish words for those who
 * may see the child, the same Danish 404 page for everyone else as for an unknown id, every use audit-logged, a start
 * page for every role that may log in, and a Danish page, not problem+json, for a role that may not.
 */
public abstract class TimelinePageTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The service's OIDC client, e.g. {@code network-meeting-service}. */
    protected abstract String clientId();

    @Test
    void aProfessionalOnTheCaseTeamReadsTheTimelineInWordsInTheOneOrder() throws SQLException {
        UUID child = UUID.randomUUID();
        var kafka = RealInfrastructure.kafkaAdmin();
        new ChildAccessEvents(kafka).send(professionalGranted(child, DemoUsers.LISE, "laerer", "sagsopretter"));
        new TimelineEvents(kafka).sendACase(child);

        await().atMost(PATIENCE).untilAsserted(() -> page(DemoUsers.LISE, child).statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("<h1>Barnets tidslinje</h1>"),
                        stringContainsInOrder(TimelineEvents.A_CASE_IN_WORDS),
                        not(containsString("dk.rodtraad.")), not(containsString("boernefaglig")))));
        assertTrue(audited(child, DemoUsers.LISE, "READ", "Barnets tidslinje vist") > 0, "the read is audit-logged");
    }

    /**
     * Every event type a timeline shows (contracts' example of each) is one entry of the page, in Danish words: never
     * its raw type, never the words for a type this version does not know, never a code that a sentence should say.
     */
    @Test
    void everyEventTypeOfATimelineIsAnEntryInWords() {
        UUID child = UUID.randomUUID();
        var kafka = RealInfrastructure.kafkaAdmin();
        new ChildAccessEvents(kafka).send(professionalGranted(child, DemoUsers.LISE, "laerer", "sagsopretter"));
        var sent = new TimelineEvents(kafka).sendEveryTimelineType(child);

        await().atMost(PATIENCE).untilAsserted(() -> {
            String page = page(DemoUsers.LISE, child).statusCode(200).extract().asString();
            String list = page.substring(page.indexOf("data-tidslinje"), page.indexOf("</ol>"));
            assertEquals(sent.size(), list.split("<li").length - 1, "one entry per event type");
            assertTrue(!page.contains("dk.rodtraad.") && !page.contains("denne udgave af Rød Tråd endnu ikke kan"),
                    "every type reads in its own words");
            assertTrue(!list.contains("yellow") && !list.contains("boernefaglig"), "no code in a sentence");
        });
    }

    @Test
    void aProfessionalNotOnTheCaseTeamGetsTheSamePageAsForAChildThatDoesNotExist() throws SQLException {
        UUID child = UUID.randomUUID();
        new ChildAccessEvents(RealInfrastructure.kafkaAdmin())
                .send(professionalGranted(child, DemoUsers.LISE, "laerer", "sagsopretter"));
        await().atMost(PATIENCE).untilAsserted(() -> page(DemoUsers.LISE, child).statusCode(200));

        String notYours = page(DemoUsers.HANNE, child).statusCode(404).contentType(containsString("text/html"))
                .body(containsString("<h1>Siden findes ikke</h1>")).extract().asString();
        String unknown = page(DemoUsers.HANNE, UUID.randomUUID()).statusCode(404).extract().asString();
        String notAnId = given().auth().oauth2(token(DemoUsers.HANNE)).when().get("/boern/{id}/tidslinje", "abc")
                .then().statusCode(404).extract().asString();
        // Byte for byte, but for the logout form's CSRF token, which is each visitor's own.
        assertEquals(withoutCsrfToken(unknown), withoutCsrfToken(notYours));
        assertEquals(withoutCsrfToken(unknown), withoutCsrfToken(notAnId));
        assertEquals(1, audited(child, DemoUsers.HANNE, "REFUSED", "Adgang nægtet (404)"));
    }

    /** The way to a child is through concern-service (its address from {@code rodtraad.links.concern}), or its id. */
    @Test
    void theStartPageSaysWhatEachRoleCanDoHere() {
        String concernService = ConfigProvider.getConfig().getValue("rodtraad.links.concern", String.class);
        start(DemoUsers.HANNE).statusCode(200).body(allOf(containsString("Du ser tidslinjen for de børn"),
                containsString("href=\"" + concernService + "/bekymringer\">Mine børn og bekymringer</a>"),
                containsString("action=\"/boern/tidslinje\""), containsString("Vis tidslinjen")));
        start(DemoUsers.METTE).statusCode(200).body(allOf(containsString("Myndigheden ser tidslinjen"),
                containsString("href=\"" + concernService + "/myndighed\">Indbakke med underretninger</a>"),
                not(containsString("/bekymringer\"")), containsString("Vis tidslinjen")));
        start(DemoUsers.IDA).statusCode(200).body(allOf(containsString("Din rolle giver ikke adgang til børns"),
                not(containsString("Vis tidslinjen"))));
    }

    @Test
    void theStartPagesFormOpensTheChildsTimeline() {
        UUID child = UUID.randomUUID();
        given().auth().oauth2(token(DemoUsers.HANNE)).redirects().follow(false)
                .queryParam("barn", " " + child + " ").when().get("/boern/tidslinje")
                .then().statusCode(303).header("Location", endsWith("/boern/" + child + "/tidslinje"));
    }

    @Test
    void aRoleThatMayNotUseTheServiceGetsADanishPageNotJson() {
        for (String path : new String[] {"/", "/boern/" + UUID.randomUUID() + "/tidslinje"}) {
            given().auth().oauth2(token(DemoUsers.DORTE)).when().get(path).then().statusCode(403)
                    .contentType(containsString("text/html"))
                    .body(allOf(containsString("<h1>Ingen adgang</h1>"), containsString("lang=\"da\"")));
        }
    }

    private ValidatableResponse page(String user, UUID child) {
        return given().auth().oauth2(token(user)).when().get("/boern/{id}/tidslinje", child).then();
    }

    private ValidatableResponse start(String user) {
        return given().auth().oauth2(token(user)).when().get("/").then();
    }

    private String token(String user) {
        return ServiceTokens.token(clientId(), user);
    }

    private static long audited(UUID child, String user, String action, String purpose) throws SQLException {
        return AuditEntries.count(child, user, action, "timeline", purpose);
    }

    private static String withoutCsrfToken(String page) {
        return page.replaceAll("(name=\"csrf-token\" value=)\"[^\"]*\"", "$1\"…\"");
    }
}
