package dk.rodtraad.concern.recording;

import dk.rodtraad.testkit.DemoClients;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The real thing: tokens issued by Keycloak for the demo users, checked by quarkus-oidc. */
@QuarkusTest
class RecordConcernWithKeycloakTokenTest {

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    @Test
    void aHealthNurseRecordsAConcernWithHerKeycloakToken() {
        given().auth().oauth2(token(DemoUsers.HANNE)).contentType(ContentType.JSON)
                .body(concern(uniqueCpr(), "Ida Winther", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201);
    }

    @Test
    void theAuthorityMayNotRecordAConcern() {
        given().auth().oauth2(token(DemoUsers.METTE)).contentType(ContentType.JSON)
                .body(concern(uniqueCpr(), "Jens Kjær", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(403);
    }

    @Test
    void theStartPageShowsTheHealthNursesDiscipline() {
        given().auth().oauth2(token(DemoUsers.HANNE))
                .when().get("/").then().statusCode(200)
                .body(containsString("sundhedsplejerske"));
    }

    @Test
    void anAnalystCannotOpenTheConcernUi() {
        given().auth().oauth2(token(DemoUsers.ANDERS)).when().get("/").then().statusCode(403);
    }


    private String token(String user) {
        return Tokens.password(realmUrl, "concern-service", DemoClients.secret("concern-service"), user, DemoUsers.PASSWORD);
    }
}
