package dk.rodtraad.bench;

import dk.rodtraad.testkit.KafkaLogin;
import dk.rodtraad.testkit.embedded.ManagedProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own figures on the bench's broker, from the tools in the broker distribution that testkit fetches
 * ({@code kafka-tools}): {@code ProducerPerformance} and {@code EndToEndLatency}, 1 KB records, acks=all, logged in
 * as the admin principal like any other client of the locked bus. Each runs in a JVM of its own from the broker's
 * jars, as Kafka's own scripts run them.
 */
final class KafkaBaselines {

    /** e.g. "50000 records sent, 61050.1 records/sec (59.62 MB/sec), 120.3 ms avg latency, ..." */
    static final Pattern PRODUCER_SUMMARY = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec");
    /** e.g. "Percentiles: 50th = 1, 99th = 7, 99.9th = 12" */
    static final Pattern END_TO_END_PERCENTILES = Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+)");
    static final Pattern END_TO_END_AVERAGE = Pattern.compile("Avg latency: ([\\d.]+) ms");

    record Producer(double recordsPerSecond) {
    }

    record EndToEnd(double averageMillis, double p50Millis, double p99Millis) {
    }

    private static final String TOPIC = "bench.baseline";

    private final Path libs;
    private final Path work;
    private final KafkaLogin admin;

    KafkaBaselines(Path repositoryRoot, Path work, KafkaLogin admin) {
        this.libs = repositoryRoot.resolve("testkit/server-dists/target/kafka/libs");
        this.work = work;
        this.admin = admin;
    }

    Producer producer(int records) {
        createTopic();
        String output = run(List.of("org.apache.kafka.tools.ProducerPerformance", "--topic", TOPIC, "--num-records",
                String.valueOf(records), "--record-size", "1024", "--throughput", "-1", "--command-config",
                clientConfig().toString(), "--command-property", "acks=all"));
        Matcher summary = last(PRODUCER_SUMMARY, output);
        return new Producer(Double.parseDouble(summary.group(2)));
    }

    EndToEnd endToEnd(int records) {
        createTopic();
        String output = run(List.of("org.apache.kafka.tools.EndToEndLatency", admin.bootstrapServers(), TOPIC,
                String.valueOf(records), "all", "1024", clientConfig().toString()));
        Matcher percentiles = last(END_TO_END_PERCENTILES, output);
        return new EndToEnd(Double.parseDouble(last(END_TO_END_AVERAGE, output).group(1)),
                Double.parseDouble(percentiles.group(1)), Double.parseDouble(percentiles.group(2)));
    }

    /** The last match of the pattern in the tool's output. */
    static Matcher last(Pattern pattern, String output) {
        Matcher found = null;
        for (String line : output.split("\n")) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                found = matcher;
            }
        }
        if (found == null) {
            throw new IllegalStateException("The Kafka tool printed no line like /" + pattern + "/:\n" + output);
        }
        return found;
    }

    /** One partition, as EndToEndLatency requires; created before the tools run, as the bus creates no topic itself. */
    private void createTopic() {
        try (var client = Admin.create(admin.clientConfig())) {
            if (!client.listTopics().names().get().contains(TOPIC)) {
                client.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot create " + TOPIC, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The admin's login as a client properties file, which both tools take. */
    private Path clientConfig() {
        var text = new StringBuilder();
        for (Map.Entry<String, Object> entry : admin.clientConfig().entrySet()) {
            text.append(entry.getKey()).append('=').append(entry.getValue()).append('\n');
        }
        try {
            Files.createDirectories(work);
            return Files.writeString(work.resolve("kafka-client.properties"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String run(List<String> tool) {
        var command = new ArrayList<>(List.of(ManagedProcess.javaBinary(), "-Xmx512m", "-cp", libs + "/*"));
        command.addAll(tool);
        try {
            Path output = work.resolve("kafka-tool.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(tool.getFirst() + " did not finish in 10 minutes");
            }
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
