package dk.rodtraad.testkit.quarkus;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.access.ChildAccessEvents;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import static dk.rodtraad.testkit.access.ChildAccessEvents.authorityGranted;
import static dk.rodtraad.testkit.access.ChildAccessEvents.professionalGranted;
import static dk.rodtraad.testkit.access.ChildAccessEvents.revoked;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every service that keeps the replica of who may see which child promises (ADR 0006), with real Keycloak
 * tokens and concern-service's events on the real Kafka: a child's data only for those granted it, the same 404 for
 * everyone else as for an id that names no child, and every refusal in the audit log. A service's test extends this
 * with {@code @QuarkusTest}; the service enables {@code rodtraad.access.replica.enabled}.
 */
public abstract class ChildAccessReplicaTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The service's OIDC client, e.g. {@code network-meeting-service}. */
    protected abstract String clientId();

    /** A child-data endpoint of the service, with {@code {id}} for the child's id. */
    protected String childDataPath() {
        return "/children/{id}/timeline";
    }

    /** What the audit log calls a read of {@link #childDataPath()}. */
    protected String childDataName() {
        return "timeline";
    }

    @Test
    void aProfessionalSeesAChildOnlyWhileOnItsCaseTeam() {
        var events = events();
        UUID child = UUID.randomUUID();
        String hanne = token(DemoUsers.HANNE);
        String unknown = get(hanne, UUID.randomUUID()).statusCode(404).extract().asString();

        String beforeGrant = get(hanne, child).statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Barnet findes ikke")).extract().asString();
        assertEquals(unknown, beforeGrant, "a child one may not see reads exactly like one that does not exist");

        events.send(professionalGranted(child, DemoUsers.HANNE, "sundhedsplejerske", "sagsopretter"));
        await().atMost(PATIENCE).untilAsserted(() -> get(hanne, child).statusCode(200));

        events.send(revoked(child, DemoUsers.HANNE));
        await().atMost(PATIENCE).untilAsserted(() -> get(hanne, child).statusCode(404));
        assertEquals(unknown, get(hanne, child).extract().asString());
    }

    @Test
    void theAuthoritySeesAChildOnlyOnceNotifiedOfIt() {
        var events = events();
        UUID child = UUID.randomUUID();
        String mette = token(DemoUsers.METTE);
        String hanne = token(DemoUsers.HANNE);

        events.send(professionalGranted(child, DemoUsers.HANNE, "sundhedsplejerske", "sagsopretter"));
        await().atMost(PATIENCE).untilAsserted(() -> get(hanne, child).statusCode(200));
        get(mette, child).statusCode(404).body("detail", equalTo("Barnet findes ikke"));

        events.send(authorityGranted(child));
        await().atMost(PATIENCE).untilAsserted(() -> get(mette, child).statusCode(200));
        get(token(DemoUsers.LISE), child).statusCode(404);
    }

    @Test
    void anAnalystNeverSeesAChild() {
        var events = events();
        UUID child = UUID.randomUUID();
        events.send(professionalGranted(child, DemoUsers.HANNE, "sundhedsplejerske", "sagsopretter"));
        events.send(authorityGranted(child));
        String mette = token(DemoUsers.METTE);
        await().atMost(PATIENCE).untilAsserted(() -> get(mette, child).statusCode(200));

        get(token(DemoUsers.ANDERS), child).statusCode(anyOf(equalTo(403), equalTo(404)));
    }

    @Test
    void aRefusedAttemptIsAuditLogged() throws SQLException {
        UUID child = UUID.randomUUID();

        get(token(DemoUsers.LISE), child).statusCode(404);

        assertEquals(1, refusals(child, DemoUsers.LISE));
    }

    private ValidatableResponse get(String token, UUID child) {
        return given().auth().oauth2(token).when().get(childDataPath(), child).then();
    }

    private String token(String user) {
        return ServiceTokens.token(clientId(), user);
    }

    private static ChildAccessEvents events() {
        return new ChildAccessEvents(RealInfrastructure.kafkaAdmin());
    }

    private long refusals(UUID child, String user) throws SQLException {
        return AuditEntries.count(child, user, "REFUSED", childDataName(), "Adgang nægtet (404)");
    }
}
