package dk.rodtraad.testkit.testcontainers;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.Database;
import dk.rodtraad.testkit.DemoKafkaUsers;
import dk.rodtraad.testkit.Infrastructure;
import dk.rodtraad.testkit.KafkaLogin;
import dk.rodtraad.testkit.ServiceDatabases;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.embedded.Readiness;
import dk.rodtraad.testkit.kafka.KafkaBus;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The testkit's infrastructure as containers, for a machine with a container engine: PostgreSQL, Kafka and Keycloak
 * from compose.yaml's images, set up as the embedded provider sets up its servers, so a test cannot tell them apart
 * (ADR 0025). Each publishes on the stack's own loopback port ({@link StackConfig}), as the embedded servers listen:
 * a Kafka client must reach the address the broker advertises, Keycloak's name is in every token and in the realm's
 * redirect URIs, and a server taken away and brought back ({@link #stopKafka()}) returns where it was.
 * <ul>
 *   <li>PostgreSQL requires a password of every login (SCRAM); {@link #database} makes a database with its owner and
 *       runtime logins ({@link ServiceDatabases}), as the embedded server does.</li>
 *   <li>Kafka is deploy/compose's broker (its {@code server.properties} and {@code start.sh}): locked with
 *       SASL/SCRAM-SHA-512 and the StandardAuthorizer, its storage formatted with the admin's credential; then
 *       {@link KafkaBus} makes every principal's user and ACLs and every topic, as for the embedded broker.</li>
 *   <li>Keycloak imports the repository's demo realm and its login theme, named {@code http://localhost:<port>}.</li>
 * </ul>
 * Nothing is reused between JVMs: each starts its own containers and stops them at {@link #close()} or when it exits
 * (and Testcontainers' reaper removes any a killed JVM left).
 */
public final class TestcontainersInfrastructure implements Infrastructure {

    private static final String SUPERUSER = "postgres";
    /** Demo only, as the embedded server's; the container publishes on loopback alone. */
    private static final String SUPERUSER_PASSWORD = "postgres";
    private static final int POSTGRES_PORT = 5432;
    private static final int KAFKA_HOST_LISTENER = 9092;
    private static final int KEYCLOAK_PORT = 8080;

    private final StackConfig config;
    private final Network network = Network.newNetwork();
    private final PostgreSQLContainer postgres;
    private final GenericContainer<?> kafka;
    private final KeycloakContainer keycloak;
    private Thread shutdownHook;

    public TestcontainersInfrastructure(StackConfig config) {
        this.config = config;
        Path root = config.root();
        var images = ComposeImages.of(root);
        this.postgres = new PostgreSQLContainer(images.postgres())
                .withUsername(SUPERUSER)
                .withPassword(SUPERUSER_PASSWORD)
                .withDatabaseName("postgres")
                // As the embedded test server: data thrown away after the run, so durability is traded for speed.
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off", "-c", "synchronous_commit=off",
                        "-c", "full_page_writes=off");
        postgres.setPortBindings(List.of(loopback(config.postgresPort(), POSTGRES_PORT)));
        this.kafka = new GenericContainer<>(images.kafka())
                // The broker's inter-broker listener is advertised as kafka:19092, the compose network's name.
                .withNetwork(network)
                .withNetworkAliases("kafka")
                .withCopyFileToContainer(MountableFile.forHostPath(root.resolve("deploy/compose/kafka")), "/rodtraad/kafka")
                .withEnv("KAFKA_HOST_PORT", Integer.toString(config.kafkaPort()))
                .withCreateContainerCmdModifier(command -> command.withEntrypoint("/bin/sh", "/rodtraad/kafka/start.sh"))
                .withExposedPorts(KAFKA_HOST_LISTENER);
        kafka.setPortBindings(List.of(loopback(config.kafkaPort(), KAFKA_HOST_LISTENER)));
        this.keycloak = new KeycloakContainer(images.keycloak().asCanonicalNameString())
                .withCopyFileToContainer(MountableFile.forHostPath(root.resolve("deploy/keycloak/rodtraad-realm.json")),
                        "/opt/keycloak/data/import/rodtraad-realm.json")
                .withCopyFileToContainer(MountableFile.forHostPath(root.resolve("deploy/keycloak/themes/rodtraad")),
                        "/opt/keycloak/themes/rodtraad")
                .withCustomCommand("--hostname=" + keycloakUrl())
                .withStartupTimeout(Readiness.deadline());
        keycloak.setPortBindings(List.of(loopback(config.keycloakPort(), KEYCLOAK_PORT)));
    }

    /** Whether this machine has a container engine Testcontainers can reach. */
    public static boolean engineAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @Override
    public synchronized void start() {
        // Containers never outlive a test JVM (a build shares only the embedded servers, ADR 0033).
        if (shutdownHook == null && config.lifetime() != StackConfig.Lifetime.UNTIL_STOPPED) {
            shutdownHook = new Thread(this::stopAll, "rodtraad-containers-stop");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        Startables.deepStart(postgres, kafka, keycloak).join();
        awaitKafka();
        KafkaBus.setUp(kafkaLogin(KafkaPrincipals.ADMIN).clientConfig());
    }

    @Override
    public Database database(String name) {
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, SUPERUSER_PASSWORD);
             var statement = connection.createStatement()) {
            // A container's databases are always new: there is no data from before the two logins to hand over.
            ServiceDatabases.ensure(statement, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return ServiceDatabases.database(name, "127.0.0.1", config.postgresPort());
    }

    @Override
    public KafkaLogin kafkaLogin(String principal) {
        return new KafkaLogin("127.0.0.1:" + config.kafkaPort(), "SASL_PLAINTEXT", principal,
                DemoKafkaUsers.password(principal));
    }

    /** The name the container's Keycloak is started with: the local and test stacks' Keycloak is {@code localhost}. */
    @Override
    public String keycloakUrl() {
        return "http://localhost:" + config.keycloakPort();
    }

    /** Stops the broker's container, keeping its storage, as the embedded broker's process stops. */
    @Override
    public void stopKafka() {
        engine().stopContainerCmd(kafka.getContainerId()).exec();
    }

    @Override
    public void startKafka() {
        engine().startContainerCmd(kafka.getContainerId()).exec();
        awaitKafka();
    }

    @Override
    public void stopPostgres() {
        engine().stopContainerCmd(postgres.getContainerId()).exec();
    }

    @Override
    public void startPostgres() {
        engine().startContainerCmd(postgres.getContainerId()).exec();
        if (!Readiness.await(this::postgresAnswers, Readiness.deadline(), null)) {
            throw new IllegalStateException("PostgreSQL's container did not come back on port " + config.postgresPort());
        }
    }

    /** Pauses Keycloak's container: its processes frozen, as the embedded Keycloak's are. */
    @Override
    public void freezeKeycloak() {
        engine().pauseContainerCmd(keycloak.getContainerId()).exec();
    }

    @Override
    public void thawKeycloak() {
        engine().unpauseContainerCmd(keycloak.getContainerId()).exec();
    }

    @Override
    public synchronized void close() {
        stopAll();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running or has run: nothing left to remove.
            }
            shutdownHook = null;
        }
    }

    private void stopAll() {
        keycloak.stop();
        kafka.stop();
        postgres.stop();
        network.close();
    }

    /** Until an admin client logged in as the super user sees the broker: it takes SCRAM logins once it does. */
    private void awaitKafka() {
        var admin = new HashMap<>(kafkaLogin(KafkaPrincipals.ADMIN).clientConfig());
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        boolean ready = Readiness.await(() -> {
            try (var client = Admin.create(admin)) {
                return !client.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
            } catch (Exception notYet) {
                return false;
            }
        }, Readiness.deadline(), null);
        if (!ready) {
            throw new IllegalStateException("Kafka's container did not answer on port " + config.kafkaPort() + "\n"
                    + kafka.getLogs());
        }
    }

    private boolean postgresAnswers() {
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, SUPERUSER_PASSWORD)) {
            return connection.isValid(2);
        } catch (SQLException notYet) {
            return false;
        }
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + config.postgresPort() + "/" + database;
    }

    private static com.github.dockerjava.api.DockerClient engine() {
        return DockerClientFactory.instance().client();
    }

    /** A binding of the container's port to the host's, on loopback only, as the embedded servers listen. */
    private static String loopback(int hostPort, int containerPort) {
        return "127.0.0.1:" + hostPort + ":" + containerPort;
    }
}
