package dk.rodtraad.testkit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.scram.ScramLoginModule;

import java.util.Map;

/**
 * What a Kafka client needs to connect as one principal of {@link dk.rodtraad.contracts.KafkaPrincipals}: the
 * broker's address, the security protocol of its listener, and the principal's SASL/SCRAM-SHA-512 login.
 */
public record KafkaLogin(String bootstrapServers, String securityProtocol, String principal, String password) {

    public static final String SASL_MECHANISM = "SCRAM-SHA-512";

    /** A Kafka client's configuration (producer, consumer or admin) to connect as the principal. */
    public Map<String, Object> clientConfig() {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, securityProtocol,
                SaslConfigs.SASL_MECHANISM, SASL_MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG, ScramLoginModule.class.getName() + " required username=\"" + principal
                        + "\" password=\"" + password + "\";");
    }
}
