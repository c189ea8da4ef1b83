package dk.rodtraad.followup;

import dk.rodtraad.testkit.quarkus.WalkingSkeletonTests;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FollowupWalkingSkeletonTest extends WalkingSkeletonTests {

    @Override
    protected String clientId() {
        return "followup-service";
    }

    @Override
    protected String startPageTitle() {
        return "Opfølgning";
    }

    @Override
    protected boolean keepsTimeline() {
        return true;
    }
}
