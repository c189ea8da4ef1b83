package dk.rodtraad.testkit;

import java.util.ServiceLoader;

/**
 * The real servers Rød Tråd runs on — PostgreSQL, a Kafka broker, Keycloak — for tests and the local stack.
 *
 * <p>This is the one seam between the tests and how the servers come to be. The default provider,
 * {@code embedded}, starts them from packages on Maven Central without a container engine (ADR 0002). A site with a
 * container engine selects the containers of testkit-testcontainers with {@code -Drodtraad.infrastructure=testcontainers}
 * (ADR 0025), which also puts that module on the tests' class path; no test changes. A provider is found through
 * {@code META-INF/services/dk.rodtraad.testkit.InfrastructureProvider}.
 */
public interface Infrastructure extends AutoCloseable {

    /** Starts the servers, or reuses those of a stack already running in the same state directory. */
    void start();

    /**
     * Creates, if missing, a database {@code name} owned by a login {@code name_owner} (password {@code name_owner}),
     * which Flyway migrates as, and a runtime login {@code name} (password {@code name}) for the service, which gets
     * its rights from the chassis's migrations.
     */
    Database database(String name);

    /**
     * How a Kafka client connects as {@code principal}, one of {@link dk.rodtraad.contracts.KafkaPrincipals}: every
     * client logs in, and the broker's ACLs allow each principal only what that table grants it.
     */
    KafkaLogin kafkaLogin(String principal);

    /** e.g. {@code http://127.0.0.1:18180} */
    String keycloakUrl();

    default String realmUrl() {
        return keycloakUrl() + "/realms/" + DemoUsers.REALM;
    }

    /** Stops only the broker, keeping its data, so a test can take Kafka away and bring it back. */
    void stopKafka();

    void startKafka();

    /** Stops only PostgreSQL, keeping its data, so a test can take the databases away and bring them back. */
    void stopPostgres();

    void startPostgres();

    /**
     * Freezes Keycloak: it keeps its connections and its sessions and answers nothing, as a Keycloak that hangs or is
     * cut off; {@link #thawKeycloak()} lets it go on where it was. A stopped Keycloak would be away too, but the test
     * stack's keeps its sessions only in memory.
     */
    void freezeKeycloak();

    void thawKeycloak();

    /** Stops what this instance started; a reused stack that someone else started keeps running. */
    @Override
    void close();

    static Infrastructure create(StackConfig config) {
        String wanted = StackConfig.setting("rodtraad.infrastructure", "embedded");
        return ServiceLoader.load(InfrastructureProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No infrastructure provider named '" + wanted
                        + "' on the class path" + (wanted.equals("testcontainers")
                        ? ": give -Drodtraad.infrastructure=testcontainers to Maven, whose profile of that name puts "
                        + "testkit-testcontainers on the tests' class path (testkit/README.md)" : "")))
                .create(config);
    }
}
