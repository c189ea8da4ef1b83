package dk.rodtraad.systemtests;

import dk.rodtraad.testkit.KafkaLogin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads what is on the wire, as an analyst's or an auditor's consumer would. */
public final class TopicReader {

    public record Event(String topic, String key, String value, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    private final KafkaLogin login;

    TopicReader(KafkaLogin login) {
        this.login = login;
    }

    /** Every record on the topics from the beginning, once at least {@code atLeast} have come or time is up. */
    public List<Event> readAll(List<String> topics, Duration timeout, int atLeast) {
        var events = new ArrayList<Event>();
        var config = new HashMap<>(login.clientConfig());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, login.principal() + "-system-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(topics);
            Instant deadline = Instant.now().plus(timeout);
            int quietPolls = 0;
            while (Instant.now().isBefore(deadline) && (events.size() < atLeast || quietPolls < 3)) {
                var records = consumer.poll(Duration.ofMillis(1000));
                // Quiet counts only once the consumer has its partitions: before that, no poll can return anything.
                boolean assigned = !consumer.assignment().isEmpty();
                quietPolls = records.isEmpty() && assigned ? quietPolls + 1 : 0;
                records.forEach(record -> events.add(toEvent(record)));
            }
        }
        return events;
    }

    private static Event toEvent(ConsumerRecord<String, String> record) {
        var headers = new HashMap<String, String>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return new Event(record.topic(), record.key(), record.value(), headers);
    }
}
