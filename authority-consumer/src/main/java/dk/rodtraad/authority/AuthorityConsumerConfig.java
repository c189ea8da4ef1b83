package dk.rodtraad.authority;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What a site tells the authority's consumer (docs/events.md, "The authority's consumer"): which outlet delivers the
 * notifications to its case system, and where. Every key can come from the environment ({@code
 * RODTRAAD_AUTHORITY_OUTLET}, {@code RODTRAAD_AUTHORITY_FOLDER}, ...).
 */
@ConfigMapping(prefix = "rodtraad.authority")
public interface AuthorityConsumerConfig {

    /** {@code folder} (the default) or {@code webhook}. */
    @WithDefault("folder")
    OutletKind outlet();

    /**
     * The folder the case system takes its notifications from, for the folder outlet. No default: CPR numbers and
     * names land there, so a site names the place itself.
     */
    Optional<Path> folder();

    Webhook webhook();

    /** The consumer group, named {@code authority-…}: the only groups the authority's principal may use. */
    @WithDefault("authority-case-system")
    String group();

    /** How long to wait before trying a failed delivery again: doubling from {@code initial} up to {@code max}. */
    Retry retry();

    /**
     * How long the folder outlet remembers which notifications it delivered: longer than the topic keeps them (14 days),
     * so a record Kafka delivers again is never written twice, even after the case system took its file.
     */
    @WithDefault("P15D")
    Duration remember();

    interface Webhook {
        /** The case system's HTTPS endpoint; plain HTTP only to a loopback address. */
        Optional<URI> url();

        /** The shared secret, base64, optionally prefixed {@code whsec_} (Standard Webhooks). */
        Optional<String> secret();

        @WithDefault("PT30S")
        Duration timeout();
    }

    interface Retry {
        @WithDefault("PT1S")
        Duration initial();

        /** Stays below the consumer's {@code max.poll.interval.ms} (5 minutes): a retrying consumer stays in its group. */
        @WithDefault("PT1M")
        Duration max();
    }

    enum OutletKind {
        FOLDER, WEBHOOK
    }
}
