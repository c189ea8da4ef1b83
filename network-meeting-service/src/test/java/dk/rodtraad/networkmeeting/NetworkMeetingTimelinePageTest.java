package dk.rodtraad.networkmeeting;

import dk.rodtraad.testkit.quarkus.TimelinePageTests;
import io.quarkus.test.junit.QuarkusTest;

/** network-meeting-service's start page for every role, and a child's timeline in words for those who may see the child. */
@QuarkusTest
class NetworkMeetingTimelinePageTest extends TimelinePageTests {

    @Override
    protected String clientId() {
        return "network-meeting-service";
    }
}
