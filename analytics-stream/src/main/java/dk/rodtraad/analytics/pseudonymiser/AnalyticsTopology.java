package dk.rodtraad.analytics.pseudonymiser;

import dk.rodtraad.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;
import java.util.Base64;

/**
 * The pseudonymiser's topology, which Quarkus runs as a Kafka Streams application (ADR 0022): the four services' event
 * topics in, {@link Topics#ANALYTICS} out, one record per domain event, exactly once (a transaction takes the records
 * written and the offsets read together). Stateless: each event is pseudonymised on its own, so the application
 * keeps no store and no internal topic, and scales with the source topics' partitions.
 */
@ApplicationScoped
public class AnalyticsTopology {

    /** For the Quarkus runtime: the key and its id from the configuration (docs/analytics.md, "The key"). */
    @Produces
    Topology topology(@ConfigProperty(name = "rodtraad.analytics.child-key") String childKey,
            @ConfigProperty(name = "rodtraad.analytics.key-id") String keyId,
            @ConfigProperty(name = "rodtraad.analytics.zone", defaultValue = "Europe/Copenhagen") ZoneId zone) {
        return build(new Pseudonymiser(new ChildKey(Base64.getDecoder().decode(childKey.strip()), keyId), zone));
    }

    static Topology build(Pseudonymiser pseudonymiser) {
        var builder = new StreamsBuilder();
        builder.stream(Topics.ANALYTICS_SOURCES, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .process(() -> new PseudonymisingProcessor(pseudonymiser))
                .to(Topics.ANALYTICS, Produced.with(Serdes.String(), Serdes.String()));
        return builder.build();
    }
}
