package dk.rodtraad.testkit.embedded;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * One attempt to write or read a topic as a given client, returning the broker's refusal instead of throwing it. A
 * client that gets no answer at all (it does not log in) gives up after five seconds.
 */
final class BusClients {

    private static final int GIVE_UP_MS = 5000;

    private BusClients() {
    }

    /** @return null when the broker took the record, else why not */
    static Exception write(Map<String, Object> client, String topic) {
        return write(client, topic, UUID.randomUUID().toString());
    }

    static Exception write(Map<String, Object> client, String topic, String key) {
        var config = new HashMap<>(client);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, GIVE_UP_MS);
        return refusalOf(() -> {
            try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, key, "{}")).get();
            }
        });
    }

    /**
     * Writes one record in a transaction under the transactional id, as Kafka Streams' exactly-once does. The first
     * transaction on a broker creates its transaction log, so this waits longer than {@link #write}.
     *
     * @return null when the broker took the record, else why not
     */
    static Exception writeInATransaction(Map<String, Object> client, String transactionalId, String topic) {
        var config = new HashMap<>(client);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 12 * GIVE_UP_MS);
        return refusalOf(() -> {
            try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), "{}")).get();
                producer.commitTransaction();
            }
        });
    }

    private interface Attempt {
        void run() throws ExecutionException, InterruptedException;
    }

    /** @return null when the attempt went through, else the broker's refusal */
    private static Exception refusalOf(Attempt attempt) {
        try {
            attempt.run();
            return null;
        } catch (ExecutionException e) {
            return refusal((Exception) e.getCause());
        } catch (KafkaException e) {
            return refusal(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The broker's own answer: an idempotent producer refused by the cluster ({@code ClusterAuthorizationException})
     * goes into a fatal state, and a send that meets that state, rather than the answer itself, fails with a plain
     * {@code KafkaException} around it (which of the two a test sees is a race in the client).
     */
    private static Exception refusal(Exception failure) {
        Exception refusal = failure;
        while (refusal.getClass() == KafkaException.class && refusal.getCause() instanceof Exception cause) {
            refusal = cause;
        }
        return refusal;
    }

    /**
     * Reads the topic from its beginning: in the client's consumer group if it names one, else by assigning itself
     * every partition (so the answer is about the topic alone).
     *
     * @return null when the broker let it read, else why not
     */
    static Exception read(Map<String, Object> client, String topic) {
        var config = new HashMap<>(client);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, GIVE_UP_MS);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            if (config.containsKey(ConsumerConfig.GROUP_ID_CONFIG)) {
                consumer.subscribe(List.of(topic));
            } else {
                consumer.assign(consumer.partitionsFor(topic).stream()
                        .map(partition -> new TopicPartition(topic, partition.partition())).toList());
            }
            consumer.poll(Duration.ofMillis(GIVE_UP_MS));
            return null;
        } catch (KafkaException e) {
            return e;
        }
    }
}
