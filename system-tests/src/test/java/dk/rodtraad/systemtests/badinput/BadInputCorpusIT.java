package dk.rodtraad.systemtests.badinput;

import dk.rodtraad.systemtests.TheSystem;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.FormToken;
import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus: more than a thousand requests, generated from the four running services' own OpenAPI
 * documents so that every operation gets them, each wrong in at least one way, sent with the real token of a demo
 * user who may call the operation. None may get a 5xx, take more than 5 seconds, answer an error with anything but
 * problem+json (a page: its Danish HTML refusal), or change a row of any service's database.
 *
 * <p>It writes the result table (kind of request × answer) to {@code target/bad-input-corpus.md}; docs/bad-input.md
 * publishes it.
 */
class BadInputCorpusIT {

    private static final List<String> SERVICES =
            List.of(StackConfig.CONCERN, StackConfig.NETWORK_MEETING, StackConfig.CATALOGUE, StackConfig.FOLLOWUP);
    /** Whom to call an operation as, by the first of its roles this map knows (else Hanne, who may use any page). */
    private static final Map<String, String> USER_BY_ROLE = Map.of(
            "fagperson", DemoUsers.HANNE, "myndighed", DemoUsers.METTE, "databeskyttelse", DemoUsers.DORTE,
            "katalogredaktoer", DemoUsers.KARIN, "analytiker", DemoUsers.ANDERS, "admin", DemoUsers.IDA,
            "leder", DemoUsers.LONE);
    private static final Duration HANG = Duration.ofSeconds(5);
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    private final TheSystem system = TheSystem.shared();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(HANG).build();

    @Test
    void noBadRequestGetsA5xxHangsAnswersWithoutAProblemOrChangesARow() throws Exception {
        var corpus = new ArrayList<BadRequest>();
        var formTokens = new HashMap<String, String>();
        for (String service : SERVICES) {
            String formToken = FormToken.fetch(given().baseUri(system.url(service))
                    .auth().oauth2(system.as(DemoUsers.HANNE).token(service))).value();
            formTokens.put(service, formToken);
            // The API's document and the pages' (docs/api.md): every request the service takes.
            for (String path : ApiDescription.DOCUMENTS) {
                String document = given().baseUri(system.url(service)).accept("application/json")
                        .when().get(path + "?format=json").then().statusCode(200).extract().asString();
                for (Operation operation : ApiDescription.operations(service, document)) {
                    corpus.addAll(BadRequests.of(operation, formToken));
                }
            }
        }
        assertTrue(corpus.size() >= 1000, "the corpus has " + corpus.size() + " requests");

        var before = quietSnapshot();
        var table = new LinkedHashMap<String, Map<String, Integer>>();
        var failures = new ArrayList<String>();
        for (BadRequest request : corpus) {
            String answer = send(request, formTokens.get(request.operation().service()), failures);
            table.computeIfAbsent(request.kind(), kind -> new HashMap<>()).merge(answer, 1, Integer::sum);
        }
        var changed = RowSnapshot.changed(before, quietSnapshot());

        String report = report(corpus.size(), table);
        Path written = Path.of("target", "bad-input-corpus.md");
        Files.writeString(written, report);
        System.out.println(report);
        assertAll(() -> assertTrue(failures.isEmpty(), failures.size() + " of " + corpus.size()
                        + " bad requests were answered badly:\n"
                        + String.join("\n", failures.subList(0, Math.min(40, failures.size())))),
                () -> assertEquals(List.of(), changed, "bad requests changed rows"));
    }

    /** Sends one request; returns its answer's column and adds what is wrong with the answer to {@code failures}. */
    private String send(BadRequest request, String formToken, List<String> failures) throws Exception {
        Operation operation = request.operation();
        var builder = HttpRequest.newBuilder(URI.create(system.url(operation.service()) + request.target()))
                .timeout(HANG)
                // A page is asked for as a browser asks; the API as a client does.
                .header("Accept", operation.page() ? BROWSER_ACCEPT : "application/json")
                .header("Cookie", FormToken.NAME + "=" + formToken)
                .method(operation.method().toUpperCase(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        builder.header("Authorization", "Bearer " + system.as(userFor(operation.roles())).token(operation.service()));
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            failures.add("hang: " + describe(request));
            return "hang";
        }
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            failures.add(status + ": " + describe(request) + " → " + shorten(response.body()));
        } else if (status >= 400 && !contentType.startsWith("application/problem+json")
                && !(operation.page() && contentType.startsWith("text/html"))) {
            failures.add(status + " without problem+json (" + contentType + "): " + describe(request) + " → "
                    + shorten(response.body()));
        }
        return Integer.toString(status);
    }

    /** Open operations too are called with a token: what they answer a logged-in user must hold up as well. */
    private static String userFor(Set<String> roles) {
        return roles.stream().filter(USER_BY_ROLE::containsKey).map(USER_BY_ROLE::get).findFirst()
                .orElse(DemoUsers.HANNE);
    }

    /** Every database, once nothing moves any more (events of earlier tests may still be arriving). */
    private Map<String, String> quietSnapshot() throws InterruptedException {
        Map<String, String> previous = snapshot();
        for (int attempt = 0; attempt < 30; attempt++) {
            Thread.sleep(2000);
            Map<String, String> current = snapshot();
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        throw new AssertionError("The databases did not come to rest within a minute");
    }

    private Map<String, String> snapshot() {
        var all = new LinkedHashMap<String, String>();
        SERVICES.forEach(service -> all.putAll(RowSnapshot.of(system.database(service))));
        return all;
    }

    /** Kinds of request down, the answers' statuses across (and "hang"), as docs/bad-input.md shows them. */
    private static String report(int total, Map<String, Map<String, Integer>> table) {
        var answers = new TreeSet<String>();
        table.values().forEach(row -> answers.addAll(row.keySet()));
        var out = new StringBuilder("| kind of request | requests | " + String.join(" | ", answers) + " |\n|---|---:|");
        answers.forEach(answer -> out.append("---:|"));
        out.append('\n');
        table.forEach((kind, row) -> {
            out.append("| ").append(kind).append(" | ").append(row.values().stream().mapToInt(Integer::intValue).sum());
            answers.forEach(answer -> out.append(" | ").append(row.getOrDefault(answer, 0)));
            out.append(" |\n");
        });
        return out.append("\n").append(total).append(" requests in all.\n").toString();
    }

    private static String describe(BadRequest request) {
        return request.operation().name() + " [" + request.kind() + ": " + request.what() + "]";
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
