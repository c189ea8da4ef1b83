package dk.rodtraad.authority;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.ExamplePayloads;
import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.concern.NotificationReceivedV1;
import dk.rodtraad.testkit.Infrastructure;
import dk.rodtraad.testkit.ServiceConfig;
import dk.rodtraad.testkit.ServiceProcess;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.embedded.Readiness;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The authority's consumer as a site runs it: its packaged jar as a process, under the principal {@code authority},
 * reading what concern-service's principal writes to the real, locked broker. Each test has a consumer group of its
 * own, so each reads the whole topic; it looks only at the notifications it sent.
 */
class AuthorityConsumerIT {

    private static final ObjectMapper JSON = ExamplePayloads.JSON;
    private static final Pattern DELIVERED_TWICE =
            Pattern.compile("(?m)^rodtraad_authority_notifications_total\\{[^}]*result=\"delivered\"[^}]*} 2\\.0$");
    private static Infrastructure infrastructure;
    private static KafkaTestClient concernService;

    private final ServiceProcess consumer = new ServiceProcess(StackConfig.forTests(), StackConfig.AUTHORITY_CONSUMER);
    private final String group = KafkaPrincipals.AUTHORITY + "-test-" + UUID.randomUUID();

    @BeforeAll
    static void startTheInfrastructure() {
        infrastructure = Infrastructure.create(StackConfig.forTests());
        infrastructure.start();
        concernService = new KafkaTestClient(infrastructure.kafkaLogin(KafkaPrincipals.CONCERN_SERVICE));
    }

    @AfterAll
    static void stopTheInfrastructure() {
        infrastructure.close();
    }

    @AfterEach
    void stopTheConsumer() {
        consumer.stop();
    }

    @Test
    void deliversEachNotificationAsACloudEventFileNamedByItsEventId(@TempDir Path folder) throws Exception {
        start(Map.of("rodtraad.authority.folder", folder.toString()));
        var sent = List.of(send(), send());

        await().atMost(Duration.ofSeconds(60)).until(() -> sent.stream()
                .allMatch(event -> Files.exists(folder.resolve(event.id() + ".json"))));
        for (Sent event : sent) {
            JsonNode file = read(folder.resolve(event.id() + ".json"));
            assertEquals(event.id().toString(), file.get("id").asText());
            assertEquals(EventType.NOTIFICATION_RECEIVED_V1.type(), file.get("type").asText());
            assertEquals(event.payload().child().id().toString(), file.get("subject").asText());
            assertEquals(JSON.valueToTree(event.payload()), file.get("data"));
        }
        // Prometheus's figures on the management port, none on the public one (ADR 0036).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertTrue(DELIVERED_TWICE.matcher(
                get(consumer.metricsUrl()).body()).find(), "no rodtraad_authority_notifications_total of 2 delivered"));
        assertEquals(404, get(consumer.url() + "/q/metrics").statusCode());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /**
     * Killed outright (kill -9) between two records, with every commit it made lost as well (its group's offsets set
     * back to the beginning, the worst Kafka can do: deliver everything again), it delivers each notification once,
     * though the case system took every file away as soon as it appeared.
     */
    @Test
    void aKillBetweenRecordsNeitherLosesNorDuplicatesANotification(@TempDir Path folder) throws Exception {
        var caseSystem = new CaseSystem(folder);
        start(Map.of("rodtraad.authority.folder", folder.toString()));
        var sent = new ArrayList<Sent>();
        for (int i = 0; i < 3; i++) {
            sent.add(send());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> caseSystem.takeAll().containsAll(ids(sent)));
        for (int i = 0; i < 3; i++) {
            sent.add(send());
        }
        consumer.kill();
        setTheGroupBackToTheBeginning();

        consumer.restart();
        await().atMost(Duration.ofSeconds(60)).until(() -> caseSystem.takeAll().containsAll(ids(sent))
                && theGroupHasCommittedTheWholeTopic());

        caseSystem.takeAll();
        for (Sent event : sent) {
            assertEquals(1, caseSystem.times(event.id()), event.id() + " taken " + caseSystem.times(event.id()) + " times");
        }
        assertEquals(List.of(), caseSystem.takenTwice());
    }

    @Test
    void postsEachNotificationSignedToTheWebhookAndTriesAgainUntilItIsAccepted() throws Exception {
        var requests = new CopyOnWriteArrayList<Map<String, String>>();
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/underretninger", exchange -> {
            var request = new HashMap<String, String>();
            exchange.getRequestHeaders().forEach((name, values) -> request.put(name.toLowerCase(), values.getFirst()));
            request.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            // The first attempt at each notification fails, as a case system that is briefly away.
            boolean first = requests.stream().filter(r -> r.get("webhook-id").equals(request.get("webhook-id"))).count() == 1;
            exchange.sendResponseHeaders(first ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
        try {
            start(Map.of("rodtraad.authority.outlet", "webhook",
                    "rodtraad.authority.webhook.url", "http://127.0.0.1:" + server.getAddress().getPort() + "/underretninger",
                    "rodtraad.authority.webhook.secret", WebhookSignatureTest.SECRET,
                    "rodtraad.authority.retry.initial", "PT0.2S"));
            var sent = send();

            await().atMost(Duration.ofSeconds(60)).until(() -> attempts(requests, sent.id()).size() >= 2);
            for (var attempt : attempts(requests, sent.id())) {
                assertEquals(sent.id().toString(), attempt.get("idempotency-key"));
                assertEquals(WebhookOutlet.CONTENT_TYPE, attempt.get("content-type"));
                assertEquals(signature(attempt), attempt.get("webhook-signature"));
                JsonNode body = JSON.readTree(attempt.get("body"));
                assertEquals(sent.payload().child().cpr(), body.at("/data/child/cpr").asText());
            }
        } finally {
            server.stop(0);
        }
    }

    private void start(Map<String, String> outlet) {
        var settings = ServiceConfig.forAuthorityConsumer(infrastructure);
        settings.put("rodtraad.authority.group", group);
        settings.putAll(outlet);
        consumer.start(settings);
        consumer.awaitReady(Readiness.deadline());
    }

    /** A notification as concern-service's relay sends it, about a new child. */
    private static Sent send() {
        var example = (NotificationReceivedV1) ExamplePayloads.of(EventType.NOTIFICATION_RECEIVED_V1);
        var child = new NotificationReceivedV1.Child(UUID.randomUUID(), example.child().cpr(), example.child().name());
        var payload = new NotificationReceivedV1(UUID.randomUUID(), child, example.concernId(), example.ground(),
                example.knownOrSuspected(), example.parentsInformed(), example.parentsNotInformedWhy(),
                example.notifiedBy(), example.receivedAt(), example.urgencyAssessmentDue(), example.receiptDue());
        var id = UUID.randomUUID();
        try {
            concernService.sendCloudEvent(Topics.AUTHORITY_NOTIFICATIONS, id, EventType.NOTIFICATION_RECEIVED_V1.type(),
                    "/rodtraad/concern-service", child.id(), Instant.parse("2026-12-02T10:15:00Z"),
                    JSON.writeValueAsString(payload));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new Sent(id, payload);
    }

    private record Sent(UUID id, NotificationReceivedV1 payload) {
    }

    private static List<UUID> ids(List<Sent> sent) {
        return sent.stream().map(Sent::id).toList();
    }

    /** As the operator would, with the admin's login; possible once the killed consumer's session has lapsed. */
    private void setTheGroupBackToTheBeginning() {
        try (var admin = Admin.create(infrastructure.kafkaLogin(KafkaPrincipals.ADMIN).clientConfig())) {
            var beginning = new HashMap<TopicPartition, OffsetAndMetadata>();
            for (int partition = 0; partition < Topics.PARTITIONS; partition++) {
                beginning.put(new TopicPartition(Topics.AUTHORITY_NOTIFICATIONS, partition), new OffsetAndMetadata(0));
            }
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
                admin.alterConsumerGroupOffsets(group, beginning).all().get();
                return true;
            });
        }
    }

    private boolean theGroupHasCommittedTheWholeTopic() throws Exception {
        try (var admin = Admin.create(infrastructure.kafkaLogin(KafkaPrincipals.ADMIN).clientConfig())) {
            var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            var latest = new HashMap<TopicPartition, OffsetSpec>();
            for (int partition = 0; partition < Topics.PARTITIONS; partition++) {
                latest.put(new TopicPartition(Topics.AUTHORITY_NOTIFICATIONS, partition), OffsetSpec.latest());
            }
            var end = admin.listOffsets(latest).all().get();
            return end.entrySet().stream().allMatch(partition -> partition.getValue().offset() == 0
                    || (committed.get(partition.getKey()) != null
                    && committed.get(partition.getKey()).offset() == partition.getValue().offset()));
        }
    }

    private static List<Map<String, String>> attempts(List<Map<String, String>> requests, UUID id) {
        return requests.stream().filter(request -> id.toString().equals(request.get("webhook-id"))).toList();
    }

    /** The signature as a case system computes it (Standard Webhooks), to compare with the one sent. */
    private static String signature(Map<String, String> request) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(WebhookSignatureTest.SECRET.substring("whsec_".length())),
                "HmacSHA256"));
        String signed = request.get("webhook-id") + "." + request.get("webhook-timestamp") + "." + request.get("body");
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Takes every file from the folder as it appears, as a case system does, and counts each notification it took. */
    private static final class CaseSystem {
        private final Path folder;
        private final Map<UUID, Integer> taken = new ConcurrentHashMap<>();

        CaseSystem(Path folder) {
            this.folder = folder;
        }

        /** @return every notification taken so far */
        synchronized java.util.Set<UUID> takeAll() throws java.io.IOException {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
                        taken.merge(UUID.fromString(read(file).get("id").asText()), 1, Integer::sum);
                        Files.delete(file);
                    }
                }
            }
            return taken.keySet();
        }

        int times(UUID id) {
            return taken.getOrDefault(id, 0);
        }

        List<UUID> takenTwice() {
            return taken.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey)
                    .collect(Collectors.toList());
        }
    }
}
