package dk.rodtraad.concern.child;

import dk.rodtraad.testkit.AtOnce;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two professionals, or one form sent twice, naming the same new child at the same moment: the child is registered
 * once, and each request is answered as if it had come alone. (The CPR number is unique; the request that came second
 * once broke that and got a 500.)
 */
@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
@OidcSecurity(claims = @Claim(key = "profession", value = "sundhedsplejerske"))
class NewChildAtOnceTest {

    private static final int AT_ONCE = 4;
    /** Several new children, as one round may happen to send its requests one after the other. */
    private static final int CHILDREN = 5;

    @Test
    void concernsAboutANewChildSentAtOnceRegisterItOnce() {
        for (int child = 0; child < CHILDREN; child++) {
            String cpr = uniqueCpr();
            var answers = atOnce(List.of(concern(cpr, "Sofus Lund", "yellow", "sundhedspleje"),
                    concern(cpr, "Sofus Lund", "yellow", "sundhedspleje"),
                    concern(cpr, "sofus  lund", "red", "sundhedspleje"),
                    concern(cpr, "Sofus Lund", "green", "sundhedspleje")));
            answers.forEach(answer -> assertEquals(201, answer.statusCode(), answer.asString()));
            assertEquals(1, answers.stream().map(answer -> answer.path("childId")).distinct().count(),
                    "one child for one CPR number");
        }
    }

    @Test
    void aSecondNameForANewChildSentAtOnceIsRefusedAsForAKnownChild() {
        for (int child = 0; child < CHILDREN; child++) {
            String cpr = uniqueCpr();
            var answers = atOnce(List.of(concern(cpr, "Ella Vang", "yellow", "sundhedspleje"),
                    concern(cpr, "Bo Holm", "yellow", "sundhedspleje")));
            var statuses = answers.stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(201, 400), statuses, "one registers the child; the other named it wrongly");
            var refused = answers.stream().filter(answer -> answer.statusCode() == 400).findFirst().orElseThrow();
            assertEquals("child.name", refused.path("errors[0].field"), refused.asString());
            assertEquals(ChildRegistry.NAME_MISMATCH, refused.path("errors[0].message"), refused.asString());
        }
    }

    /** Sends the concerns together and returns the answers in the same order. */
    private static List<Response> atOnce(List<Map<String, Object>> concerns) {
        return AtOnce.call(concerns.stream().<Callable<Response>>map(body -> () -> given().contentType(ContentType.JSON)
                .body(body).when().post("/concerns").andReturn()).toList());
    }
}
