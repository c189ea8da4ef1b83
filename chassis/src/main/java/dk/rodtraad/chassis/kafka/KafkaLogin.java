package dk.rodtraad.chassis.kafka;

import io.smallrye.config.ConfigMapping;

/**
 * The service's login to Kafka, its principal and password, which the chassis's {@code kafka.sasl.jaas.config} names
 * (docs/events.md, "Who may read and write what"). As a mapping Quarkus checks it before anything starts: without
 * {@code rodtraad.kafka.password} (e.g. {@code RODTRAAD_KAFKA_PASSWORD}) the service stops at once, naming the
 * property, where the Kafka client would only say "Login module not specified in JAAS config".
 */
@ConfigMapping(prefix = "rodtraad.kafka")
public interface KafkaLogin {

    /** The principal: the service's name unless a site names it otherwise. */
    String username();

    String password();
}
