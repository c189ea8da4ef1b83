package dk.rodtraad.testkit;

import dk.rodtraad.contracts.KafkaPrincipals;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration that points a service at an infrastructure: its database (the runtime login for the service,
 * the owner login for Flyway), Kafka (its principal's login), Keycloak.
 */
public final class ServiceConfig {

    /** @param kafkaPrincipal the service's own principal; the chassis's test application runs as the admin */
    public static Map<String, String> of(Infrastructure infrastructure, String databaseName, String kafkaPrincipal) {
        Database database = infrastructure.database(databaseName);
        var config = new LinkedHashMap<String, String>();
        config.put("quarkus.datasource.username", database.user());
        config.put("quarkus.datasource.password", database.password());
        config.put("quarkus.flyway.username", database.owner());
        config.put("quarkus.flyway.password", database.ownerPassword());
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.reactive.url", database.reactiveUrl());
        KafkaLogin kafka = infrastructure.kafkaLogin(kafkaPrincipal);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("kafka.security.protocol", kafka.securityProtocol());
        // The chassis's kafka.sasl.jaas.config logs in with these, as a site's secrets would give them.
        config.put("rodtraad.kafka.username", kafka.principal());
        config.put("rodtraad.kafka.password", kafka.password());
        config.put("quarkus.oidc.auth-server-url", infrastructure.realmUrl());
        return config;
    }

    /**
     * For a service's jar, as the local stack and the system tests run it: in the production profile, which knows no
     * address and no secret, so it is told all of them, the demo realm's client secret too. Each service logs in to
     * Kafka as itself: its principal is its name (KafkaPrincipals).
     */
    public static Map<String, String> forJar(Infrastructure infrastructure, String service) {
        var config = new LinkedHashMap<>(of(infrastructure, StackConfig.databaseOf(service), service));
        config.put("quarkus.oidc.credentials.secret", DemoClients.secret(service));
        // An instance killed outright (kill -9) never says goodbye to its consumer groups: Kafka hands its partitions
        // to the other instance when its session lapses. Kafka's 45 s would leave them unread that long; 10 s
        // (heartbeats every 3 s) moves them within seconds and still outlasts a long garbage collection.
        config.put("kafka.session.timeout.ms", "10000");
        return config;
    }

    /**
     * For the authority's consumer's jar (ADR 0023): the broker and the login of the principal {@code authority}, the
     * only one that may read the notifications; the caller adds the outlet ({@code rodtraad.authority.folder}, or the
     * webhook's settings).
     */
    public static Map<String, String> forAuthorityConsumer(Infrastructure infrastructure) {
        KafkaLogin kafka = infrastructure.kafkaLogin(KafkaPrincipals.AUTHORITY);
        var config = new LinkedHashMap<String, String>();
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("kafka.security.protocol", kafka.securityProtocol());
        config.put("rodtraad.kafka.username", kafka.principal());
        config.put("rodtraad.kafka.password", kafka.password());
        // As the services' (forJar): a consumer killed outright hands its partitions on within seconds.
        config.put("kafka.session.timeout.ms", "10000");
        return config;
    }

    private ServiceConfig() {
    }
}
