package dk.rodtraad.systemtests;

import dk.rodtraad.testkit.KafkaLogin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Every record on the topics from the beginning, once at least {@code atLeast} have come and the reader has
     * reached the topics' end, or time is up. It joins no consumer group: its partitions are assigned, so it waits
     * for no rebalance, commits nothing and needs no group's ACL. Three polls in a row with nothing new end it too,
     * should the end it was told lie beyond what it may read (an open transaction's records).
     */
    public List<Event> readAll(List<String> topics, Duration timeout, int atLeast) {
        var events = new ArrayList<Event>();
        try (var consumer = new KafkaConsumer<>(login.clientConfig(), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition()))).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(timeout);
            int quietPolls = 0;
            while (Instant.now().isBefore(deadline) && (events.size() < atLeast || !atEnd(consumer, end))
                    && quietPolls < 3) {
                var records = consumer.poll(Duration.ofMillis(500));
                records.forEach(record -> events.add(toEvent(record)));
                quietPolls = records.isEmpty() && events.size() >= atLeast ? quietPolls + 1 : 0;
                if (events.size() < atLeast && atEnd(consumer, end)) {
                    end = consumer.endOffsets(partitions); // what is still to come
                }
            }
        }
        return events;
    }

    private static boolean atEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream()
                .allMatch(partition -> consumer.position(partition.getKey()) >= partition.getValue());
    }

    private static Event toEvent(ConsumerRecord<String, String> record) {
        var headers = new HashMap<String, String>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return new Event(record.topic(), record.key(), record.value(), headers);
    }
}
