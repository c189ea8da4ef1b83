package dk.rodtraad.networkmeeting;

import dk.rodtraad.testkit.quarkus.ChildAccessReplicaTests;
import io.quarkus.test.junit.QuarkusTest;

/** network-meeting-service shows a child's data only to those concern-service granted it to (ADR 0006). */
@QuarkusTest
class NetworkMeetingChildAccessTest extends ChildAccessReplicaTests {

    @Override
    protected String clientId() {
        return "network-meeting-service";
    }
}
