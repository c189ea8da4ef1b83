package dk.rodtraad.networkmeeting;

import dk.rodtraad.testkit.quarkus.WalkingSkeletonTests;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NetworkMeetingWalkingSkeletonTest extends WalkingSkeletonTests {

    @Override
    protected String clientId() {
        return "network-meeting-service";
    }

    @Override
    protected String startPageTitle() {
        return "Netværksmøder";
    }

    @Override
    protected boolean keepsTimeline() {
        return true;
    }
}
