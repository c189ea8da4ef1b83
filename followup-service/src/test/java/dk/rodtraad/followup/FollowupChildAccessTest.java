package dk.rodtraad.followup;

import dk.rodtraad.testkit.quarkus.ChildAccessReplicaTests;
import io.quarkus.test.junit.QuarkusTest;

/** followup-service shows a child's data only to those concern-service granted it to (ADR 0006). */
@QuarkusTest
class FollowupChildAccessTest extends ChildAccessReplicaTests {

    @Override
    protected String clientId() {
        return "followup-service";
    }
}
