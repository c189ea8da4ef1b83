package dk.rodtraad.chassis.config;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import jakarta.inject.Singleton;

/**
 * What every service must be told before it starts: where its database, Kafka and Keycloak are, and its secrets.
 * No profile but dev and test (each service's application.properties, {@code %dev,test.}) holds a value for any of
 * them, so a production start that lacks one stops at once, before it touches a server, with one message that lists
 * every missing setting ("SRCFG00011: Could not expand value quarkus.datasource.password in property
 * rodtraad.required.datasource-password", …). Quarkus's own settings cannot say this themselves: the secrets are
 * optional to Quarkus, which would start without them and fail later, at the first login or query.
 *
 * <p>The values come from the chassis's configuration ({@code rodtraad.required.*=${…}}); nothing reads them. The
 * Kafka principal's password is {@code chassis.kafka.KafkaLogin}'s, checked at the same moment.
 */
@ConfigMapping(prefix = "rodtraad.required")
public interface RequiredSettings {

    /**
     * Quarkus checks a mapping of the application's own when it reads its configuration, before any server is
     * contacted — but only a mapping some bean injects.
     */
    @Singleton
    @Unremovable
    class Check {
        Check(RequiredSettings settings) {
        }
    }

    String datasourceUsername();

    String datasourcePassword();

    String datasourceJdbcUrl();

    String datasourceReactiveUrl();

    String flywayUsername();

    String flywayPassword();

    String kafkaBootstrapServers();

    String oidcAuthServerUrl();

    String oidcCredentialsSecret();
}
