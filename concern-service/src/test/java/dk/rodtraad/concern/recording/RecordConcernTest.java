package dk.rodtraad.concern.recording;

import dk.rodtraad.concern.child.Child;
import dk.rodtraad.testkit.contracts.EventSchemas;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.recording.ConcernFixtures.auditOf;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.concernAbout;
import static dk.rodtraad.concern.recording.ConcernFixtures.outboxFor;
import static dk.rodtraad.concern.recording.ConcernFixtures.signInForce;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** As a health nurse: the token carries her discipline, as Keycloak's does. */
@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
@OidcSecurity(claims = @Claim(key = "profession", value = "sundhedsplejerske"))
class RecordConcernTest {

    @Test
    void recordsAConcernAndPublishesItWithoutCprNameOrFreeText() throws Throwable {
        String cpr = uniqueCpr();
        String childId = given().contentType(ContentType.JSON)
                .body(concern(cpr, "Asta Jensen", "yellow", "sundhedspleje"))
                .when().post("/concerns")
                .then().statusCode(201)
                .header("Location", containsString("/concerns/"))
                .body("level", equalTo("yellow"))
                .body("setting", equalTo("sundhedspleje"))
                .body("recordedBy", equalTo("hanne"))
                .body("childId", notNullValue())
                .extract().path("childId");

        var events = outboxFor(UUID.fromString(childId));
        assertEquals(1, events.size());
        var raised = events.getFirst();
        assertEquals("dk.rodtraad.concern.raised.v2", raised.eventType);
        assertEquals(List.of(), EventSchemas.validate(raised.eventType, raised.payload));
        assertFalse(raised.payload.contains(cpr), "the event must not carry the CPR number");
        assertFalse(raised.payload.contains("Asta"), "the event must not carry the name");
        assertFalse(raised.payload.contains("legen") || raised.payload.contains("stille")
                || raised.payload.contains("Tegnede"), "the event must not carry free text");
    }

    @Test
    @OidcSecurity(claims = {@Claim(key = "profession", value = "sundhedsplejerske"),
            @Claim(key = "district", value = "Nord"), @Claim(key = "unit", value = "Sundhedsplejen")})
    void theEventCarriesTheChildsAgeBandAndTheProfessionalsDistrictAndUnitButNeverTheBirthDate() throws Throwable {
        LocalDate born = LocalDate.now().minusYears(8).minusMonths(6);
        String birth = born.format(DateTimeFormatter.ofPattern("ddMMyy"));
        String cpr = birth + "-" + (4000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 6000L));
        String childId = given().contentType(ContentType.JSON).body(concern(cpr, "Karla Bech", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");

        var raised = outboxFor(UUID.fromString(childId)).getFirst();
        assertEquals(List.of(), EventSchemas.validate(raised.eventType, raised.payload));
        var payload = new JsonObject(raised.payload);
        assertEquals("6-12", payload.getString("ageBand"));
        assertEquals("Nord", payload.getString("district"));
        assertEquals("Sundhedsplejen", payload.getString("unit"));
        assertFalse(raised.payload.contains(born.toString()) || raised.payload.contains(birth),
                "the event must not carry the birth date");
    }

    @Test
    void recordsSignsInTheTaxonomyVersionInForceTheAcuteFlagTheParentsAndTheChildsView() throws Throwable {
        String sign = signInForce();
        int version = given().when().get("/shared-language/current").then().extract().path("version");
        var body = concern(uniqueCpr(), "Bo Juhl", "red", "dagtilbud");
        body.put("acute", true);

        var created = given().contentType(ContentType.JSON).body(body).when().post("/concerns")
                .then().statusCode(201)
                .body("signs", equalTo(List.of(sign)))
                .body("taxonomyVersion", equalTo(version))
                .body("acute", equalTo(true))
                .body("parents.how", equalTo("samtale"))
                .body("parents.involvedBy", equalTo("Hanne, sundhedsplejerske"))
                .body("parents.perspective", equalTo("Vi har også set, at hun er stille derhjemme."))
                .body("childView.method", equalTo("tegning"))
                .body("history", hasSize(1))
                .extract();
        String id = created.path("id");

        var raised = new JsonObject(outboxFor(UUID.fromString(created.path("childId"))).getFirst().payload);
        assertEquals(List.of(sign), raised.getJsonArray("signs").getList(), "the event carries the first assessment");
        assertEquals(version, raised.getInteger("taxonomyVersion"));
        assertEquals(true, raised.getBoolean("acute"));

        given().when().get("/concerns/{id}", id).then().statusCode(200)
                .body("level", equalTo("red"))
                .body("acute", equalTo(true))
                .body("childView.view", equalTo("Tegnede sig selv alene."))
                .body("history[0].level", equalTo("red"));
    }

    @Test
    void recordsAReasonInsteadOfInvolvingTheParentsWhenAbuseIsSuspected() {
        var body = concern(uniqueCpr(), "Carl Ravn", "red", "skole");
        body.remove("parents");
        body.put("acute", true);
        body.put("parentsNotInvolvedReason", "Mistanke om overgreb i hjemmet: forældrene må ikke orienteres først.");
        given().contentType(ContentType.JSON).body(body).when().post("/concerns")
                .then().statusCode(201)
                .body("parents", nullValue())
                .body("parentsNotInvolvedReason", containsString("Mistanke om overgreb"));
    }

    @Test
    void storesTheCprNormalisedWithTheBirthDateAndFindsTheChildHoweverItIsWritten() throws Throwable {
        String cpr = "150312-" + String.format("%04d", (int) (Math.random() * 3000) + 4000);
        String first = given().contentType(ContentType.JSON)
                .body(concern(" " + cpr.replace("-", "") + " ", "Dina Berg", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
        String second = given().contentType(ContentType.JSON).body(concern(cpr, "Dina Berg", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");

        assertEquals(first, second);
        Child child = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> Child.<Child>findById(UUID.fromString(first))));
        assertEquals(cpr, child.cpr);
        // Serial digit 4 and year 12: born in 2012.
        assertEquals(LocalDate.of(2012, 3, 15), child.birthDate);
    }

    @Test
    void acceptsACprThatFailsTheModulus11Check() {
        String cpr = uniqueCpr();
        while (modulus11Holds(cpr)) {
            cpr = uniqueCpr();
        }
        given().contentType(ContentType.JSON).body(concern(cpr, "Egon Sand", "green", "fritid"))
                .when().post("/concerns").then().statusCode(201);
    }

    @Test
    void recordsAConcernAboutAnAlreadyKnownChildByItsPseudonymousId() {
        String childId = given().contentType(ContentType.JSON).body(concern(uniqueCpr(), "Freja Moll", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");

        given().contentType(ContentType.JSON).body(concernAbout(new HashMap<>(Map.of("id", childId)), "red", "skole"))
                .when().post("/concerns").then().statusCode(201)
                .body("childId", equalTo(childId));
    }

    @Test
    void theConcernReachesTheChildsTimelineThroughKafka() {
        String childId = given().contentType(ContentType.JSON)
                .body(concern(uniqueCpr(), "Bertram Holm", "red", "skole"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/children/{id}/timeline", childId)
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].type", equalTo("dk.rodtraad.concern.raised.v2"))
                .body("[0].data.level", equalTo("red")));
    }

    @Test
    void readsARecordedConcernBackAndAuditsTheWriteAndTheRead() throws Throwable {
        var created = given().contentType(ContentType.JSON).body(concern(uniqueCpr(), "Dagmar Krog", "green", "fritid"))
                .when().post("/concerns").then().statusCode(201).extract();

        given().when().get("/concerns/{id}", created.<String>path("id")).then().statusCode(200)
                .body("observation", equalTo("Trækker sig fra legen."));

        var audit = auditOf(UUID.fromString(created.path("childId")));
        assertEquals(List.of("WRITE", "READ"), audit.stream().map(entry -> entry.action.name()).toList());
        assertEquals("hanne", audit.getLast().username);
        assertEquals("fagperson", audit.getLast().roles);
    }

    @Test
    void answers404ForAnUnknownConcern() {
        given().when().get("/concerns/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "mette", roles = "myndighed")
    void theAuthorityDoesNotRecordConcerns() {
        given().contentType(ContentType.JSON).body(concern(uniqueCpr(), "Emil Lund", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ida", roles = "fagperson")
    @OidcSecurity(claims = @Claim(key = "profession", value = "tandlaege"))
    void aProfessionalWithoutAKnownDisciplineCannotRecordAConcern() throws Throwable {
        long before = ConcernFixtures.storedConcernsAndChildren();
        given().contentType(ContentType.JSON).body(concern(uniqueCpr(), "Felix Hald", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("Din bruger har ingen faglighed. Kontakt din IT-administrator."));
        assertEquals(before, ConcernFixtures.storedConcernsAndChildren());
    }

    private static boolean modulus11Holds(String cpr) {
        String digits = cpr.replace("-", "");
        int[] weights = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11 == 0;
    }
}
