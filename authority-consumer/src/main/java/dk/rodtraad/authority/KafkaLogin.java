package dk.rodtraad.authority;

import io.smallrye.config.ConfigMapping;

/**
 * The consumer's login to Kafka, which {@code kafka.sasl.jaas.config} names, as the chassis's {@code KafkaLogin} is a
 * service's (this module runs without the chassis). As a mapping Quarkus checks it before anything starts: without
 * {@code rodtraad.kafka.password} ({@code RODTRAAD_KAFKA_PASSWORD}) the start stops at once, naming the property,
 * where the Kafka client would only say "Login module not specified in JAAS config".
 */
@ConfigMapping(prefix = "rodtraad.kafka")
public interface KafkaLogin {

    /** The principal: {@code authority}, the only one that may read the topic. */
    String username();

    String password();
}
