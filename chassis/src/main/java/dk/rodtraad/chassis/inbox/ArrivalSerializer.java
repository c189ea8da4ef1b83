package dk.rodtraad.chassis.inbox;

import org.apache.kafka.common.serialization.Serializer;

import java.nio.charset.StandardCharsets;

/**
 * The dead-letter topic's value serializer for a channel read with {@link CloudEventDeserializer}
 * ({@code dead-letter-queue.value.serializer}): a dead letter carries the record's value as it travelled.
 */
public class ArrivalSerializer implements Serializer<Arrival> {

    @Override
    public byte[] serialize(String topic, Arrival arrival) {
        return arrival == null || arrival.data() == null ? null : arrival.data().getBytes(StandardCharsets.UTF_8);
    }
}
