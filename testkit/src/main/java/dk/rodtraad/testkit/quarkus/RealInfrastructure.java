package dk.rodtraad.testkit.quarkus;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.Infrastructure;
import dk.rodtraad.testkit.KafkaLogin;
import dk.rodtraad.testkit.ServiceConfig;
import dk.rodtraad.testkit.StackConfig;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} the real PostgreSQL, Kafka and Keycloak of the test stack, a database of its own, and
 * the service's Kafka principal (see {@link dk.rodtraad.contracts.KafkaPrincipals}). Declare it once per module, on
 * any class of the test sources:
 * <pre>
 * &#64;QuarkusTestResource(value = RealInfrastructure.class, initArgs = {
 *         &#64;ResourceArg(name = "database", value = "concern"),
 *         &#64;ResourceArg(name = "kafka-principal", value = KafkaPrincipals.CONCERN_SERVICE)})
 * </pre>
 * (a {@code @QuarkusTestResource} applies to every test of the module, so the application starts once).
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static Infrastructure current;
    private String database;
    private String kafkaPrincipal;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "test");
        kafkaPrincipal = initArgs.get("kafka-principal");
        if (kafkaPrincipal == null) {
            throw new IllegalArgumentException("RealInfrastructure needs the service's Kafka principal: "
                    + "@ResourceArg(name = \"kafka-principal\", value = ...)");
        }
    }

    @Override
    public Map<String, String> start() {
        current = Infrastructure.create(StackConfig.forTests());
        current.start();
        return ServiceConfig.of(current, database, kafkaPrincipal);
    }

    @Override
    public void stop() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /**
     * The super user's Kafka login, for a test that plays another service or a broken producer, or reads what a
     * service sent (e.g. its dead letters).
     */
    public static KafkaLogin kafkaAdmin() {
        return current().kafkaLogin(KafkaPrincipals.ADMIN);
    }

    /** The running infrastructure, for a test that takes Kafka away or reads a topic itself. */
    public static Infrastructure current() {
        if (current == null) {
            throw new IllegalStateException("RealInfrastructure has not started");
        }
        return current;
    }
}
