package dk.rodtraad.catalogue;

import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** catalogue-service's tests run against the real PostgreSQL, Kafka and Keycloak, in a database of their own. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "catalogue"))
public final class CatalogueTestInfrastructure {
    private CatalogueTestInfrastructure() {
    }
}
