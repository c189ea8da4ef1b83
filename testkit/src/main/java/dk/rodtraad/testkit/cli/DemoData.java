package dk.rodtraad.testkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.testkit.ConcernRequests;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.SideBySide;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.TokenCache;
import dk.rodtraad.testkit.cli.DemoConcerns.DemoConcern;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The demo content of the local stack's first start, loaded through the APIs as the demo users would: the catalogue
 * of interventions and the competence overview (catalogue-service's {@code demo/*.csv}, imported by the
 * katalogredaktør), a few concerns about fictitious children ({@link DemoConcerns}), so the timelines have something
 * to show, one of them notified to the authority, five courses of network meetings about them ({@link DemoCourses})
 * and intervention plans with FIT sessions, two running and five ended ({@link DemoPlans}). All names, addresses and
 * CPR numbers are made up. What does not build on the rest is loaded side by side (the catalogue beside the concerns,
 * the courses beside the plans), as much of each request's time is an event's way to another service.
 */
final class DemoData {

    static final ObjectMapper JSON = new ObjectMapper();
    /** How long the demo data waits for an event to reach another service's replicas. */
    private static final Duration EVENT_TRAVEL = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A token per realm, client and user, not one per request: each is a password grant Keycloak must hash. */
    private static final Map<String, TokenCache> TOKENS = new ConcurrentHashMap<>();

    /**
     * Loads the demo data once per state folder (a marker file says it was loaded, so a second start adds nothing);
     * returns a child's timeline URL to show, or null.
     */
    static String seedOnce(RunningSystem system) {
        Path marker = system.config().stateDir().resolve("demo-data.done");
        if (Files.exists(marker)) {
            return null;
        }
        LocalDate today = LocalDate.now();
        var children = new ConcurrentHashMap<String, String>();
        var concerns = new ConcurrentHashMap<String, String>();
        SideBySide.run("loading the demo catalogue and concerns", List.of(
                () -> {
                    importCatalogue(system, "interventions");
                    importCatalogue(system, "competences");
                    linkVejviserToCatalogue(system);
                },
                () -> {
                    for (DemoConcern concern : DemoConcerns.ALL) {
                        JsonNode recorded = record(system, concern, today);
                        children.put(concern.child().name(), recorded.get("childId").asText());
                        concerns.put(concern.child().name(), recorded.get("id").asText());
                    }
                }));
        String firstChild = children.get(DemoConcerns.ALL.getFirst().child().name());
        var courses = new DemoCourses(system);
        var plans = new DemoPlans(system);
        // Each about children of its own: the courses and the notification in network-meeting- and concern-service,
        // the plans in followup-service (which need the catalogue's interventions in its copy).
        SideBySide.run("loading the demo courses and plans", List.of(
                () -> {
                    joinAstasCaseTeam(system, firstChild);
                    courses.astaOnTime(firstChild);
                    courses.malikLate(children.get("Malik Hansen"));
                    notifyTheAuthorityAboutMalik(system, concerns.get("Malik Hansen"));
                    shortCourses(courses, children);
                },
                () -> plans.oliverImproving(children.get("Oliver Madsen")),
                () -> plans.frejaWithoutProgress(children.get("Freja Christensen")),
                () -> plans.endedTalks(children)));
        try {
            Files.writeString(marker, "The demo data was loaded; delete this file to load it again.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return system.url(StackConfig.NETWORK_MEETING) + "/boern/" + firstChild + "/tidslinje";
    }

    /** Three short courses of one meeting each, by the pædagog and the club worker. */
    private static void shortCourses(DemoCourses courses, Map<String, String> children) {
        courses.shortCourse(children.get("Sofie Larsen"), new DemoCourses.ShortCourse(DemoUsers.PETER, "paedagog", 4, 6,
                "dagtilbud", "Sofies far spurgte, om vi kunne tale sammen om skiftene mellem de to hjem.",
                "Hun græder, når hun skal fra mig til sin far.", "Sofie finder ro, når hun har sin bamse med.",
                "tegning", "Tegnede to huse med en sti imellem."));
        courses.shortCourse(children.get("Noah Pedersen"), new DemoCourses.ShortCourse(DemoUsers.PETER, "paedagog", 3, 20,
                "hjemmet", "Noahs mor ringede: Noah vil ikke i børnehave om morgenen.",
                "Derhjemme snakker han hele tiden.", "I børnehaven er han stille, men han leger med Lego.",
                "observation", "Noah viste stolt sit Lego-tårn frem og sagde: Det er mit."));
        courses.shortCourse(children.get("Ella Nielsen"), new DemoCourses.ShortCourse(DemoUsers.KASPER, "klubmedarbejder",
                6, 30, "klub", "Ellas mor skrev: Ella er holdt op med at se sine venner.",
                "Hun er meget på sin telefon og siger, hun keder sig.", "Ella taler gerne med de voksne i klubben.",
                "samtale", "Jeg savner min veninde, der er flyttet."));
    }

    /** Imports {@code demo/<file>.csv} as the katalogredaktør; importing it again changes nothing. */
    private static void importCatalogue(RunningSystem system, String file) {
        Path csv = system.config().root().resolve("catalogue-service/src/main/resources/demo/" + file + ".csv");
        try {
            asKatalogredaktoer(system, "/csv/" + file, "text/csv; charset=UTF-8", HttpRequest.BodyPublishers.ofFile(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The service starts with its default Vejviser unlinked, as the catalogue is empty then; with the demo catalogue
     * in place, the katalogredaktør publishes the same guide with its links as version 2.
     */
    private static void linkVejviserToCatalogue(RunningSystem system) {
        try {
            String content = Files.readString(system.config().root().resolve("catalogue-service/src/main/resources/vejviser/default.json"));
            var draft = JSON.readTree(asKatalogredaktoer(system, "/vejviser/versions", "application/json",
                    HttpRequest.BodyPublishers.ofString(content)));
            asKatalogredaktoer(system, "/vejviser/versions/" + draft.get("number").asInt() + "/publish", "application/json",
                    HttpRequest.BodyPublishers.ofString("{\"version\":" + draft.get("version").asLong() + "}"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs to catalogue-service as the demo katalogredaktør; returns the answer's body. */
    private static String asKatalogredaktoer(RunningSystem system, String path, String contentType,
            HttpRequest.BodyPublisher body) {
        return post(system, StackConfig.CATALOGUE, DemoUsers.KARIN, path, contentType, body);
    }

    private static JsonNode record(RunningSystem system, DemoConcern concern, LocalDate today) {
        var body = ConcernRequests.concern(concern.child().cpr(today), concern.child().name(), concern.sign(),
                concern.level(), concern.setting(), concern.observed(today), concern.observation(),
                concern.professional(), null);
        return asProfessional(system, concern.professional(), "/concerns", body);
    }

    /**
     * Hanne's red concern about Malik becomes an underretning (Barnets lov § 133: a child who may need special
     * support), with his mother told, so the authority's inbox (log in as mette) has one with its deadlines and the
     * authority's consumer writes it to its folder.
     */
    private static void notifyTheAuthorityAboutMalik(RunningSystem system, String malikConcernId) {
        asProfessional(system, DemoUsers.HANNE, "/concerns/" + malikConcernId + "/notification", Map.of(
                "ground", "saerlig-stoette",
                "knownOrSuspected", "Malik tager ikke på, og mor er så belastet, at hun ikke kan tage sig af ham alene; "
                        + "hun har selv sagt ja til, at vi beder kommunen om hjælp.",
                "parentsInformed", true));
    }

    /**
     * Kasper's concern about Asta does not put him on her case team, which Lise started (ADR 0006): he asks to join on
     * the municipality's ground for early preventive cooperation, and Lise accepts, naming herself tovholder as the
     * case is now cross-disciplinary.
     */
    private static void joinAstasCaseTeam(RunningSystem system, String astaId) {
        String request = asProfessional(system, DemoUsers.KASPER, "/children/" + astaId + "/team/requests", Map.of(
                "basis", Map.of("code", "tidlig-forebyggende-indsats"),
                "message", "Asta er stoppet i klubben; jeg vil gerne være med, så vi kan hjælpe hende sammen."))
                .get("id").asText();
        asProfessional(system, DemoUsers.LISE, "/children/" + astaId + "/team/requests/" + request + "/accept",
                Map.of("tovholder", DemoUsers.LISE));
    }

    /** POSTs JSON to concern-service as the demo professional; returns the answer. */
    private static JsonNode asProfessional(RunningSystem system, String professional, String path, Object body) {
        return postJson(system, StackConfig.CONCERN, professional, path, body);
    }

    /** POSTs to the service as the demo user, with a token from the service's own client; returns the answer's body. */
    static String post(RunningSystem system, String service, String user, String path, String contentType,
            HttpRequest.BodyPublisher body) {
        var response = send(system, service, user, path, request -> request.header("Content-Type", contentType).POST(body));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Demo data refused at " + path + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }

    /** POSTs JSON to the service as the demo user; returns the answer. */
    static JsonNode postJson(RunningSystem system, String service, String user, String path, Object body) {
        try {
            return JSON.readTree(post(system, service, user, path, "application/json", jsonBody(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpRequest.BodyPublisher jsonBody(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the request to the service as the demo user, with a token from the service's own client. */
    static HttpResponse<String> send(RunningSystem system, String service, String user, String path,
            UnaryOperator<HttpRequest.Builder> request) {
        String token = TOKENS.computeIfAbsent(system.infrastructure().realmUrl(), TokenCache::demoUsers)
                .token(service, user);
        try {
            return HTTP.send(request.apply(HttpRequest.newBuilder(URI.create(system.url(service) + path))
                    .header("Authorization", "Bearer " + token)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(service + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of the demo catalogue's intervention, found as a professional searches for it by name. */
    static String intervention(RunningSystem system, String name, String code) {
        var response = send(system, StackConfig.CATALOGUE, DemoUsers.HANNE,
                "/search?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), request -> request.GET());
        for (JsonNode found : json(response)) {
            if (code.equals(found.path("content").path("code").asText())) {
                return found.get("id").asText();
            }
        }
        throw new IllegalStateException("The demo catalogue has no intervention " + code + ": " + response.body());
    }

    /**
     * Sends the request until it is accepted, while a service's replicas have not yet caught up with what the other
     * services just published: the child unknown ({@code 404}), or a field that names what has not arrived refused
     * ({@code 400}). Refused for anything else, the demo data stops.
     */
    static JsonNode onceReplicated(Supplier<HttpResponse<String>> request, String awaitedField) {
        Instant deadline = Instant.now().plus(EVENT_TRAVEL);
        while (true) {
            var response = request.get();
            if (response.statusCode() / 100 == 2) {
                return json(response);
            }
            boolean notYetReplicated = response.statusCode() == 404
                    || response.statusCode() == 400 && response.body().contains(awaitedField);
            if (!notYetReplicated || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Demo data refused at " + response.uri() + ": "
                        + response.statusCode() + " " + response.body());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DemoData() {
    }
}
