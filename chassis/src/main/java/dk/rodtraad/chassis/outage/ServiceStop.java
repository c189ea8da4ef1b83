package dk.rodtraad.chassis.outage;

import io.quarkus.runtime.ApplicationLifecycleManager;

/**
 * The service's own stop, told apart from an outage. Stopped (SIGTERM from an orchestrator, {@code ./rodtraad stop}),
 * Quarkus closes the database pool and Hibernate's sessions while a consumer may still be applying a batch and the
 * outbox relay sending a round: SmallRye Kafka stops the consumers only after the pool is closed
 * (smallrye/smallrye-reactive-messaging#3127, open). What fails then ("Pool closed", "Session/EntityManager is
 * closed") says only that the service is stopping, and nothing is lost: the batch stays unacknowledged and the
 * relay's rows unsent, and both go at the next start. So the {@link DatabaseOutage} is not told, the inbox does not
 * take the batch apart, and the relay does not warn.
 */
public final class ServiceStop {

    /** Whether the JVM is shutting down, as it does at the first step of Quarkus's stop. */
    public static boolean underway() {
        return ApplicationLifecycleManager.isVmShuttingDown();
    }

    private ServiceStop() {
    }
}
