package dk.rodtraad.catalogue.intervention;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class InterventionVisibilityTest {

    static String draftId;
    static String pausedId;

    @Inject
    Interventions interventions;

    @Test
    @TestSecurity(user = "karin", roles = "katalogredaktoer")
    void theEditorSeesDraftsAndPausedOnes() throws Throwable {
        prepare();
        given().when().get("/interventions/{id}", draftId).then().statusCode(200).body("status", equalTo("udkast"));
        given().when().get("/interventions/{id}", pausedId).then().statusCode(200).body("status", equalTo("pause"));
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void staffSeePausedOnesButNoDraftsAndCannotEdit() throws Throwable {
        prepare();
        given().when().get("/interventions/{id}", draftId).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/interventions/{id}", pausedId).then().statusCode(200).body("status", equalTo("pause"));
        given().when().get("/interventions/{id}/history", pausedId).then().statusCode(403);
        given().contentType(ContentType.JSON).body(intervention(unique("hanne"), "Hannes")).when().post("/interventions")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void nobodyAnonymousReachesTheProfessionalApi() {
        given().redirects().follow(false).when().get("/interventions/{id}", java.util.UUID.randomUUID())
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(302), equalTo(401)));
    }

    /** Prepared through the service itself: the identity of a test method cannot change within it. */
    private synchronized void prepare() throws Throwable {
        if (draftId != null) {
            return;
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var draft = json.convertValue(intervention(unique("synlig-kladde"), "Kladde"), InterventionContent.class);
        var paused = json.convertValue(intervention(unique("synlig-pause"), "På pause"), InterventionContent.class);
        draftId = VertxContextSupport.subscribeAndAwait(() -> interventions.create(draft, "karin")).id.toString();
        pausedId = VertxContextSupport.subscribeAndAwait(() -> interventions.create(paused, "karin")
                .chain(created -> interventions.changeStatus(created.id, created.lockVersion, InterventionStatus.PUBLISHED, "karin"))
                .chain(published -> interventions.changeStatus(published.id, published.lockVersion, InterventionStatus.PAUSED, "karin")))
                .id.toString();
    }
}
