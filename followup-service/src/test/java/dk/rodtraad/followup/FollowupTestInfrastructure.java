package dk.rodtraad.followup;

import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** followup-service's tests run against the real PostgreSQL, Kafka and Keycloak, in a database of their own. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
public final class FollowupTestInfrastructure {
    private FollowupTestInfrastructure() {
    }
}
