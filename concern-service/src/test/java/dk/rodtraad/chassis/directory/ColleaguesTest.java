package dk.rodtraad.chassis.directory;

import dk.rodtraad.concern.Staff;
import dk.rodtraad.chassis.problem.NotAvailable;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.concern.AdjustableClock;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The directory of colleagues against the real Keycloak, also when Keycloak hangs. */
@QuarkusTest
class ColleaguesTest {

    /** Far longer than {@link Colleagues#ANSWER_WITHIN}: only a call that waits without bound reaches it. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;
    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;
    @ConfigProperty(name = "quarkus.oidc.credentials.secret")
    String secret;
    @Inject
    StoredTime time;
    @Inject
    AdjustableClock clock;

    @Test
    void aKeycloakThatTakesTheCallAndNeverAnswersIsGivenUpOnAndNotAskedAgainForAWhile() {
        var hung = new Colleagues(realmUrl, clientId, secret, time);
        try {
            RealInfrastructure.current().freezeKeycloak();
            try {
                // not Mutiny's TimeoutException at PATIENCE: the directory gives up after ANSWER_WITHIN
                var failure = assertThrows(NotAvailable.class, () -> usernames(hung));
                assertThat(failure.getMessage(), equalTo(Colleagues.KEYCLOAK_AWAY));
            } finally {
                RealInfrastructure.current().thawKeycloak();
            }
            assertThrows(NotAvailable.class, () -> usernames(hung), "Keycloak answers again, but is not asked yet");
            clock.advance(Colleagues.AWAY_FOR);
            assertThat("asked again after " + Colleagues.AWAY_FOR, usernames(hung), hasItems("hanne"));
        } finally {
            clock.reset();
            hung.close();
        }
    }

    @Test
    void whileKeycloakIsAwayThePagesShowTheNamesAsLastKnown() {
        var known = new Colleagues(realmUrl, clientId, secret, time);
        try {
            assertThat(usernames(known), hasItems("hanne", "lise"));
            clock.advance(Colleagues.KEPT.plusSeconds(1));
            RealInfrastructure.current().freezeKeycloak();
            try {
                assertThat(usernames(known), hasItems("hanne", "lise"));
                assertThrows(NotAvailable.class, () -> known.find("lise").await().atMost(PATIENCE),
                        "whether she is a fagperson is not decided on what was known before");
            } finally {
                RealInfrastructure.current().thawKeycloak();
            }
        } finally {
            clock.reset();
            known.close();
        }
    }

    @Test
    void aPickerAskedWhileKeycloakHangsIsToldThatColleaguesCannotBeLookedUpNotThatTheDatabaseIsAway() {
        String token = Staff.token(DemoUsers.HANNE);
        given().auth().oauth2(token).when().get("/colleagues?q=lise").then().statusCode(200);
        clock.advance(Colleagues.KEPT.plusSeconds(1));
        RealInfrastructure.current().freezeKeycloak();
        try {
            given().auth().oauth2(token).when().get("/colleagues?q=lise").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue())
                    .body("detail", equalTo(Colleagues.KEYCLOAK_AWAY));
        } finally {
            RealInfrastructure.current().thawKeycloak();
        }
        try {
            clock.advance(Colleagues.AWAY_FOR);
            given().auth().oauth2(token).when().get("/colleagues?q=lise").then().statusCode(200)
                    .body("username", hasItem("lise"));
        } finally {
            clock.reset();
        }
    }

    private static List<String> usernames(Colleagues colleagues) {
        return colleagues.directory().await().atMost(PATIENCE).stream().map(Colleague::username).toList();
    }
}
