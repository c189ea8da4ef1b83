package dk.rodtraad.systemtests;

import dk.rodtraad.contracts.EventType;
import dk.rodtraad.testkit.ConcernRequests;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.embedded.Readiness;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away under load and comes back (issue 18): four clients record concerns while PostgreSQL is
 * stopped for 10 seconds. Every answer is a 201 or a 503 problem with {@code Retry-After} (never a 500), readiness is
 * DOWN while the database is away, every 201 is a concern that reaches every timeline replica exactly once, the
 * services become ready again by themselves, and each service's log tells the outage in one WARN and one INFO with no
 * ERROR at all.
 */
class DatabaseOutageIT {

    private static final int CLIENTS = 4;
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private final TheSystem system = TheSystem.shared();

    @Test
    void aDatabaseRestartUnderLoadIsAnswered503AndLosesNothing() throws Exception {
        var nurse = system.as(DemoUsers.HANNE);
        String token = nurse.token(StackConfig.CONCERN);
        Map<String, LogSince> logs = new HashMap<>();
        for (String service : TheSystem.SERVICES) {
            logs.put(service, LogSince.now(system.log(service)));
        }

        // One child per client, so each child's timeline holds exactly the concerns its client got a 201 for.
        var load = new Load(token);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String cpr = TheSystem.uniqueCpr();
            running.add(clients.submit(() -> load.record(cpr)));
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> load.created.size() >= CLIENTS * 5);

        system.infrastructure().stopPostgres();
        Instant down = Instant.now();
        await().atMost(Duration.ofMinutes(1)).until(() -> load.unavailable.get() > 0);
        assertFalse(Readiness.httpOk(system.url(StackConfig.CONCERN) + "/q/health/ready"),
                "readiness is DOWN while the database is away");
        assertTrue(Readiness.httpOk(system.url(StackConfig.CONCERN) + "/q/health/live"),
                "liveness stays UP, so nothing restarts the service");
        Duration left = OUTAGE.minus(Duration.between(down, Instant.now()));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
        system.infrastructure().startPostgres();

        for (String service : TheSystem.SERVICES) {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Readiness.httpOk(system.url(service) + "/q/health/ready"));
        }
        int createdWhenBack = load.created.size();
        await().atMost(Duration.ofMinutes(1)).until(() -> load.created.size() >= createdWhenBack + CLIENTS * 5);
        load.stop.set(true);
        for (Future<?> client : running) {
            client.get(1, TimeUnit.MINUTES);
        }
        clients.shutdown();

        assertEquals(List.of(), load.otherAnswers, "only 201 and 503 (with Retry-After and a problem)");
        for (var child : load.concernsByChild().entrySet()) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                for (String service : TheSystem.TIMELINE_SERVICES) {
                    assertEquals(child.getValue().stream().sorted().toList(),
                            raisedConcerns(nurse.timeline(service, child.getKey())), service);
                }
            });
        }
        for (String service : TheSystem.SERVICES) {
            List<String> written = logs.get(service).written();
            assertEquals(List.of(), written.stream().filter(line -> line.contains(" ERROR ")).toList(), service);
            assertTrue(count(written, "The database cannot be reached") <= 1, service + ": one WARN per outage");
            assertEquals(count(written, "The database cannot be reached"), count(written, "The database is back"),
                    service + ": the outage it noticed ends with one INFO");
        }
        List<String> concernLog = logs.get(StackConfig.CONCERN).written();
        assertEquals(1, count(concernLog, "The database cannot be reached"), "concern-service noticed the outage");
    }

    /** The concern ids of the timeline's concern-raised entries, sorted, duplicates kept. */
    @SuppressWarnings("unchecked")
    private static List<String> raisedConcerns(List<Map<String, Object>> timeline) {
        return timeline.stream().filter(entry -> EventType.CONCERN_RAISED_V2.type().equals(entry.get("type")))
                .map(entry -> (String) ((Map<String, Object>) entry.get("data")).get("concernId"))
                .sorted().toList();
    }

    private static long count(List<String> lines, String text) {
        return lines.stream().filter(line -> line.contains(text)).count();
    }

    /** Clients that record concerns until told to stop, sorting every answer. */
    private final class Load {
        final Map<String, String> created = new ConcurrentHashMap<>();
        final AtomicInteger unavailable = new AtomicInteger();
        final List<String> otherAnswers = Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean stop = new AtomicBoolean();
        private final String token;

        Load(String token) {
            this.token = token;
        }

        void record(String cpr) {
            while (!stop.get()) {
                // RestAssured passes a socket's checked IOException on undeclared: a client that met one goes on
                // and counts it, rather than ending silently with its load (see ConcernLoad).
                Response answer;
                try {
                    answer = given().baseUri(system.url(StackConfig.CONCERN)).auth().oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(ConcernRequests.concern(cpr, TheSystem.CHILD_NAME, "trist", "yellow", "skole",
                                    LocalDate.now().minusDays(1), "Virker trist.", DemoUsers.HANNE, null))
                            .when().post("/concerns");
                } catch (Exception e) {
                    otherAnswers.add("no answer: " + e);
                    sleep(Duration.ofMillis(200));
                    continue;
                }
                switch (answer.statusCode()) {
                    case 201 -> {
                        created.put(answer.jsonPath().getString("id"), answer.jsonPath().getString("childId"));
                        sleep(Duration.ofMillis(20));
                    }
                    case 503 -> {
                        if (answer.header("Retry-After") == null
                                || !answer.contentType().startsWith("application/problem+json")) {
                            otherAnswers.add("503 without Retry-After or problem: " + answer.asString());
                        }
                        unavailable.incrementAndGet();
                        // A client that honours Retry-After waits; a short pause keeps the test quick.
                        sleep(Duration.ofMillis(200));
                    }
                    default -> otherAnswers.add(answer.statusCode() + " " + answer.asString());
                }
            }
        }

        Map<String, List<String>> concernsByChild() {
            var byChild = new HashMap<String, List<String>>();
            created.forEach((concern, child) -> byChild.computeIfAbsent(child, c -> new ArrayList<>()).add(concern));
            return byChild;
        }

        private void sleep(Duration pause) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
            }
        }
    }
}
