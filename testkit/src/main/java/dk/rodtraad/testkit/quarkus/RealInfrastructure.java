package dk.rodtraad.testkit.quarkus;

import dk.rodtraad.testkit.Infrastructure;
import dk.rodtraad.testkit.ServiceConfig;
import dk.rodtraad.testkit.StackConfig;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} the real PostgreSQL, Kafka and Keycloak of the test stack, and a database of its own.
 * Declare it once per module, on any class of the test sources:
 * <pre>
 * &#64;QuarkusTestResource(value = RealInfrastructure.class, initArgs = &#64;ResourceArg(name = "database", value = "concern"))
 * </pre>
 * (a {@code @QuarkusTestResource} applies to every test of the module, so the application starts once).
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static Infrastructure current;
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "test");
    }

    @Override
    public Map<String, String> start() {
        current = Infrastructure.create(StackConfig.forTests());
        current.start();
        return ServiceConfig.of(current, database);
    }

    @Override
    public void stop() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** The running infrastructure, for a test that takes Kafka away or reads a topic itself. */
    public static Infrastructure current() {
        if (current == null) {
            throw new IllegalStateException("RealInfrastructure has not started");
        }
        return current;
    }
}
