package dk.rodtraad.chassis.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.input.InputProbe;
import dk.rodtraad.testkit.FormToken;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static dk.rodtraad.testkit.Refusals.impatient;
import static dk.rodtraad.testkit.Refusals.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sizes a request may have (the chassis's defaults: a body of 4 MB, a JSON body of 20,000 tokens, an address of
 * 4096 characters, 20 KB of headers, an upload of 1,000 parts): beyond them a problem+json with the status that says
 * which, and the resource never reached; beyond all but the JSON tokens also one WARN line and no stack trace.
 */
@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
class RequestLimitsTest {

    private static final int MAX_BODY = 4 * 1024 * 1024;
    private static final int MAX_JSON_TOKENS = 20_000;
    /** Nearly 1 MB in 15,000 values, within both limits: read in more than one chunk. */
    private static final List<String> WORDS = Collections.nCopies(15_000, "ord".repeat(20));

    @TestHTTPResource("/probe")
    URI probe;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsA413BeforeItIsSent() throws Exception {
        try (var logged = LoggedProblems.capture()) {
            int before = InputProbe.reached();
            var answer = client.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).expectContinue(true)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[MAX_BODY + 1])).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertProblem(answer, 413);
            assertEquals(before, InputProbe.reached());
            assertOneWarningWithoutStackTrace(logged);
        }
    }

    @Test
    void aChunkedBodyLargerThanTheLimitIsA413AsSoonAsItIsTooLarge() throws Exception {
        try (var logged = LoggedProblems.capture()) {
            int before = InputProbe.reached();
            var answer = client.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[MAX_BODY + 1])))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertProblem(answer, 413);
            assertEquals(before, InputProbe.reached());
            assertOneWarningWithoutStackTrace(logged);
        }
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadWhole() throws Exception {
        byte[] body = new ObjectMapper().writeValueAsBytes(Map.of("flag", true, "words", WORDS));
        var answer = client.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(WORDS, new ObjectMapper().readValue(answer.body(), Map.class).get("words"));
    }

    @Test
    void aChunkedFileWithinTheLimitIsReadWhole() throws Exception {
        byte[] file = "a;b;c\n".repeat(50_000).getBytes(StandardCharsets.UTF_8);
        var answer = client.send(HttpRequest.newBuilder(probe.resolve("/probe/file")).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(file))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(String.valueOf(file.length), answer.body());
    }

    @Test
    void anAddressLongerThanTheLimitIsA414() {
        try (var logged = LoggedProblems.capture()) {
            int before = InputProbe.reached();
            problem(impatient(given()).queryParam("q", "a".repeat(5000)).when().get("/probe").then(), 414);
            assertEquals(before, InputProbe.reached());
            assertOneWarningWithoutStackTrace(logged);
        }
    }

    @Test
    void headersLargerThanTheLimitAreA431() {
        try (var logged = LoggedProblems.capture()) {
            int before = InputProbe.reached();
            problem(impatient(given()).header("X-Stor", "a".repeat(30 * 1024)).when().get("/probe").then(), 431);
            assertEquals(before, InputProbe.reached());
            assertOneWarningWithoutStackTrace(logged);
        }
    }

    @Test
    void aLargeBodyWithinTheLimitIsRead() {
        int before = InputProbe.reached();
        given().contentType("application/json").body(Map.of("text", "a".repeat(4000), "flag", true, "words", WORDS))
                .when().post("/probe").then().statusCode(200);
        assertEquals(before + 1, InputProbe.reached());
    }

    /**
     * 400,000 short strings fit in the body's 4 MB; read, each is an object, and each that breaks a rule of its list
     * a violation with its path: such a body once filled a service's heap. Refused as it is read, past the limit.
     */
    @Test
    void aJsonBodyOfMoreTokensThanTheLimitIsA413NamingTheBody() {
        int before = InputProbe.reached();
        var words = Collections.nCopies(MAX_JSON_TOKENS, " ");
        problem(impatient(given()).contentType("application/json").body(Map.of("words", words))
                .when().post("/probe").then(), 413, "body")
                .body("detail", equalTo("Forespørgslens JSON må højst have 20.000 dele (værdier, feltnavne og "
                        + "klammer). Intet er gemt."));
        assertEquals(before, InputProbe.reached());

        given().contentType("application/json").body(Map.of("words", words.subList(0, MAX_JSON_TOKENS - 10)))
                .when().post("/probe").then().statusCode(200);
        assertEquals(before + 1, InputProbe.reached());
    }

    /**
     * An upload of more parts than {@code quarkus.http.limits.max-parameters} (1,000): a 413 with one WARN line, the
     * connection closed. Quarkus REST's parser reads on after it and fails on its own state; Quarkus logged that as an
     * ERROR with a stack trace for every such upload ({@link UploadRunOn}).
     */
    @Test
    void anUploadOfMorePartsThanTheLimitIsA413AndOneWarning() throws Exception {
        var upload = FormToken.fetch().uploadOfParts(probe.resolve("/probe/upload"), 20_000);
        try (var logged = LoggedProblems.capture()) {
            int before = InputProbe.reached();
            var answer = client.send(upload, HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1_000); // the parser reads on after the answer, as the rest of the body arrives

            assertProblem(answer, 413);
            assertEquals("close", answer.headers().firstValue("Connection").orElse(""));
            assertEquals(before, InputProbe.reached());
            assertOneWarningWithoutStackTrace(logged);
        }
    }

    private static void assertProblem(HttpResponse<String> answer, int status) throws Exception {
        assertEquals(status, answer.statusCode());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        Map<?, ?> problem = new ObjectMapper().readValue(answer.body(), Map.class);
        assertEquals(status, problem.get("status"));
        assertTrue(problem.get("title") instanceof String title && !title.isBlank());
        assertTrue(problem.get("detail") instanceof String detail && !detail.isBlank());
    }

    private static void assertOneWarningWithoutStackTrace(LoggedProblems logged) {
        var records = logged.records();
        assertEquals(1, records.size(), () -> "logged: " + records.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList());
        assertEquals(Level.WARNING.intValue(), records.getFirst().getLevel().intValue());
        assertNull(records.getFirst().getThrown());
    }
}
