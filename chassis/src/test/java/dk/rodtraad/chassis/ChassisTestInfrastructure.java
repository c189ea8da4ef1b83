package dk.rodtraad.chassis;

import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every chassis test runs against the real PostgreSQL, Kafka and Keycloak, with its own database. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "chassis"))
public final class ChassisTestInfrastructure {
    private ChassisTestInfrastructure() {
    }
}
