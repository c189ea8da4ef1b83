package dk.rodtraad.analytics.pseudonymiser;

import dk.rodtraad.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;
import java.util.Base64;

/**
 * The pseudonymiser's topology, which Quarkus runs as a Kafka Streams application (ADR 0022): the four services' event
 * topics in, {@link Topics#ANALYTICS} out, one record per domain event, exactly once (a transaction takes the records
 * written and the offsets read together). Each event is pseudonymised on its own; the only state is the small-numbers
 * rule's counts, in one in-memory store per task without a changelog (ADR 0026), so the application has no internal
 * topic and scales with the source topics' partitions.
 */
@ApplicationScoped
public class AnalyticsTopology {

    /** The store of the small-numbers rule's counts ({@link CountedCells}). */
    static final String SMALL_NUMBERS = "small-numbers";

    /** For the Quarkus runtime: the key and its id from the configuration (docs/analytics.md, "The key"). */
    @Produces
    Topology topology(@ConfigProperty(name = "rodtraad.analytics.child-key") String childKey,
            @ConfigProperty(name = "rodtraad.analytics.key-id") String keyId,
            @ConfigProperty(name = "rodtraad.analytics.zone", defaultValue = "Europe/Copenhagen") ZoneId zone) {
        return build(new Pseudonymiser(new ChildKey(Base64.getDecoder().decode(childKey.strip()), keyId), zone));
    }

    static Topology build(Pseudonymiser pseudonymiser) {
        var builder = new StreamsBuilder();
        // Not logged: a changelog would be an internal topic, which the principal may not create; a lost count only
        // makes the rule generalise more (CountedCells).
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(SMALL_NUMBERS),
                Serdes.String(), Serdes.String()).withLoggingDisabled());
        builder.stream(Topics.ANALYTICS_SOURCES, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .process(() -> new PseudonymisingProcessor(pseudonymiser), SMALL_NUMBERS)
                .to(Topics.ANALYTICS, Produced.with(Serdes.String(), Serdes.String()));
        return builder.build();
    }
}
