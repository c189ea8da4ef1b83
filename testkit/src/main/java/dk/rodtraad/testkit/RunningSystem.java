package dk.rodtraad.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole system: the infrastructure and the four services as separate processes from their packaged jars.
 * Used by the system tests and by {@code ./rodtraad start}. What it starts, {@link #close()} stops.
 */
public final class RunningSystem implements AutoCloseable {

    public static final List<String> SERVICES = List.of(StackConfig.CONCERN, StackConfig.NETWORK_MEETING,
            StackConfig.CATALOGUE, StackConfig.FOLLOWUP);

    private final StackConfig config;
    private final Infrastructure infrastructure;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final List<ServiceProcess> started = new ArrayList<>();

    private RunningSystem(StackConfig config) {
        this.config = config;
        this.infrastructure = Infrastructure.create(config);
        SERVICES.forEach(service -> services.put(service, new ServiceProcess(config, service)));
    }

    /** Starts (or reuses) the infrastructure and every service, and waits until all are ready. */
    public static RunningSystem start(StackConfig config) {
        return start(config, line -> {
        });
    }

    /**
     * As {@link #start(StackConfig)}, telling {@code progress} one line per component as it is ready (started or
     * reused, in how many seconds), for the local stack's user to see it move.
     */
    public static RunningSystem start(StackConfig config, Consumer<String> progress) {
        var system = new RunningSystem(config);
        try {
            Instant begun = Instant.now();
            system.infrastructure.start();
            progress.accept(ready("PostgreSQL, Kafka and Keycloak", begun));
            // The services start side by side: each one's time counts from when they were all launched.
            Instant servicesBegun = Instant.now();
            for (ServiceProcess service : system.services.values()) {
                if (service.start(system.configOf(service.name()))) {
                    system.started.add(service);
                }
            }
            for (ServiceProcess service : system.services.values()) {
                service.awaitReady(Duration.ofSeconds(120));
                progress.accept(ready(service.name(), servicesBegun));
            }
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    /** What a service of this stack is started with: its servers, its secrets, the links to the other services. */
    public Map<String, String> configOf(String service) {
        var serviceConfig = ServiceConfig.forJar(infrastructure, service);
        if (service.equals(StackConfig.CONCERN)) {
            // The child page links to network-meeting- and followup-service's pages where this stack runs them.
            serviceConfig.put("rodtraad.links.network-meeting",
                    "http://localhost:" + config.servicePort(StackConfig.NETWORK_MEETING));
            serviceConfig.put("rodtraad.links.followup", "http://localhost:" + config.servicePort(StackConfig.FOLLOWUP));
        }
        if (service.equals(StackConfig.FOLLOWUP)) {
            // A plan red at its review links to the child's page in concern-service, to notify from there.
            serviceConfig.put("rodtraad.links.concern", "http://localhost:" + config.servicePort(StackConfig.CONCERN));
        }
        return serviceConfig;
    }

    public ServiceProcess service(String service) {
        var process = services.get(service);
        if (process == null) {
            throw new IllegalArgumentException("No service " + service + "; the services are " + SERVICES);
        }
        return process;
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

    public String url(String service) {
        return services.get(service).url();
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }

    /** Stops every service, whoever started it (the infrastructure is stopped by its owner). */
    public void stopServices() {
        services.values().forEach(ServiceProcess::stop);
    }

    @Override
    public void close() {
        started.forEach(ServiceProcess::stop);
        started.clear();
        infrastructure.close();
    }
}
