package dk.rodtraad.systemtests.operations;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A test JVM builds no log record it drops: Quarkus's initial log configurator, on every test class path, enables
 * every level until a Quarkus application configures logging, which this JVM never does. Without the parent pom's
 * {@code logging.initial-configurator.min-level}, RestAssured's HTTP client formatted every byte of every request for
 * its wire log and the Kafka clients wrote their TRACE, a fifth of the authorization matrix's time.
 */
class TestJvmLoggingTest {

    @Test
    void debugRecordsAreNotBuiltInATestJvm() {
        assertFalse(org.apache.commons.logging.LogFactory.getLog("org.apache.http.wire").isDebugEnabled(),
                "the HTTP client's wire log");
        assertFalse(org.slf4j.LoggerFactory.getLogger("org.apache.kafka.clients").isDebugEnabled(),
                "the Kafka clients' debug log");
    }
}
