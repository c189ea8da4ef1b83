package dk.rodtraad.networkmeeting;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * network-meeting-service's tests run against the real PostgreSQL, Kafka and Keycloak, in a database of their own,
 * logged in to Kafka as network-meeting-service, so its ACLs hold here as in production.
 */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = {
        @ResourceArg(name = "database", value = "network_meeting"),
        @ResourceArg(name = "kafka-principal", value = KafkaPrincipals.NETWORK_MEETING_SERVICE)})
public final class NetworkMeetingTestInfrastructure {
    private NetworkMeetingTestInfrastructure() {
    }
}
