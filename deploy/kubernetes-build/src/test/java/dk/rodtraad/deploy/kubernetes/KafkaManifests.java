package dk.rodtraad.deploy.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.TopicSpec;
import dk.rodtraad.contracts.Topics;

import java.util.List;
import java.util.TreeSet;

/**
 * Strimzi's {@code KafkaTopic}s and {@code KafkaUser}s, made from contracts' {@link Topics#specs()} and
 * {@link KafkaPrincipals#ALL}, the same tables testkit's broker is set up from, so the cluster's topics and ACLs can
 * never drift from what the services were tested against.
 */
final class KafkaManifests {

    /** The {@code Kafka} resource's name (base/kafka/kafka.yaml); Strimzi names its services and secrets after it. */
    static final String CLUSTER = "rodtraad";
    /** Every topic is kept on three brokers and a write needs two of them. */
    static final int REPLICAS = 3;
    static final int MIN_IN_SYNC_REPLICAS = 2;

    static String topics() {
        List<ObjectNode> topics = Topics.specs().stream().map(KafkaManifests::topic).toList();
        return Yaml.write("""
                Generated from contracts' Topics.specs() by kubernetes-build's GeneratedManifestsTest: do not edit.
                Partitions and retention: docs/events.md, "Topics".""", topics);
    }

    static String users() {
        List<ObjectNode> users = KafkaPrincipals.ALL.stream().map(KafkaManifests::user).toList();
        return Yaml.write("""
                Generated from contracts' KafkaPrincipals.ALL by kubernetes-build's GeneratedManifestsTest: do not edit.
                One SCRAM-SHA-512 user per principal; Strimzi writes its password into a Secret of the same name.
                The rights: docs/events.md, "Who may read and write what" (ADR 0011).""", users);
    }

    private static ObjectNode topic(TopicSpec spec) {
        ObjectNode topic = resource("KafkaTopic", spec.name());
        ObjectNode body = topic.putObject("spec");
        body.put("topicName", spec.name());
        body.put("partitions", spec.partitions());
        body.put("replicas", REPLICAS);
        ObjectNode config = body.putObject("config");
        config.put("cleanup.policy", "delete");
        config.put("retention.ms", spec.retentionMs());
        config.put("min.insync.replicas", MIN_IN_SYNC_REPLICAS);
        return topic;
    }

    private static ObjectNode user(KafkaPrincipals.Principal principal) {
        ObjectNode user = resource("KafkaUser", principal.name());
        ObjectNode body = user.putObject("spec");
        body.putObject("authentication").put("type", "scram-sha-512");
        ObjectNode authorization = body.putObject("authorization");
        authorization.put("type", "simple");
        ArrayNode acls = authorization.putArray("acls");
        // Sorted: contracts' lists are built partly from a Set, whose order changes from one JVM to the next.
        new TreeSet<>(principal.writes()).forEach(topic -> acl(acls, "topic", topic, "literal", "Write"));
        new TreeSet<>(principal.reads()).forEach(topic -> acl(acls, "topic", topic, "literal", "Read"));
        if (!principal.reads().isEmpty()) {
            acl(acls, "group", principal.groupPrefix(), "prefix", "Read");
        }
        if (KafkaPrincipals.TRANSACTIONAL.contains(principal.name())) {
            acl(acls, "transactionalId", principal.groupPrefix(), "prefix", "Write");
        }
        return user;
    }

    private static void acl(ArrayNode acls, String type, String name, String patternType, String operation) {
        ObjectNode acl = acls.addObject();
        acl.putObject("resource").put("type", type).put("name", name).put("patternType", patternType);
        acl.putArray("operations").add(operation);
    }

    private static ObjectNode resource(String kind, String name) {
        ObjectNode resource = Yaml.MAPPER.createObjectNode();
        resource.put("apiVersion", "kafka.strimzi.io/v1");
        resource.put("kind", kind);
        ObjectNode metadata = resource.putObject("metadata");
        metadata.put("name", name);
        metadata.putObject("labels").put("strimzi.io/cluster", CLUSTER);
        return resource;
    }

    private KafkaManifests() {
    }
}
