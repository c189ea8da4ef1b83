package dk.rodtraad.testkit.kafka;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.TopicSpec;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.DemoKafkaUsers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes a broker what contracts say it is: a SCRAM-SHA-512 user for every principal of {@link KafkaPrincipals} (its
 * password from {@link DemoKafkaUsers}), the ACLs of its table and no others, and every topic of
 * {@link Topics#specs()} with its retention. Idempotent, and run at every start of a broker, fresh or kept, so a kept
 * broker (the local stack's) follows the table when it changes. Needs the super user's login.
 */
public final class KafkaBus {

    /** SCRAM's iteration count: Kafka's minimum for SCRAM-SHA-512, as its storage tool uses. */
    private static final int ITERATIONS = 4096;

    private KafkaBus() {
    }

    /** @param superUser a Kafka client's configuration to connect as the super user */
    public static void setUp(Map<String, Object> superUser) {
        try (var admin = Admin.create(superUser)) {
            addUsers(admin);
            grantExactly(admin, acls());
            createTopics(admin);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot set up the Kafka principals, ACLs and topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Deletes every topic, the contract's and any a client created, and every consumer group: the broker then holds no
     * event and no offset of an earlier test JVM, and {@link #setUp} creates the contract's topics anew. For a test
     * stack a build shares among its test JVMs (ADR 0033), so each begins as on a new broker; users and ACLs stay.
     */
    public static void deleteTopicsAndGroups(Map<String, Object> superUser) {
        try (var admin = Admin.create(superUser)) {
            var topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
            var groups = admin.listGroups().all().get(30, TimeUnit.SECONDS).stream().map(GroupListing::groupId).toList();
            for (var deletion : admin.deleteConsumerGroups(groups).deletedGroups().values()) {
                try {
                    deletion.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // A member of a test JVM that was killed is still in its group until its session ends; the group's
                    // offsets went with the topics anyway.
                    if (!(e.getCause() instanceof GroupNotEmptyException)) {
                        throw e;
                    }
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot delete the topics and consumer groups of an earlier test JVM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The ACLs of {@link KafkaPrincipals#ALL}: WRITE and READ on literal topics, READ on the principal's groups, and for
     * a principal that uses transactions ({@link KafkaPrincipals#TRANSACTIONAL}) WRITE on its transactional ids.
     */
    private static List<AclBinding> acls() {
        var acls = new ArrayList<AclBinding>();
        for (var principal : KafkaPrincipals.ALL) {
            principal.writes().forEach(topic -> acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL,
                    AclOperation.WRITE)));
            principal.reads().forEach(topic -> acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL,
                    AclOperation.READ)));
            if (!principal.reads().isEmpty()) {
                acls.add(allow(principal, ResourceType.GROUP, principal.groupPrefix(), PatternType.PREFIXED,
                        AclOperation.READ));
            }
            if (KafkaPrincipals.TRANSACTIONAL.contains(principal.name())) {
                acls.add(allow(principal, ResourceType.TRANSACTIONAL_ID, principal.groupPrefix(), PatternType.PREFIXED,
                        AclOperation.WRITE));
            }
        }
        return acls;
    }

    private static AclBinding allow(KafkaPrincipals.Principal principal, ResourceType type, String name,
            PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + principal.name(), "*", operation, AclPermissionType.ALLOW));
    }

    /** Upserts every principal's credential: the same password again is harmless, a changed one takes effect. */
    private static void addUsers(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        var users = new ArrayList<UserScramCredentialAlteration>();
        users.add(upsertion(KafkaPrincipals.ADMIN));
        KafkaPrincipals.ALL.forEach(principal -> users.add(upsertion(principal.name())));
        admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);
    }

    private static UserScramCredentialUpsertion upsertion(String principal) {
        return new UserScramCredentialUpsertion(principal,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), DemoKafkaUsers.password(principal));
    }

    /** Creates the missing ACLs and deletes those the table no longer grants. */
    private static void grantExactly(Admin admin, List<AclBinding> wanted)
            throws ExecutionException, InterruptedException, TimeoutException {
        var existing = new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get(30, TimeUnit.SECONDS));
        var stale = existing.stream().filter(acl -> !wanted.contains(acl)).map(AclBinding::toFilter).toList();
        if (!stale.isEmpty()) {
            admin.deleteAcls(stale).all().get(30, TimeUnit.SECONDS);
        }
        var missing = wanted.stream().filter(acl -> !existing.contains(acl)).toList();
        if (!missing.isEmpty()) {
            admin.createAcls(missing).all().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Creates the missing topics; gives those that exist their retention (a kept broker from before it was set). A
     * topic another client created meanwhile (the broker creates a topic a producer names, and a test application
     * that is still stopping may be one) counts as existing.
     */
    private static void createTopics(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        var existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        var missing = new ArrayList<NewTopic>();
        var corrections = new HashMap<ConfigResource, Collection<AlterConfigOp>>();
        for (TopicSpec spec : Topics.specs()) {
            if (existing.contains(spec.name())) {
                corrections.put(topic(spec.name()), retention(spec));
            } else {
                missing.add(new NewTopic(spec.name(), spec.partitions(), (short) 1).configs(configs(spec)));
            }
        }
        var created = admin.createTopics(missing).values();
        for (TopicSpec spec : Topics.specs()) {
            if (created.containsKey(spec.name())) {
                try {
                    created.get(spec.name()).get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                    corrections.put(topic(spec.name()), retention(spec));
                }
            }
        }
        if (!corrections.isEmpty()) {
            admin.incrementalAlterConfigs(corrections).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static ConfigResource topic(String name) {
        return new ConfigResource(ConfigResource.Type.TOPIC, name);
    }

    private static Collection<AlterConfigOp> retention(TopicSpec spec) {
        return configs(spec).entrySet().stream().map(config -> new AlterConfigOp(
                new ConfigEntry(config.getKey(), config.getValue()), AlterConfigOp.OpType.SET)).toList();
    }

    private static Map<String, String> configs(TopicSpec spec) {
        return Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(spec.retentionMs()),
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
    }
}
