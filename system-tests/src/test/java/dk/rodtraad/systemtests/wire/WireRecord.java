package dk.rodtraad.systemtests.wire;

import dk.rodtraad.contracts.EventType;
import dk.rodtraad.testkit.contracts.EventSchemas;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * One record as an integrator's consumer finds it on Kafka, read with the official CloudEvents SDK
 * ({@code cloudevents-kafka}) rather than with the SmallRye connector the services themselves use, and checked against
 * what docs/events.md promises: a CloudEvent 1.0 in binary mode, the content type once in {@code content-type} (the
 * Kafka binding's header for {@code datacontenttype}), the {@code dataschema} of its type, the key as the subject, and
 * data that satisfies its type's schema as strictly as a producer's own tests check it (formats asserted, no field the
 * contract does not name).
 */
record WireRecord(ConsumerRecord<String, String> record) {

    private static final String JSON = "application/json";

    /** The source the services' relays send as; a test playing a broken producer sends as another. */
    boolean sentBy(List<String> services) {
        String source = header("ce_source").orElse("");
        return services.stream().anyMatch(service -> source.equals("/rodtraad/" + service));
    }

    Optional<String> type() {
        return header("ce_type");
    }

    /** What is wrong with the record; empty when it is a CloudEvent as the contracts describe it. */
    List<String> problems() {
        CloudEvent event;
        try (var sdk = new CloudEventDeserializer()) {
            event = sdk.deserialize(record.topic(), record.headers(), record.value().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return List.of(where() + "the CloudEvents SDK cannot read it: " + e);
        }
        var problems = new ArrayList<String>();
        var type = EventType.of(event.getType());
        if (type.isEmpty()) {
            return List.of(where() + "a type the contracts do not know: " + event.getType());
        }
        check(problems, event.getSpecVersion() == SpecVersion.V1, "specversion " + event.getSpecVersion());
        check(problems, type.get().topic().equals(record.topic()), "on " + record.topic() + ", not " + type.get().topic());
        check(problems, type.get().dataSchema().equals(event.getDataSchema()), "dataschema " + event.getDataSchema()
                + ", not " + type.get().dataSchema());
        check(problems, JSON.equals(event.getDataContentType()), "datacontenttype " + event.getDataContentType());
        check(problems, headers("content-type").equals(List.of(JSON)) && headers("ce_datacontenttype").isEmpty(),
                "the content type is not sent once, as content-type: " + headers("content-type") + " and "
                        + headers("ce_datacontenttype") + " as ce_datacontenttype");
        check(problems, Objects.equals(record.key(), event.getSubject()), "key " + record.key() + " is not the subject "
                + event.getSubject());
        check(problems, event.getTime() != null, "no time");
        String data = event.getData() == null ? "" : new String(event.getData().toBytes(), StandardCharsets.UTF_8);
        EventSchemas.validate(event.getType(), data).forEach(violation -> problems.add("data: " + violation));
        return problems.stream().map(problem -> where() + problem).toList();
    }

    private String where() {
        return record.topic() + "/" + record.partition() + "@" + record.offset() + " " + type().orElse("(no type)") + ": ";
    }

    private static void check(List<String> problems, boolean holds, String problem) {
        if (!holds) {
            problems.add(problem);
        }
    }

    private Optional<String> header(String name) {
        var header = record.headers().lastHeader(name);
        return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.UTF_8));
    }

    private List<String> headers(String name) {
        return StreamSupport.stream(record.headers().headers(name).spliterator(), false)
                .map(h -> new String(h.value(), StandardCharsets.UTF_8)).toList();
    }
}
