package dk.rodtraad.catalogue;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * catalogue-service's tests run against the real PostgreSQL, Kafka and Keycloak, in a database of their own, logged in to
 * Kafka as catalogue-service, so its ACLs hold here as in production.
 */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = {
        @ResourceArg(name = "database", value = "catalogue"),
        @ResourceArg(name = "kafka-principal", value = KafkaPrincipals.CATALOGUE_SERVICE)})
public final class CatalogueTestInfrastructure {
    private CatalogueTestInfrastructure() {
    }
}
