package dk.rodtraad.analytics.pseudonymiser;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.charset.StandardCharsets;

/**
 * One step of the topology: a domain event (CloudEvents in binary mode: the attributes in headers) in, its analysts'
 * record out, or nothing. The record leaves with a new key and no headers: the event's headers hold the services'
 * pseudonymous id of the child ({@code ce_subject}), which must not reach the analysts. The small-numbers rule counts
 * in the task's store {@link AnalyticsTopology#SMALL_NUMBERS}.
 */
final class PseudonymisingProcessor implements Processor<byte[], byte[], String, String> {

    private final Pseudonymiser pseudonymiser;
    private ProcessorContext<String, String> context;
    private SmallNumbers smallNumbers;

    PseudonymisingProcessor(Pseudonymiser pseudonymiser) {
        this.pseudonymiser = pseudonymiser;
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        KeyValueStore<String, String> cells = context.getStateStore(AnalyticsTopology.SMALL_NUMBERS);
        this.smallNumbers = new SmallNumbers(new CountedCells(cells));
    }

    @Override
    public void process(Record<byte[], byte[]> event) {
        pseudonymiser.recordOf(header(event, "ce_type"), header(event, "ce_time"), header(event, "ce_subject"),
                        event.value(), smallNumbers)
                // new Record(...) has empty headers, unlike event.withKey(...), which would carry ce_subject along.
                .ifPresent(record -> context.forward(new Record<>(record.key(), record.value(), event.timestamp())));
    }

    private static String header(Record<byte[], byte[]> event, String name) {
        Header header = event.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
