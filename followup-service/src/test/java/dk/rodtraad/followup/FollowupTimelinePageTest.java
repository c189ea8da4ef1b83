package dk.rodtraad.followup;

import dk.rodtraad.testkit.quarkus.TimelinePageTests;
import io.quarkus.test.junit.QuarkusTest;

/** followup-service's start page for every role, and a child's timeline in words for those who may see the child. */
@QuarkusTest
class FollowupTimelinePageTest extends TimelinePageTests {

    @Override
    protected String clientId() {
        return "followup-service";
    }
}
