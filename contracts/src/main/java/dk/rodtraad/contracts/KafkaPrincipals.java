package dk.rodtraad.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who may read and write what on Kafka: every principal (a SASL/SCRAM user) and its rights, the one table the broker's
 * ACLs are made from (testkit's {@code KafkaBus} locally and in the tests; Strimzi {@code KafkaUser}s in production).
 * Anything not granted here is refused: the broker runs with {@code allow.everyone.if.no.acl.found=false}. The same
 * table, in words, is in docs/events.md ("Who may read and write what").
 */
public final class KafkaPrincipals {

    /**
     * One principal's rights: {@code WRITE} on {@code writes}, {@code READ} on {@code reads}, and, when it reads
     * anything, {@code READ} on every consumer group whose name starts with {@link #groupPrefix()}. (Both imply
     * {@code DESCRIBE}. An idempotent producer needs nothing more since KIP-679. Only the principals of
     * {@link #TRANSACTIONAL} use transactions: they may also WRITE every transactional id that starts with
     * {@link #groupPrefix()}.)
     */
    public record Principal(String name, List<String> writes, List<String> reads) {

        /** A principal's consumer groups are named {@code <principal>-<what it keeps>}, e.g. concern-service-timeline. */
        public String groupPrefix() {
            return name + "-";
        }
    }

    /**
     * The super user: the broker itself and the tooling that creates topics, users and ACLs (and testkit's test
     * clients). No service runs as it.
     */
    public static final String ADMIN = "admin";

    public static final String CONCERN_SERVICE = "concern-service";
    public static final String NETWORK_MEETING_SERVICE = "network-meeting-service";
    public static final String CATALOGUE_SERVICE = "catalogue-service";
    public static final String FOLLOWUP_SERVICE = "followup-service";
    /** The authority unit's consumer of underretninger (its case system); the only reader of the restricted topic. */
    public static final String AUTHORITY = "authority";
    /** The analysts' consumer: reads their pseudonymised stream and nothing else. */
    public static final String ANALYST = "analyst";
    /**
     * The pseudonymiser (the analytics-stream module, Kafka Streams): reads the services' event topics, writes the
     * analysts' topic alone, exactly once (transactions). Its application id starts with its {@code groupPrefix()}.
     */
    public static final String ANALYTICS_STREAM = "analytics-stream";

    /** The principals whose producers use transactions (Kafka Streams' exactly-once), and so need transactional ids. */
    public static final Set<String> TRANSACTIONAL = Set.of(ANALYTICS_STREAM);

    public static final List<Principal> ALL = List.of(
            new Principal(CONCERN_SERVICE,
                    List.of(Topics.CONCERN_EVENTS, Topics.AUTHORITY_NOTIFICATIONS, Topics.CHILD_ACCESS,
                            Topics.deadLetter(CONCERN_SERVICE)),
                    timelineAnd(Topics.CATALOGUE_EVENTS, Topics.AUDIT)),
            new Principal(NETWORK_MEETING_SERVICE,
                    List.of(Topics.NETWORK_MEETING_EVENTS, Topics.AUDIT, Topics.deadLetter(NETWORK_MEETING_SERVICE)),
                    timelineAnd(Topics.CHILD_ACCESS, Topics.CATALOGUE_EVENTS)),
            new Principal(CATALOGUE_SERVICE,
                    List.of(Topics.CATALOGUE_EVENTS, Topics.deadLetter(CATALOGUE_SERVICE)),
                    List.of(Topics.FOLLOWUP_RESULTS)),
            new Principal(FOLLOWUP_SERVICE,
                    List.of(Topics.FOLLOWUP_EVENTS, Topics.AUDIT, Topics.deadLetter(FOLLOWUP_SERVICE),
                            Topics.FOLLOWUP_RESULTS),
                    timelineAnd(Topics.CHILD_ACCESS, Topics.CATALOGUE_EVENTS)),
            new Principal(AUTHORITY, List.of(), List.of(Topics.AUTHORITY_NOTIFICATIONS)),
            new Principal(ANALYTICS_STREAM, List.of(Topics.ANALYTICS), Topics.ANALYTICS_SOURCES),
            new Principal(ANALYST, List.of(), List.of(Topics.ANALYTICS)));

    /** A child-facing service reads the timeline's topics (the chassis's {@code timeline} channel) and more. */
    private static List<String> timelineAnd(String... more) {
        var all = new ArrayList<>(Topics.TIMELINE);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    private KafkaPrincipals() {
    }
}
