package dk.rodtraad.testkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.testkit.ConcernRequests;
import dk.rodtraad.testkit.DemoClients;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.Tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The demo content of the local stack's first start, loaded through the APIs as the demo users would: the catalogue
 * of interventions and the competence overview (catalogue-service's {@code demo/*.csv}, imported by the
 * katalogredaktør), a few concerns about fictitious children, so the timelines have something to show, and two courses
 * of network meetings about them ({@link DemoCourses}). All names, addresses and CPR numbers are made up.
 */
final class DemoData {

    private record DemoConcern(String professional, String cpr, String name, String sign, String level, String setting,
            int daysAgo, String observation) {
    }

    private static final List<DemoConcern> CONCERNS = List.of(
            new DemoConcern(DemoUsers.LISE, "120318-4021", "Asta Jensen", "isolerer-sig", "yellow", "skole", 9,
                    "Asta er ofte alene i frikvartererne og har svært ved at komme i gang med opgaverne."),
            new DemoConcern(DemoUsers.KASPER, "120318-4021", "Asta Jensen", "isolerer-sig", "yellow", "fritid", 4,
                    "Asta er stoppet med at komme i klubben om onsdagen, hvor hun ellers altid var med."),
            new DemoConcern(DemoUsers.HANNE, "030925-1137", "Malik Hansen", "trivsel-vaegt", "red", "sundhedspleje", 2,
                    "Ved hjemmebesøget virkede mor meget belastet, og Malik tager ikke på som forventet."),
            new DemoConcern(DemoUsers.PETER, "220721-2284", "Sofie Larsen", "konfliktfyldt-skilsmisse", "yellow", "dagtilbud", 6,
                    "Sofie har fået sværere ved at falde til ro efter forældrenes skilsmisse."));

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * Loads the demo data once per state folder (a marker file says it was loaded, so a second start adds nothing);
     * returns a child's timeline URL to show, or null.
     */
    static String seedOnce(RunningSystem system) {
        Path marker = system.config().stateDir().resolve("demo-data.done");
        if (Files.exists(marker)) {
            return null;
        }
        importCatalogue(system, "interventions");
        importCatalogue(system, "competences");
        linkVejviserToCatalogue(system);
        var children = new HashMap<String, String>();
        for (DemoConcern concern : CONCERNS) {
            children.put(concern.name(), record(system, concern));
        }
        String firstChild = children.get(CONCERNS.getFirst().name());
        joinAstasCaseTeam(system, firstChild);
        var courses = new DemoCourses(system);
        courses.astaOnTime(firstChild);
        courses.malikLate(children.get("Malik Hansen"));
        try {
            Files.writeString(marker, "The demo data was loaded; delete this file to load it again.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return system.url(StackConfig.NETWORK_MEETING) + "/boern/" + firstChild + "/tidslinje";
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

    private static String record(RunningSystem system, DemoConcern concern) {
        var body = ConcernRequests.concern(concern.cpr(), concern.name(), concern.sign(), concern.level(),
                concern.setting(), LocalDate.now().minusDays(concern.daysAgo()), concern.observation(),
                concern.professional(), null);
        return asProfessional(system, concern.professional(), "/concerns", body).get("childId").asText();
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
        String token = Tokens.password(system.infrastructure().realmUrl(), service, DemoClients.secret(service), user,
                DemoUsers.PASSWORD);
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

    private DemoData() {
    }
}
