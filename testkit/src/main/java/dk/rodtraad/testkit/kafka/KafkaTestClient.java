package dk.rodtraad.testkit.kafka;

import dk.rodtraad.contracts.EventType;
import dk.rodtraad.testkit.KafkaLogin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Produces and reads raw Kafka records, as another service or a broken producer would, logged in as one principal
 * (usually the admin, who may do anything: {@code RealInfrastructure.kafkaAdmin()}).
 */
public final class KafkaTestClient {

    private final KafkaLogin login;

    public KafkaTestClient(KafkaLogin login) {
        this.login = login;
    }

    public void sendCloudEvent(String topic, UUID id, String type, UUID childId, Instant time, String data) {
        sendCloudEvent(topic, id, type, "/rodtraad/test", childId, time, data);
    }

    /**
     * A CloudEvent in binary mode, as a service's outbox relay sends it: keyed and subject by the child's id; the
     * content type once, in {@code content-type}; the {@code dataschema} of a type of the contracts.
     */
    public void sendCloudEvent(String topic, UUID id, String type, String source, UUID childId, Instant time,
            String data) {
        send(cloudEvent(topic, id, type, source, childId, time, data));
    }

    public static ProducerRecord<String, String> cloudEvent(String topic, UUID id, String type, UUID childId,
            Instant time, String data) {
        return cloudEvent(topic, id, type, "/rodtraad/test", childId, time, data);
    }

    public static ProducerRecord<String, String> cloudEvent(String topic, UUID id, String type, String source,
            UUID childId, Instant time, String data) {
        var record = new ProducerRecord<>(topic, childId.toString(), data);
        record.headers()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(id.toString()))
                .add("ce_type", bytes(type))
                .add("ce_source", bytes(source))
                .add("ce_subject", bytes(childId.toString()))
                .add("ce_time", bytes(time.toString()))
                .add("content-type", bytes("application/json"));
        EventType.of(type).ifPresent(known -> record.headers().add("ce_dataschema", bytes(known.dataSchema().toString())));
        return record;
    }

    /**
     * A CloudEvent as the outbox relays sent them before they set {@code dataschema} and sent the content type once:
     * no {@code ce_dataschema}, and {@code ce_datacontenttype} beside {@code content-type}. The topics keep such
     * records for ever, so every consumer must still read them.
     */
    public static ProducerRecord<String, String> cloudEventAsSentBefore(String topic, UUID id, String type,
            UUID childId, Instant time, String data) {
        var record = cloudEvent(topic, id, type, childId, time, data);
        record.headers().remove("ce_dataschema");
        record.headers().add("ce_datacontenttype", bytes("application/json"));
        return record;
    }

    /**
     * Sends the records in one produce request: the producer holds them (a long {@code linger.ms}) until the flush, so
     * those of one partition form one record batch on the broker, which a consumer's poll returns whole.
     */
    public void sendInOneBatch(List<ProducerRecord<String, String>> records) {
        try (var producer = new KafkaProducer<String, String>(config(Map.of(ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 60_000)), new StringSerializer(), new StringSerializer())) {
            var sent = records.stream().map(producer::send).toList();
            producer.flush();
            for (var future : sent) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not send " + records.size() + " records", e);
        }
    }

    public void send(ProducerRecord<String, String> record) {
        try (var producer = new KafkaProducer<String, String>(config(Map.of(ProducerConfig.ACKS_CONFIG, "all")),
                new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + record.topic(), e);
        }
    }

    /** Reads the topic from the beginning until a record matches, or fails after the timeout. */
    public ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        // A group of the principal's own (its ACL grants READ on the groups named <principal>-...).
        try (var consumer = new KafkaConsumer<String, String>(config(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, login.principal() + "-test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            var seen = new ArrayList<String>();
            var deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (match.test(record)) {
                        return record;
                    }
                    seen.add(record.value());
                }
            }
            throw new AssertionError("No matching record on " + topic + " within " + timeout + "; saw " + seen);
        }
    }

    /**
     * Every record on the topic, from the beginning up to the end it has when called: for a test that counts what was
     * sent (e.g. that no event went out twice).
     */
    public List<ConsumerRecord<String, String>> readToEnd(String topic) {
        try (var consumer = new KafkaConsumer<String, String>(config(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, login.principal() + "-test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")), new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            var records = new ArrayList<ConsumerRecord<String, String>>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Map<String, Object> config(Map<String, Object> client) {
        var config = new HashMap<>(login.clientConfig());
        config.putAll(client);
        return config;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
