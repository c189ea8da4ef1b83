package dk.rodtraad.catalogue;

import dk.rodtraad.testkit.quarkus.WalkingSkeletonTests;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CatalogueWalkingSkeletonTest extends WalkingSkeletonTests {

    @Override
    protected String clientId() {
        return "catalogue-service";
    }

    @Override
    protected String startPageTitle() {
        return "Indsatskatalog";
    }

    @Override
    protected boolean keepsTimeline() {
        return false;
    }
}
