package dk.rodtraad.chassis.inbox;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;

import java.nio.charset.StandardCharsets;

/**
 * The value deserializer of every channel that goes through the {@link Inbox} ({@code value.deserializer}): Kafka
 * calls it on the consumer's polling thread for each record it fetches, so the CloudEvent is read and its data checked
 * against the contracts there, beside the event loop that applies the batch before. It never throws: a record that is
 * no event arrives as an {@link Arrival} that says why, for the inbox to dead-letter.
 */
public class CloudEventDeserializer implements Deserializer<Arrival> {

    private final ContractCheck contracts = ContractCheck.ofTheContracts();

    @Override
    public Arrival deserialize(String topic, byte[] data) {
        return deserialize(topic, new RecordHeaders(), data);
    }

    @Override
    public Arrival deserialize(String topic, Headers headers, byte[] data) {
        return Arrival.read(headers, data == null ? null : new String(data, StandardCharsets.UTF_8), contracts);
    }
}
