package dk.rodtraad.concern.insight;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.audit.ChildDataUsedV1;
import dk.rodtraad.testkit.DemoClients;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.FormToken;
import dk.rodtraad.testkit.Tokens;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.recording.ConcernFixtures.auditOf;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citizen's report, end to end in concern-service: real Keycloak tokens, real reads and writes here, audit
 * events from the other services over Kafka, and the report as JSON, page and PDF.
 */
@QuarkusTest
class CitizensReportTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;


    @Test
    void listsEveryUseOfTheChildAcrossTheServicesOldestFirstAsJsonPageAndPdf() throws Throwable {
        String cpr = uniqueCpr();
        var recorded = as(DemoUsers.HANNE).body(concern(cpr, "Alma Holm", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract();
        UUID child = UUID.fromString(recorded.path("childId"));
        used(child, "network-meeting-service", "READ", "Netværksmøde vist", "paedagog", 200);
        as(DemoUsers.HANNE).when().get("/concerns/{id}", recorded.<String>path("id")).then().statusCode(200);
        used(child, "followup-service", "REFUSED", "Adgang nægtet (404)", "laerer", 404);
        await().atMost(Duration.ofSeconds(30)).until(() -> UsesKeptElsewhere.about(child) == 2);

        var purposes = List.of("Bekymring registreret", "Netværksmøde vist", "Bekymring vist", "Adgang nægtet (404)");
        as(DemoUsers.DORTE).body(Map.of("cpr", cpr)).when().post("/insight/reports").then().statusCode(200)
                .body("cpr", equalTo(cpr))
                .body("known", equalTo(true))
                .body("name", equalTo("Alma Holm"))
                .body("message", nullValue())
                .body("uses.purpose", equalTo(purposes))
                .body("uses.kind", equalTo(List.of("ændret", "læst", "læst", "afvist")))
                .body("uses.discipline", equalTo(List.of("sundhedsplejerske", "pædagog", "sundhedsplejerske", "lærer")))
                .body("uses.role", equalTo(List.of("fagperson", "fagperson", "fagperson", "fagperson")))
                .body("uses.service", equalTo(List.of("Bekymringer og underretninger", "Netværksmøder",
                        "Bekymringer og underretninger", "Opfølgning på indsatser")));

        // Producing the report is a use of the child's data: logged, and in the next report.
        var audit = auditOf(child);
        assertEquals("dorte", audit.getLast().username);
        assertEquals(CitizensReports.PURPOSE, audit.getLast().purpose);

        String page = FormToken.fetch(as(DemoUsers.DORTE)).on(as(DemoUsers.DORTE).contentType(ContentType.URLENC)).formParam("cpr", cpr.replace("-", ""))
                .when().post("/indsigt").then().statusCode(200).contentType(ContentType.HTML).extract().asString();
        int at = -1;
        for (String purpose : List.of("Bekymring registreret", "Netværksmøde vist", "Bekymring vist",
                "Adgang nægtet (404)", CitizensReports.PURPOSE)) {
            int next = page.indexOf(purpose, at + 1);
            assertTrue(next > at, purpose + " in order on the page");
            at = next;
        }
        assertTrue(page.contains("Alma Holm"));

        byte[] pdf = as(DemoUsers.METTE).accept("application/pdf").body(Map.of("cpr", cpr))
                .when().post("/insight/reports").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains(cpr), text);
        for (String purpose : purposes) {
            assertTrue(text.contains(purpose), purpose + " in the PDF:\n" + text);
        }
        assertTrue(text.contains("Netværksmøder") && text.contains("pædagog"), text);

        byte[] fromPage = FormToken.fetch(as(DemoUsers.DORTE)).on(as(DemoUsers.DORTE).contentType(ContentType.URLENC)).formParam("cpr", cpr)
                .when().post("/indsigt/pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertEquals("%PDF", new String(fromPage, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void anUnknownCprNumberHasNoLookUpsAndSaysSo() {
        as(DemoUsers.DORTE).body(Map.of("cpr", "010199-9999")).when().post("/insight/reports").then()
                .statusCode(200)
                .body("known", equalTo(false))
                .body("uses.size()", equalTo(0))
                .body("message", equalTo(CitizensReport.NO_USES));
        String page = FormToken.fetch(as(DemoUsers.DORTE)).on(as(DemoUsers.DORTE).contentType(ContentType.URLENC)).formParam("cpr", "010199-9999")
                .when().post("/indsigt").then().statusCode(200).extract().asString();
        assertTrue(page.contains(CitizensReport.NO_USES), page);
    }

    @Test
    void aMalformedCprNumberIsA400OnCpr() {
        as(DemoUsers.DORTE).body(Map.of("cpr", "12345")).when().post("/insight/reports").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cpr"));
        String page = FormToken.fetch(as(DemoUsers.DORTE)).on(as(DemoUsers.DORTE).contentType(ContentType.URLENC)).formParam("cpr", "12345")
                .when().post("/indsigt").then().statusCode(400).extract().asString();
        assertTrue(page.contains("CPR-nummeret skal have formen"), page);
    }

    @Test
    void aProfessionalMayNotHaveTheReport() {
        as(DemoUsers.HANNE).body(Map.of("cpr", "010199-9999")).when().post("/insight/reports").then().statusCode(403);
        as(DemoUsers.HANNE).when().get("/indsigt").then().statusCode(403);
    }

    private void used(UUID child, String service, String action, String purpose, String discipline, int status)
            throws Exception {
        var event = new ChildDataUsedV1(child, Instant.now().truncatedTo(ChronoUnit.MICROS), service, action,
                "test", purpose, "fagperson", discipline, status);
        new KafkaTestClient(RealInfrastructure.kafkaAdmin()).sendCloudEvent(Topics.AUDIT, UUID.randomUUID(),
                EventType.CHILD_DATA_USED_V1.type(), child, event.at(), JSON.writeValueAsString(event));
    }


    private RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.password(realmUrl, "concern-service", DemoClients.secret("concern-service"),
                user, DemoUsers.PASSWORD)).contentType(ContentType.JSON);
    }
}
