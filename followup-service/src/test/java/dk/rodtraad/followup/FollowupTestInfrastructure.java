package dk.rodtraad.followup;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * followup-service's tests run against the real PostgreSQL, Kafka and Keycloak, in a database of their own, logged in to
 * Kafka as followup-service, so its ACLs hold here as in production.
 */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = {
        @ResourceArg(name = "database", value = "followup"),
        @ResourceArg(name = "kafka-principal", value = KafkaPrincipals.FOLLOWUP_SERVICE)})
public final class FollowupTestInfrastructure {
    private FollowupTestInfrastructure() {
    }
}
