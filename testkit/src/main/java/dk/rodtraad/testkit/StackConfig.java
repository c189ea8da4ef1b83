package dk.rodtraad.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a stack keeps its state and which loopback ports it uses. The test stack and the local stack differ in
 * both, so tests can run while the demo system is up. Every port can be overridden by a system property or an
 * environment variable (e.g. {@code RODTRAAD_LOCAL_PG_PORT}), and so can the state folder ({@code
 * RODTRAAD_LOCAL_STATE_DIR}, for the system test that runs the stack command beside a developer's demo).
 */
public record StackConfig(String name, Path root, Path stateDir, int postgresPort, int kafkaPort,
        int kafkaControllerPort, int keycloakPort, int keycloakManagementPort, boolean keepsData,
        Lifetime lifetime, Map<String, Integer> servicePorts) {

    /** How long a stack's servers run, and who stops them. */
    public enum Lifetime {
        /** What a JVM starts stops when that JVM exits (or its {@link Infrastructure#close()} is called). */
        JVM,
        /**
         * The test stack of a whole build ({@code ./rodtraad test}, ADR 0033): the first test JVM starts the servers,
         * each later one reuses them and begins with fresh data (no database, no topic of an earlier JVM), and the
         * build's command stops them when it ends. Saves each module's tests the half minute the servers take to
         * start.
         */
        BUILD,
        /** Runs until {@code ./rodtraad stop}: the local stack. */
        UNTIL_STOPPED
    }

    /**
     * Set by {@code ./rodtraad test} for the build it runs ({@code RODTRAAD_TEST_SHARED_BY_BUILD=true}): the test stack's
     * lifetime is then {@link Lifetime#BUILD}, else {@link Lifetime#JVM}.
     */
    public static final String SHARED_BY_BUILD = "rodtraad.test.shared-by-build";

    public static final String CONCERN = "concern-service";
    public static final String NETWORK_MEETING = "network-meeting-service";
    public static final String CATALOGUE = "catalogue-service";
    public static final String FOLLOWUP = "followup-service";
    /** The authority unit's reference consumer of its notifications (ADR 0023): one instance, beside the services. */
    public static final String AUTHORITY_CONSUMER = "authority-consumer";
    /** The analysts' pseudonymiser (docs/analytics.md): no database, no pages; its port serves its health only. */
    public static final String ANALYTICS = "analytics-stream";

    /**
     * For tests: fresh data at every start; what a test JVM starts stops when that JVM exits, unless the build shares
     * the stack among its test JVMs ({@link #SHARED_BY_BUILD}).
     */
    public static StackConfig forTests() {
        var lifetime = Boolean.parseBoolean(setting(SHARED_BY_BUILD, "false")) ? Lifetime.BUILD : Lifetime.JVM;
        return of("test", 15433, 19092, 19093, 18180, 18190, false, lifetime, 18081);
    }

    /** For the demo system of {@code ./rodtraad start}: data kept between starts; runs until {@code ./rodtraad stop}. */
    public static StackConfig local() {
        return of("local", 5433, 9092, 9093, 8180, 8190, true, Lifetime.UNTIL_STOPPED, 8081);
    }

    /**
     * For {@code ./rodtraad bench}: ports of its own (beside a running demo and the tests), fresh data at every run, and
     * everything stops when the bench's JVM exits.
     */
    public static StackConfig bench() {
        return of("bench", 25433, 25092, 25093, 25180, 25190, false, Lifetime.JVM, 25081);
    }

    private static StackConfig of(String name, int pg, int kafka, int controller, int keycloak, int management,
            boolean keepsData, Lifetime lifetime, int firstServicePort) {
        Path root = repositoryRoot();
        String prefix = "rodtraad." + name + ".";
        Path stateDir = Path.of(setting(prefix + "state-dir", root.resolve(".rodtraad").resolve(name).toString()));
        return new StackConfig(name, root, stateDir,
                port(prefix + "pg-port", pg), port(prefix + "kafka-port", kafka),
                port(prefix + "kafka-controller-port", controller), port(prefix + "keycloak-port", keycloak),
                port(prefix + "keycloak-management-port", management), keepsData, lifetime,
                Map.of(CONCERN, port(prefix + "concern-port", firstServicePort),
                        NETWORK_MEETING, port(prefix + "network-meeting-port", firstServicePort + 1),
                        CATALOGUE, port(prefix + "catalogue-port", firstServicePort + 2),
                        FOLLOWUP, port(prefix + "followup-port", firstServicePort + 3),
                        AUTHORITY_CONSUMER, port(prefix + "authority-consumer-port", firstServicePort + 4),
                        ANALYTICS, port(prefix + "analytics-port", firstServicePort + 5)));
    }

    /** This stack with another lifetime: the same ports and state folder. */
    public StackConfig withLifetime(Lifetime other) {
        return new StackConfig(name, root, stateDir, postgresPort, kafkaPort, kafkaControllerPort, keycloakPort,
                keycloakManagementPort, keepsData, other, servicePorts);
    }

    /** The database each service owns. */
    public static String databaseOf(String service) {
        return service.replace("-service", "").replace('-', '_');
    }

    /**
     * How far apart the ports of a service's instances lie: its second instance listens on its port plus this (the
     * test stack's concern-service on 18081 and 18181), so the stacks' port sets, overridden or not, never meet.
     */
    public static final int INSTANCE_PORT_STEP = 100;

    /** The most instances of a service a stack runs side by side. */
    public static final int MAX_INSTANCES = 2;

    public int servicePort(String service) {
        return servicePorts.get(service);
    }

    /** The port of a service's {@code instance} (1 for the first), derived from {@link #servicePort}. */
    public int servicePort(String service, int instance) {
        if (instance < 1 || instance > MAX_INSTANCES) {
            throw new IllegalArgumentException("A service runs as 1 to " + MAX_INSTANCES + " instances, not " + instance);
        }
        return servicePort(service) + (instance - 1) * INSTANCE_PORT_STEP;
    }

    /**
     * Where a service's management port (its metrics, ADR 0036) lies from its HTTP port: the local stack's
     * concern-service serves its pages on 8081 and its metrics on 7081, its second instance on 8181 and 7181. Below,
     * not above: above, the stacks' ports plus a few (StackCommandIT's stack) would meet the test stack's Kafka.
     */
    public static final int MANAGEMENT_PORT_OFFSET = -1000;

    /** The port of a service instance's management interface, where its metrics are ({@code /q/metrics}). */
    public int managementPort(String service, int instance) {
        return servicePort(service, instance) + MANAGEMENT_PORT_OFFSET;
    }

    /** The repository root: {@code rodtraad.root} (set by the build), else the nearest folder with {@code mvnw}. */
    public static Path repositoryRoot() {
        String configured = System.getProperty("rodtraad.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("testkit"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the Rød Tråd repository root; set -Drodtraad.root=<path>");
    }

    /** A setting from a system property, else the environment ({@code a.b-c} → {@code A_B_C}), else the default. */
    public static String setting(String key, String defaultValue) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }

    private static int port(String key, int defaultPort) {
        return Integer.parseInt(setting(key, String.valueOf(defaultPort)));
    }
}
