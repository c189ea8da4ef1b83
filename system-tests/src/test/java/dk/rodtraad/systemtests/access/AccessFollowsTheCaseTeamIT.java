package dk.rodtraad.systemtests.access;

import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.systemtests.TheSystem;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One rule in every service (ADR 0006): who is on a child's case team in concern-service is who may see the child in
 * network-meeting- and followup-service too, as soon as the event has travelled — joining, being removed and the
 * case closing alike; the authority, once notified, keeps its access when the case closes.
 */
class AccessFollowsTheCaseTeamIT {

    private static final List<String> EVERY_TIMELINE =
            List.of(StackConfig.CONCERN, StackConfig.NETWORK_MEETING, StackConfig.FOLLOWUP);
    private static final Duration EVENT_TRAVEL = Duration.ofSeconds(60);

    private final TheSystem system = TheSystem.shared();

    @Test
    void aColleagueSeesTheChildEverywhereWhileOnTheTeamAndNowhereAfter() {
        var nurse = system.as(DemoUsers.HANNE);
        String cpr = TheSystem.uniqueCpr();
        String childId = nurse.recordConcern(cpr, "yellow");
        expectEverywhere(DemoUsers.PETER, childId, 404);

        given().baseUri(system.url(StackConfig.CONCERN)).auth().oauth2(nurse.token(StackConfig.CONCERN))
                .contentType(ContentType.JSON).body(Map.of("username", DemoUsers.PETER, "basis", Map.of(
                        "code", "samtykke", "consentGivenOn", LocalDate.now(DanishDates.MUNICIPALITY).toString(),
                        "consentGivenTo", "Hanne Holm, sundhedsplejerske",
                        "consentScope", "Samarbejde med dagtilbuddet om Almas trivsel")))
                .when().post("/children/{id}/team", childId)
                .then().statusCode(200);
        expectEverywhere(DemoUsers.PETER, childId, 200);

        given().baseUri(system.url(StackConfig.CONCERN)).auth().oauth2(nurse.token(StackConfig.CONCERN))
                .when().delete("/children/{id}/team/{username}", childId, DemoUsers.PETER)
                .then().statusCode(200);
        expectEverywhere(DemoUsers.PETER, childId, 404);
    }

    @Test
    void closingTheCaseEndsTheTeamsAccessEverywhereButNotTheAuthoritys() {
        var nurse = system.as(DemoUsers.HANNE);
        var concern = nurse.concern(TheSystem.uniqueCpr(), "red");
        String childId = (String) concern.get("childId");
        nurse.postToConcernService("/concerns/{id}/notification", Map.of("ground", "saerlig-stoette",
                "knownOrSuspected", "Barnet fortæller om svigt derhjemme.", "parentsInformed", true), 201,
                concern.get("id"));
        expectEverywhere(DemoUsers.HANNE, childId, 200);
        expectEverywhere(DemoUsers.METTE, childId, 200);

        given().baseUri(system.url(StackConfig.CONCERN)).auth().oauth2(nurse.token(StackConfig.CONCERN))
                .contentType(ContentType.JSON).when().post("/children/{id}/case/close", childId)
                .then().statusCode(204);
        expectEverywhere(DemoUsers.HANNE, childId, 404);
        expectEverywhere(DemoUsers.METTE, childId, 200);
    }

    /** The user's answer for the child's timeline in every service that keeps one, once the events have arrived. */
    private void expectEverywhere(String username, String childId, int status) {
        var user = system.as(username);
        await().atMost(EVENT_TRAVEL).untilAsserted(() -> {
            for (String service : EVERY_TIMELINE) {
                assertEquals(status, given().baseUri(system.url(service)).auth().oauth2(user.token(service))
                        .when().get("/children/{id}/timeline", childId).statusCode(), username + " in " + service);
            }
        });
    }
}
