package dk.rodtraad.chassis;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every chassis test runs against the real PostgreSQL, Kafka and Keycloak, with its own database. The chassis's test
 * application stands in for any service (it publishes concern events, keeps replicas, dead-letters to a topic of its
 * own), so it logs in to Kafka as the admin; the services' own tests run under their ACLs.
 */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = {
        @ResourceArg(name = "database", value = "chassis"),
        @ResourceArg(name = "kafka-principal", value = KafkaPrincipals.ADMIN)})
public final class ChassisTestInfrastructure {
    private ChassisTestInfrastructure() {
    }
}
