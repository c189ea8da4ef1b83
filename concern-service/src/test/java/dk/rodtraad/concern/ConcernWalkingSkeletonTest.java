package dk.rodtraad.concern;

import dk.rodtraad.testkit.quarkus.WalkingSkeletonTests;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConcernWalkingSkeletonTest extends WalkingSkeletonTests {

    @Override
    protected String clientId() {
        return "concern-service";
    }

    @Override
    protected String startPageTitle() {
        return "Bekymringer";
    }

    @Override
    protected boolean keepsTimeline() {
        return true;
    }

    @Override
    protected boolean opensEveryTimeline() {
        return false;
    }
}
