package dk.rodtraad.systemtests;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.ConcernRequests;
import dk.rodtraad.testkit.Database;
import dk.rodtraad.testkit.Infrastructure;
import dk.rodtraad.testkit.Patience;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.TokenCache;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * The running system for the system tests: started once per test JVM (it takes a minute), stopped when the JVM
 * exits, and driven the way its users drive it — over HTTP with their own Keycloak tokens.
 */
public final class TheSystem {

    static final List<String> SERVICES = RunningSystem.SERVICES;
    static final List<String> TIMELINE_SERVICES =
            List.of(StackConfig.CONCERN, StackConfig.NETWORK_MEETING, StackConfig.FOLLOWUP);
    public static final String CHILD_NAME = "Alma Systemtest";

    /**
     * Every request gives up after a minute without an answer: a request a service never answers then fails its test
     * with a reason, instead of holding the test (and a load's worker) until the suite's own timeout.
     */
    private static final RestAssuredConfig PATIENT = Patience.within(Duration.ofSeconds(10), Duration.ofSeconds(60));

    private static TheSystem shared;

    private final RunningSystem system;
    private final TokenCache tokens;

    private TheSystem(RunningSystem system) {
        this.system = system;
        this.tokens = TokenCache.demoUsers(system.infrastructure().realmUrl());
    }

    public static synchronized TheSystem shared() {
        if (shared == null) {
            var system = RunningSystem.start(StackConfig.forTests());
            system.startAnalytics(line -> {
            });
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "rodtraad-system-stop"));
            shared = new TheSystem(system);
        }
        return shared;
    }

    Infrastructure infrastructure() {
        return system.infrastructure();
    }

    /** The service's log file (its first instance's), to read what it wrote. */
    Path log(String service) {
        return system.service(service).log();
    }

    /** The services' processes, to start a second instance of each, kill one and start it again. */
    public RunningSystem running() {
        return system;
    }

    /** The service's database, to read it as its owner (e.g. to show that nothing changed). */
    public Database database(String service) {
        return system.infrastructure().database(StackConfig.databaseOf(service));
    }

    public String url(String service) {
        return system.url(service);
    }

    /** Reads the topics as the admin, who may read them all. */
    public TopicReader kafka() {
        return new TopicReader(system.infrastructure().kafkaLogin(KafkaPrincipals.ADMIN));
    }

    /** Sends records as any producer would, a broken one too, and awaits one on a topic. */
    public KafkaTestClient kafkaClient() {
        return new KafkaTestClient(system.infrastructure().kafkaLogin(KafkaPrincipals.ADMIN));
    }

    public User as(String username) {
        return new User(username);
    }

    /**
     * A CPR number no other test uses, of a child born 2 to 16 years before this year: a seventh digit 4 to 9 dates the
     * year to the 2000s by the CPR office's rules. (Any ten digits could date a child to 2050 or 1920, and the age
     * rule refuses a child born after the day seen and anyone 18 or older.)
     */
    public static String uniqueCpr() {
        long n = Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 28L * 12 * 15 * 6000);
        int year = LocalDate.now().getYear() - 2 - (int) (n / (28 * 12) % 15);
        return String.format("%02d%02d%02d-%04d", 1 + n % 28, 1 + n / 28 % 12, year % 100,
                4000 + n / (28 * 12 * 15));
    }

    /** A sound intervention for the catalogue, under a code no other test uses: an anxiety group of PPR's. */
    public static Map<String, Object> anIntervention(String code) {
        var content = new HashMap<String, Object>();
        content.put("code", code);
        content.put("name", "Angstgruppe (systemtest)");
        content.put("shortDescription", "Et forløb for børn, der er meget ængstelige, og deres forældre.");
        content.put("longDescription", "Barnet og forældrene mødes med en psykolog ti gange.");
        content.put("ageFromYears", 7);
        content.put("ageToYears", 12);
        content.put("signs", List.of("angst"));
        content.put("type", "netvaerksgruppe");
        content.put("preventionLevel", "sekundaer");
        content.put("step", 3);
        content.put("department", "PPR");
        content.put("anchoring", "specialpaedagogik");
        content.put("legalBasis", "Barnets lov § 30");
        content.put("method", "Cool Kids");
        content.put("evidenceLevel", "evidensbaseret");
        content.put("competences", List.of("Cool Kids-certificering"));
        content.put("capacityPerYear", 24);
        content.put("waitingWeeks", 6);
        content.put("access", "henvisning");
        content.put("contact", "PPR, tlf. 72 10 00 00");
        content.put("locations", List.of("Rådhuset"));
        return content;
    }

    /** One demo user, with a token from each service's own client. */
    public final class User {
        private final String username;

        private User(String username) {
            this.username = username;
        }

        String recordConcern(String level) {
            return recordConcern(uniqueCpr(), level);
        }

        /** @return the child's pseudonymous id */
        public String recordConcern(String cpr, String level) {
            return (String) concern(cpr, level).get("childId");
        }

        /** Records a concern and returns it as concern-service shows it (id, childId, ...). */
        public Map<String, Object> concern(String cpr, String level) {
            return concernVia(system.url(StackConfig.CONCERN), cpr, level);
        }

        /** As {@link #concern}, through the concern-service instance at {@code url}. */
        public Map<String, Object> concernVia(String url, String cpr, String level) {
            return to(url, StackConfig.CONCERN)
                    .contentType(ContentType.JSON)
                    .body(ConcernRequests.concern(cpr, CHILD_NAME, "trist", level, "skole", LocalDate.now().minusDays(1),
                            "Virker trist og trækker sig fra kammeraterne.", username, null))
                    .when().post("/concerns")
                    .then().statusCode(201)
                    .extract().jsonPath().getMap("$");
        }

        /** POSTs JSON to concern-service and returns the answer, which must have the given status. */
        public Map<String, Object> postToConcernService(String path, Object body, int status, Object... pathParams) {
            return to(system.url(StackConfig.CONCERN), StackConfig.CONCERN)
                    .contentType(ContentType.JSON).body(body)
                    .when().post(path, pathParams)
                    .then().statusCode(status)
                    .extract().jsonPath().getMap("$");
        }

        public Map<String, Object> getFromConcernService(String path, Object... pathParams) {
            return to(system.url(StackConfig.CONCERN), StackConfig.CONCERN)
                    .when().get(path, pathParams)
                    .then().statusCode(200)
                    .extract().jsonPath().getMap("$");
        }

        public List<Map<String, Object>> timeline(String service, String childId) {
            return timelineVia(system.url(service), service, childId);
        }

        /** The child's timeline from the instance of {@code service} at {@code url}. */
        public List<Map<String, Object>> timelineVia(String url, String service, String childId) {
            return to(url, service)
                    .when().get("/children/{id}/timeline", childId)
                    .then().statusCode(200)
                    .extract().jsonPath().getList("$");
        }

        Map<String, Object> sharedLanguageInConcernService() {
            return to(system.url(StackConfig.CONCERN), StackConfig.CONCERN)
                    .when().get("/shared-language/current")
                    .then().statusCode(200)
                    .extract().jsonPath().getMap("$");
        }

        /** Creates and publishes an intervention in the catalogue, as the katalogredaktør; returns its id. */
        public String publishIntervention(Map<String, Object> content) {
            return publishInterventionVia(system.url(StackConfig.CATALOGUE), content);
        }

        /** As {@link #publishIntervention}, through the catalogue-service instance at {@code url}. */
        public String publishInterventionVia(String url, Map<String, Object> content) {
            var draft = to(url, StackConfig.CATALOGUE).contentType(ContentType.JSON).body(content)
                    .when().post("/interventions")
                    .then().statusCode(201).extract().jsonPath();
            to(url, StackConfig.CATALOGUE)
                    .contentType(ContentType.JSON).body(Map.of("version", draft.getLong("version"), "status", "offentliggjort"))
                    .when().post("/interventions/{id}/status", draft.getString("id")).then().statusCode(200);
            return draft.getString("id");
        }

        public List<Map<String, Object>> interventionsInFollowupService() {
            return to(system.url(StackConfig.FOLLOWUP), StackConfig.FOLLOWUP)
                    .when().get("/interventions")
                    .then().statusCode(200)
                    .extract().jsonPath().getList("$");
        }

        /** A request to the instance at {@code url} with the user's token for {@code service}, given up after 60 s. */
        private RequestSpecification to(String url, String service) {
            return given().config(PATIENT).baseUri(url).auth().oauth2(token(service));
        }

        /** The user's access token from the service's own client. */
        public String token(String service) {
            return tokens.token(service, username);
        }
    }
}
