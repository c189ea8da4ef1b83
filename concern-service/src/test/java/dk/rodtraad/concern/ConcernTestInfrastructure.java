package dk.rodtraad.concern;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * concern-service's tests run against the real PostgreSQL, Kafka and Keycloak, in a database of their own, logged in to
 * Kafka as concern-service, so its ACLs hold here as in production.
 */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = {
        @ResourceArg(name = "database", value = "concern"),
        @ResourceArg(name = "kafka-principal", value = KafkaPrincipals.CONCERN_SERVICE)})
public final class ConcernTestInfrastructure {
    private ConcernTestInfrastructure() {
    }
}
