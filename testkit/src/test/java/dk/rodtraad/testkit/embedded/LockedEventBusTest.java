package dk.rodtraad.testkit.embedded;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.KafkaLogin;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.testkit.embedded.BusClients.read;
import static dk.rodtraad.testkit.embedded.BusClients.write;
import static dk.rodtraad.testkit.embedded.BusClients.writeInATransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The broker refuses whoever does not log in, and every principal whatever contracts' {@link KafkaPrincipals} does not
 * grant it, on read and on write; the rightful principal gets through (so a broker that refused everything would
 * fail here too).
 */
class LockedEventBusTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /**
     * A producer is idempotent by default, and since KIP-679 gets its producer id only with WRITE on some topic: one
     * that may write nowhere is refused that (ClusterAuthorizationException) or the topic, whichever comes first.
     */
    private static final String WRITES_NOWHERE = "a principal that may write nowhere";
    private static KafkaBroker broker;

    @BeforeAll
    static void start() {
        var stack = StackConfig.forTests();
        broker = new KafkaBroker(stack.root(), stack.stateDir().resolve("locked-event-bus-test"), PortsOfTheirOwn.kafka(),
                PortsOfTheirOwn.kafkaController());
        broker.start(true);
    }

    @AfterAll
    static void stop() {
        broker.stop();
    }

    @Test
    void aClientThatDoesNotLogInCanNeitherReadNorWrite() {
        // It gets no answer at all: the listener speaks SASL first, so the client waits until it gives up.
        var anonymous = Map.<String, Object>of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        assertInstanceOf(TimeoutException.class, write(anonymous, Topics.CONCERN_EVENTS));
        assertInstanceOf(TimeoutException.class, read(anonymous, Topics.CONCERN_EVENTS));
    }

    @Test
    void aClientWithAWrongPasswordIsRefused() {
        var impostor = new KafkaLogin(broker.bootstrapServers(), "SASL_PLAINTEXT", KafkaPrincipals.CONCERN_SERVICE,
                "guessed").clientConfig();
        assertInstanceOf(SaslAuthenticationException.class, write(impostor, Topics.CONCERN_EVENTS));
        assertInstanceOf(SaslAuthenticationException.class, read(impostor, Topics.AUTHORITY_NOTIFICATIONS));
    }

    @Test
    void onlyTheAuthorityReadsTheRestrictedTopicAndOnlyConcernServiceWritesIt() {
        String key = UUID.randomUUID().toString();
        assertNull(write(as(KafkaPrincipals.CONCERN_SERVICE), Topics.AUTHORITY_NOTIFICATIONS, key));
        assertEquals(key, new KafkaTestClient(broker.login(KafkaPrincipals.AUTHORITY))
                .await(Topics.AUTHORITY_NOTIFICATIONS, record -> key.equals(record.key()), PATIENCE).key());

        for (String other : KafkaPrincipals.ALL.stream().map(KafkaPrincipals.Principal::name)
                .filter(name -> !name.equals(KafkaPrincipals.AUTHORITY)).toList()) {
            assertInstanceOf(TopicAuthorizationException.class, read(as(other), Topics.AUTHORITY_NOTIFICATIONS), other);
        }
        assertInstanceOf(TopicAuthorizationException.class,
                write(as(KafkaPrincipals.FOLLOWUP_SERVICE), Topics.AUTHORITY_NOTIFICATIONS));
        Exception refused = write(as(KafkaPrincipals.AUTHORITY), Topics.AUTHORITY_NOTIFICATIONS);
        assertInstanceOf(AuthorizationException.class, refused, WRITES_NOWHERE + ": " + refused);
    }

    @Test
    void aServiceWritesOnlyItsOwnTopics() {
        assertNull(write(as(KafkaPrincipals.FOLLOWUP_SERVICE), Topics.FOLLOWUP_EVENTS));
        assertNull(write(as(KafkaPrincipals.FOLLOWUP_SERVICE), Topics.AUDIT));
        assertNull(write(as(KafkaPrincipals.FOLLOWUP_SERVICE), Topics.deadLetter(KafkaPrincipals.FOLLOWUP_SERVICE)));

        assertInstanceOf(TopicAuthorizationException.class,
                write(as(KafkaPrincipals.FOLLOWUP_SERVICE), Topics.CONCERN_EVENTS));
        assertInstanceOf(TopicAuthorizationException.class,
                write(as(KafkaPrincipals.FOLLOWUP_SERVICE), Topics.deadLetter(KafkaPrincipals.CONCERN_SERVICE)));
        assertInstanceOf(TopicAuthorizationException.class,
                write(as(KafkaPrincipals.CATALOGUE_SERVICE), Topics.CHILD_ACCESS));
    }

    @Test
    void aServiceReadsOnlyWhatItConsumesInItsOwnGroups() {
        var followup = new KafkaTestClient(broker.login(KafkaPrincipals.FOLLOWUP_SERVICE));
        String key = UUID.randomUUID().toString();
        new KafkaTestClient(broker.login(KafkaPrincipals.CATALOGUE_SERVICE))
                .send(new ProducerRecord<>(Topics.CATALOGUE_EVENTS, key, "{}"));
        assertEquals(key, followup.await(Topics.CATALOGUE_EVENTS, record -> key.equals(record.key()), PATIENCE).key());

        assertInstanceOf(TopicAuthorizationException.class, read(as(KafkaPrincipals.FOLLOWUP_SERVICE), Topics.AUDIT));
        assertInstanceOf(TopicAuthorizationException.class,
                read(as(KafkaPrincipals.CATALOGUE_SERVICE), Topics.CONCERN_EVENTS));
        // Another service's consumer group is not its own: it may not take concern-service's place or offsets.
        var inConcernServicesGroup = new java.util.HashMap<>(as(KafkaPrincipals.FOLLOWUP_SERVICE));
        inConcernServicesGroup.put(ConsumerConfig.GROUP_ID_CONFIG, "concern-service-timeline");
        assertInstanceOf(GroupAuthorizationException.class, read(inConcernServicesGroup, Topics.CONCERN_EVENTS));
    }

    @Test
    void theAnalystReadsTheAnalyticsTopicAndNothingElse() {
        String key = UUID.randomUUID().toString();
        assertNull(write(as(KafkaPrincipals.ANALYTICS_STREAM), Topics.ANALYTICS, key));
        assertEquals(key, new KafkaTestClient(broker.login(KafkaPrincipals.ANALYST))
                .await(Topics.ANALYTICS, record -> key.equals(record.key()), PATIENCE).key());

        for (String topic : Topics.all().stream().filter(topic -> !topic.equals(Topics.ANALYTICS)).toList()) {
            assertInstanceOf(TopicAuthorizationException.class, read(as(KafkaPrincipals.ANALYST), topic), topic);
        }
        Exception refused = write(as(KafkaPrincipals.ANALYST), Topics.ANALYTICS);
        assertInstanceOf(AuthorizationException.class, refused, WRITES_NOWHERE + ": " + refused);
    }

    @Test
    void thePseudonymiserReadsNoRestrictedTopicAndWritesOnlyTheAnalyticsTopicInItsOwnTransactions() {
        for (String restricted : List.of(Topics.AUTHORITY_NOTIFICATIONS, Topics.CHILD_ACCESS, Topics.AUDIT)) {
            assertInstanceOf(TopicAuthorizationException.class, read(as(KafkaPrincipals.ANALYTICS_STREAM), restricted),
                    restricted);
        }
        assertInstanceOf(TopicAuthorizationException.class, write(as(KafkaPrincipals.ANALYTICS_STREAM),
                Topics.CONCERN_EVENTS));
        // Kafka Streams' exactly-once: transactional ids under the principal's own prefix, and no one else's.
        assertNull(writeInATransaction(as(KafkaPrincipals.ANALYTICS_STREAM), "analytics-stream-test", Topics.ANALYTICS));
        assertInstanceOf(TransactionalIdAuthorizationException.class,
                writeInATransaction(as(KafkaPrincipals.ANALYTICS_STREAM), "concern-service-test", Topics.ANALYTICS));
        assertInstanceOf(TransactionalIdAuthorizationException.class,
                writeInATransaction(as(KafkaPrincipals.CONCERN_SERVICE), "concern-service-test", Topics.CONCERN_EVENTS));
    }

    private static Map<String, Object> as(String principal) {
        return broker.login(principal).clientConfig();
    }
}
