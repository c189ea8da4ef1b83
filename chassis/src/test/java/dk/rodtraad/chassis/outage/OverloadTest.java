package dk.rodtraad.chassis.outage;

import dk.rodtraad.chassis.audit.AuditEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesRegex;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * More requests at once than the pool lets wait for a connection, against the real PostgreSQL: those over the bound
 * are answered 503 problem+json with Retry-After at once ({@link BoundedPool}, {@link Overload}); none is a 500, and
 * the others are served as usual. A pool of one connection and one waiter makes the bound easy to pass.
 */
@QuarkusTest
@TestProfile(OverloadTest.TinyPool.class)
class OverloadTest {
    /** Prometheus's metrics, on the management interface (ADR 0036). */
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    private static final int AT_ONCE = 32;
    private static final int BURSTS = 10;

    public static class TinyPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.max-size", "1", "rodtraad.database.max-waiting", "1");
        }
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void requestsOverTheBoundAreShedWith503AndTheRestAreServed() throws Exception {
        List<Response> answers = new ArrayList<>();
        // Bursts until one is shed: each burst's requests arrive together, but how many overlap is the machine's to say.
        for (int burst = 0; burst < BURSTS && answers.stream().noneMatch(answer -> answer.statusCode() == 503); burst++) {
            answers.addAll(burst());
        }

        // An unknown child is a 404 to whoever asks: a request that got through was served as usual.
        assertEquals(Set.of(404, 503), answers.stream().map(Response::statusCode).collect(Collectors.toSet()));
        Response shed = answers.stream().filter(answer -> answer.statusCode() == 503).findFirst().orElseThrow();
        shed.then().contentType("application/problem+json")
                .header("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
                .body("status", equalTo(503))
                .body("detail", containsString("travlt"));
        given().when().get(metrics).then().statusCode(200)
                .body(matchesRegex("(?s).*\\nrodtraad_requests_shed_total(\\{[^}]*})? [1-9].*"));
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void aRefusalIsAnsweredAndRecordedWithTheOneConnection() throws Throwable {
        // The refusal is found inside the request's transaction; recorded there, it would wait for a second
        // connection the pool of one never frees, and the answer would be a 503 after the pool's 30-s timeout.
        UUID unknown = UUID.randomUUID();
        given().when().get("/children/{id}/timeline", unknown).then().statusCode(404);

        long recorded = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() ->
                AuditEntry.count("childId = ?1 and action = ?2", unknown, AuditEntry.Action.REFUSED)));
        assertEquals(1, recorded);
    }

    private static List<Response> burst() throws Exception {
        try (var clients = Executors.newFixedThreadPool(AT_ONCE)) {
            List<Callable<Response>> reads = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                reads.add(() -> given().when().get("/children/{id}/timeline", UUID.randomUUID()).andReturn());
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : clients.invokeAll(reads)) {
                answers.add(answer.get());
            }
            return answers;
        }
    }
}
