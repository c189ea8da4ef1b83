package dk.rodtraad.networkmeeting;

import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** network-meeting-service's tests run against the real PostgreSQL, Kafka and Keycloak, in a database of their own. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "network_meeting"))
public final class NetworkMeetingTestInfrastructure {
    private NetworkMeetingTestInfrastructure() {
    }
}
