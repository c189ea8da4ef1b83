package dk.rodtraad.catalogue.duplicate;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static dk.rodtraad.catalogue.intervention.Fixtures.publish;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class DuplicateReviewTest {

    @Test
    void twoDepartmentsRunningTheSameMethodAreFlaggedUntilDecided() {
        String ppr = lookAlike("PPR"), family = lookAlike("Familierådgivningen");

        given().queryParam("open", true).when().get("/duplicates").then().statusCode(200)
                .body("find { it.first.id + it.second.id == '" + pairKey(ppr, family) + "' }.reason",
                        equalTo("Samme metode (" + method + ") i " + departmentsOf(ppr, family) + " for børn i samme alder"));

        decide(ppr, family, "koordineret", null).statusCode(200).body("decision", equalTo("koordineret"))
                .body("decidedBy", equalTo("karin"));

        given().queryParam("open", true).when().get("/duplicates").then().statusCode(200)
                .body("collect { it.first.id + it.second.id }", not(hasItem(equalTo(pairKey(ppr, family)))));
        given().when().get("/duplicates").then().statusCode(200)
                .body("find { it.first.id + it.second.id == '" + pairKey(ppr, family) + "' }.decision", equalTo("koordineret"));
    }

    @Test
    void mergingKeepsOneAndRetiresTheOther() {
        String kept = lookAlike("PPR"), merged = lookAlike("Familierådgivningen");

        decide(kept, merged, "sammenlagt", kept).statusCode(200).body("kept", equalTo(kept));

        given().when().get("/interventions/{id}", merged).then().statusCode(200).body("status", equalTo("udgaaet"));
        given().when().get("/interventions/{id}", kept).then().statusCode(200).body("status", equalTo("offentliggjort"));
    }

    @Test
    void aVerdictOtherThanMergedKeepsNoneEvenWhenOneIsNamed() {
        String a = lookAlike("PPR"), b = lookAlike("Familierådgivningen");

        decide(a, b, "koordineret", a).statusCode(200).body("decision", equalTo("koordineret"))
                .body("kept", equalTo(null));
    }

    @Test
    void mergingWithoutNamingTheOneToKeepIsRefusedAndChangesNothing() {
        String a = lookAlike("PPR"), b = lookAlike("Familierådgivningen");

        decide(a, b, "sammenlagt", null).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kept"));

        given().when().get("/interventions/{id}", b).then().body("status", equalTo("offentliggjort"));
        given().queryParam("open", true).when().get("/duplicates").then()
                .body("collect { it.first.id + it.second.id }", hasItem(equalTo(pairKey(a, b))));
    }

    @Test
    void interventionsThatDoNotLookAlikeCannotBeDecided() {
        var other = intervention(unique("anden"), "Lektiecafé");
        other.put("method", null);
        other.put("department", "Biblioteket");
        other.put("signs", List.of("fravaer"));
        String unlike = publish(other).getString("id");

        decide(lookAlike("PPR"), unlike, "forskellige", null).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anUnknownDecisionNamesTheAllowedOnes() {
        decide(lookAlike("PPR"), lookAlike("Skolen"), "glemt", null).statusCode(400)
                .body("errors[0].field", equalTo("decision"))
                .body("errors[0].message", equalTo("Skal være en af: koordineret, sammenlagt, forskellige"));
    }

    @Test
    @TestSecurity(user = "sofie", roles = "fagperson")
    void onlyTheKatalogredaktoerReviews() {
        given().when().get("/duplicates").then().statusCode(403);
    }

    /** Each test has a method of its own, so pairs from other tests do not interfere. */
    private final String method = unique("Metode");

    private String lookAlike(String department) {
        var content = intervention(unique("dobbelt"), "Angstforløb i " + department);
        content.put("method", method);
        content.put("department", department);
        JsonPath published = publish(content);
        departments.put(published.getString("id"), department);
        return published.getString("id");
    }

    private final Map<String, String> departments = new HashMap<>();

    /** The reason names the departments in the pair's order. */
    private String departmentsOf(String a, String b) {
        boolean aFirst = a.compareTo(b) <= 0;
        return departments.get(aFirst ? a : b) + " og " + departments.get(aFirst ? b : a);
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + b : b + a;
    }

    private static ValidatableResponse decide(String first, String second, String decision, String kept) {
        var body = new HashMap<String, Object>();
        body.put("firstId", first);
        body.put("secondId", second);
        body.put("decision", decision);
        body.put("kept", kept);
        return given().contentType(ContentType.JSON).body(body).when().post("/duplicates/decisions").then();
    }
}
