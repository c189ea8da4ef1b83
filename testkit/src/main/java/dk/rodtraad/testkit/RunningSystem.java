package dk.rodtraad.testkit;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.embedded.Readiness;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The whole system: the infrastructure, the four services and the authority's consumer as separate processes from
 * their packaged jars.
 * Used by the system tests and by {@code ./rodtraad start}. What it starts, {@link #close()} stops.
 * <p>
 * Each service runs as one instance, or as {@link StackConfig#MAX_INSTANCES} side by side on request: the same jar,
 * database and Kafka consumer groups, each instance on its own port. Kafka shares a topic's partitions among a
 * group's instances, the outbox relays lock their rows ({@code FOR NO KEY UPDATE SKIP LOCKED}), and the inbox drops
 * what a rebalance delivers twice; see docs/architecture.md, "Two instances of every service".
 */
public final class RunningSystem implements AutoCloseable {

    public static final List<String> SERVICES = List.of(StackConfig.CONCERN, StackConfig.NETWORK_MEETING,
            StackConfig.CATALOGUE, StackConfig.FOLLOWUP);

    private final StackConfig config;
    private final Infrastructure infrastructure;
    /** Every instance a service may run as, the first one first. */
    private final Map<String, List<ServiceProcess>> services = new LinkedHashMap<>();
    private final List<ServiceProcess> started = new ArrayList<>();
    private final ServiceProcess authorityConsumer;
    /** The analysts' pseudonymiser: started on request ({@link #startAnalytics}), not by {@link #start}. */
    private final ServiceProcess analytics;

    private RunningSystem(StackConfig config) {
        this.config = config;
        this.infrastructure = Infrastructure.create(config);
        this.authorityConsumer = new ServiceProcess(config, StackConfig.AUTHORITY_CONSUMER);
        SERVICES.forEach(service -> services.put(service, IntStream.rangeClosed(1, StackConfig.MAX_INSTANCES)
                .mapToObj(instance -> new ServiceProcess(config, service, instance)).toList()));
        this.analytics = new ServiceProcess(config, StackConfig.ANALYTICS);
    }

    /** Starts (or reuses) the infrastructure and every service, and waits until all are ready. */
    public static RunningSystem start(StackConfig config) {
        return start(config, 1, line -> {
        });
    }

    /** As {@link #start(StackConfig, int, Consumer)} with one instance of every service. */
    public static RunningSystem start(StackConfig config, Consumer<String> progress) {
        return start(config, 1, progress);
    }

    /**
     * As {@link #start(StackConfig)}, with {@code instances} instances of every service, telling {@code progress}
     * one line per component as it is ready (started or reused, in how many seconds), for the local stack's user to
     * see it move.
     */
    public static RunningSystem start(StackConfig config, int instances, Consumer<String> progress) {
        var system = new RunningSystem(config);
        try {
            Instant begun = Instant.now();
            system.infrastructure.start();
            progress.accept(ready("PostgreSQL, Kafka and Keycloak", begun));
            system.startInstances(instances, progress);
            system.startAuthorityConsumer(progress);
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    /**
     * Starts the first {@code count} instances of every service that do not run yet, side by side, and waits until
     * each is ready; each one's time counts from when they were all launched.
     */
    public void startInstances(int count, Consumer<String> progress) {
        Instant launched = Instant.now();
        var instances = services.values().stream().flatMap(all -> all.subList(0, count).stream()).toList();
        for (ServiceProcess instance : instances) {
            if (instance.start(serviceConfig(instance.name()))) {
                started.add(instance);
            }
        }
        for (ServiceProcess instance : instances) {
            instance.awaitReady(Readiness.deadline());
            progress.accept(ready(label(instance), launched));
        }
    }

    /**
     * Trains the first instance of every service on a real start, side by side, and leaves them stopped (ADR 0029,
     * {@link ServiceProcess#train}): each one's later starts use the AOT cache it wrote, until the next build.
     * Tells {@code progress} how long it took, or why nothing was trained; returns whether it trained them.
     */
    public boolean trainStartups(Consumer<String> progress) {
        if (!StartupTraining.supported()) {
            progress.accept("  No startup training: JDK " + Runtime.version().feature()
                    + " cannot record an AOT cache in one run (JDK 25 and newer can)");
            return false;
        }
        Instant begun = Instant.now();
        SideBySide.run("training the services' starts", SERVICES.stream()
                .map(service -> (Runnable) () -> instance(service, 1).train(serviceConfig(service))).toList());
        progress.accept(String.format("  %-30s trained in %d s", "the services' starts",
                Duration.between(begun, Instant.now()).toSeconds()));
        return true;
    }

    /**
     * Starts the authority's consumer (ADR 0023) unless it runs, delivering the notifications as JSON files to
     * {@link #authorityFolder()}, and waits until it has joined its consumer group.
     */
    public void startAuthorityConsumer(Consumer<String> progress) {
        Instant launched = Instant.now();
        var settings = ServiceConfig.forAuthorityConsumer(infrastructure);
        settings.put("rodtraad.authority.folder", authorityFolder().toString());
        if (authorityConsumer.start(settings)) {
            started.add(authorityConsumer);
        }
        authorityConsumer.awaitReady(Readiness.deadline());
        progress.accept(ready(StackConfig.AUTHORITY_CONSUMER, launched));
    }

    /** The authority's consumer, running or not. */
    public ServiceProcess authorityConsumer() {
        return authorityConsumer;
    }

    /** Where the stack's authority's consumer puts the notifications, as a case system would take them. */
    public Path authorityFolder() {
        return config.stateDir().resolve("authority").resolve("underretninger");
    }

    /** What a service's instance is told: where the infrastructure is, and where the other services' pages are. */
    public Map<String, String> serviceConfig(String service) {
        var serviceConfig = ServiceConfig.forJar(infrastructure, service);
        // Each service's pages link to the others' (the footer's way between the parts, a child's pages) where this
        // stack runs them.
        Map.of(StackConfig.CONCERN, "rodtraad.links.concern", StackConfig.NETWORK_MEETING,
                "rodtraad.links.network-meeting", StackConfig.CATALOGUE, "rodtraad.links.catalogue",
                StackConfig.FOLLOWUP, "rodtraad.links.followup").forEach((other, setting) ->
                serviceConfig.put(setting, "http://localhost:" + config.servicePort(other)));
        if (service.equals(StackConfig.FOLLOWUP)) {
            if (config.name().equals("test")) {
                // The system tests read the interventions' results off the wire: evaluated every few seconds, not hourly.
                serviceConfig.put("rodtraad.evaluation.publish-every", "5s");
                serviceConfig.put("rodtraad.evaluation.publish-delay", "5s");
            }
        }
        return serviceConfig;
    }

    /**
     * Starts the analysts' pseudonymiser unless it runs, and waits until it is ready (its Kafka Streams application
     * runs). The local stack and the system tests run it; the bench only for its own step, after the services' figures.
     */
    public void startAnalytics(Consumer<String> progress) {
        Instant launched = Instant.now();
        if (analytics.start(analyticsConfig())) {
            started.add(analytics);
        }
        analytics.awaitReady(Readiness.deadline());
        progress.accept(ready(StackConfig.ANALYTICS, launched));
    }

    /** What the pseudonymiser is told: Kafka as its own principal, and the demo child key (DemoAnalyticsKey). */
    public Map<String, String> analyticsConfig() {
        KafkaLogin kafka = infrastructure.kafkaLogin(KafkaPrincipals.ANALYTICS_STREAM);
        var analyticsConfig = new LinkedHashMap<String, String>();
        analyticsConfig.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        analyticsConfig.put("kafka.security.protocol", kafka.securityProtocol());
        analyticsConfig.put("rodtraad.kafka.username", kafka.principal());
        analyticsConfig.put("rodtraad.kafka.password", kafka.password());
        analyticsConfig.put("rodtraad.analytics.child-key", DemoAnalyticsKey.BASE64);
        analyticsConfig.put("rodtraad.analytics.key-id", DemoAnalyticsKey.KEY_ID);
        return analyticsConfig;
    }

    /** The analysts' pseudonymiser, running or not. */
    public ServiceProcess analytics() {
        return analytics;
    }

    /** e.g. "concern-service", "concern-service #2" */
    public static String label(ServiceProcess instance) {
        return instance.instance() == 1 ? instance.name() : instance.name() + " #" + instance.instance();
    }

    /** A service's first instance. */
    public ServiceProcess service(String service) {
        var instances = services.get(service);
        if (instances == null) {
            throw new IllegalArgumentException("No service " + service + "; the services are " + SERVICES);
        }
        return instances.getFirst();
    }

    /** e.g. "  concern-service             ready after 14 s" */
    private static String ready(String component, Instant begun) {
        return String.format("  %-30s ready after %d s", component, Duration.between(begun, Instant.now()).toSeconds());
    }

    /** A handle on a system that may be running (for stop and status), without starting anything. */
    public static RunningSystem attach(StackConfig config) {
        return new RunningSystem(config);
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    public StackConfig config() {
        return config;
    }

    /** The address of a service's first instance. */
    public String url(String service) {
        return instance(service, 1).url();
    }

    /** The first instance of every service. */
    public List<ServiceProcess> services() {
        return services.values().stream().map(List::getFirst).toList();
    }

    /** A service's {@code instance} (1 for the first), running or not. */
    public ServiceProcess instance(String service, int instance) {
        return services.get(service).get(instance - 1);
    }

    /** Every instance of every service that runs now. */
    public List<ServiceProcess> runningInstances() {
        return services.values().stream().flatMap(List::stream)
                .filter(instance -> instance.running().isPresent()).toList();
    }

    /**
     * Stops every instance of every service, the pseudonymiser and the authority's consumer, whoever started them (the
     * infrastructure is stopped by its owner).
     */
    public void stopServices() {
        var all = new ArrayList<ServiceProcess>(List.of(analytics, authorityConsumer));
        services.values().forEach(all::addAll);
        stopSideBySide(all);
    }

    /** Stops the processes side by side, each as {@link ServiceProcess#stop} does: one after another took long. */
    private static void stopSideBySide(List<ServiceProcess> processes) {
        SideBySide.run("stopping the services", processes.stream().map(process -> (Runnable) process::stop).toList());
    }

    @Override
    public void close() {
        // The services before the servers: the pseudonymiser's Kafka Streams close, and every consumer's last commit,
        // wait for the broker.
        stopSideBySide(started);
        started.clear();
        infrastructure.close();
    }
}
