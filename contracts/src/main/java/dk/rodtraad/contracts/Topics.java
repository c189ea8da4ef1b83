package dk.rodtraad.contracts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Kafka topics of Rød Tråd. Each service publishes on its own topic, concern-service also on the authority's
 * restricted one; the record key is always the child's pseudonymous id, so all events of one child stay in order within a partition. See docs/events.md.
 */
public final class Topics {

    public static final String CONCERN_EVENTS = "rodtraad.concern.events";
    public static final String NETWORK_MEETING_EVENTS = "rodtraad.network-meeting.events";
    public static final String CATALOGUE_EVENTS = "rodtraad.catalogue.events";
    public static final String FOLLOWUP_EVENTS = "rodtraad.followup.events";

    /** The topics a child's timeline shows, in every service: each of their event types reads as a sentence there. */
    public static final Set<String> TIMELINE = Set.of(CONCERN_EVENTS, NETWORK_MEETING_EVENTS,
            FOLLOWUP_EVENTS);

    /**
     * Underretninger for the municipality's authority unit (myndighed). The one topic whose events carry a CPR
     * number, a child's name and free text, so only the authority's consumer may read it (Kafka ACLs, {@link KafkaPrincipals});
     * see docs/events.md. Never add it to a timeline or an analyst's subscription.
     */
    public static final String AUTHORITY_NOTIFICATIONS = "rodtraad.authority.notifications";

    /**
     * Who may see which child: concern-service's case teams and the authority's grants. Every other service keeps a
     * replica of it and decides access from that alone. Carries usernames and disciplines, never names or CPR numbers.
     */
    public static final String CHILD_ACCESS = "rodtraad.concern.access";

    /**
     * The uses of a child's data in the services other than concern-service, pseudonymous, for the citizen's report
     * that concern-service assembles.
     */
    public static final String AUDIT = "rodtraad.audit";

    /**
     * followup-service's evaluation of each intervention, in groups only, for catalogue-service to show beside the
     * intervention's description. Keyed by the intervention's id, not a child's: it is about no child, and no timeline
     * reads it.
     */
    public static final String FOLLOWUP_RESULTS = "rodtraad.followup.results";

    /**
     * The analysts' pseudonymised stream: one record per domain event of the four services' event topics, written by
     * the pseudonymiser (analytics-stream) alone and read by the analysts alone. No CPR number, name, free text,
     * exact date or service's id of a child: the child as a keyed hash (docs/analytics.md).
     */
    public static final String ANALYTICS = "rodtraad.analytics.v1";

    /** The topics whose domain events the analysts' stream pseudonymises: the four services' own event topics. */
    public static final List<String> ANALYTICS_SOURCES =
            List.of(CONCERN_EVENTS, NETWORK_MEETING_EVENTS, FOLLOWUP_EVENTS, CATALOGUE_EVENTS);

    /** Events a service could not process land here, with the reason in the {@code dead-letter-reason} header. */
    public static String deadLetter(String service) {
        return "rodtraad.deadletter." + service;
    }

    /** The services that consume events and so own a dead-letter topic. */
    public static final List<String> CONSUMING_SERVICES =
            List.of("concern-service", "network-meeting-service", "catalogue-service", "followup-service");

    /** Partitions per topic: enough to spread children over consumers, few enough for a laptop. */
    public static final int PARTITIONS = 3;

    /** {@code retention.ms} of a topic whose records Kafka never deletes. */
    public static final long KEEP_FOREVER = -1;

    /**
     * Every topic the system uses, as the infrastructure creates it (testkit, deploy): each with {@link #PARTITIONS}
     * partitions and {@code cleanup.policy=delete} (none is compacted: the key is the child, and compaction would
     * keep only a child's last event). Why each keeps its records as long as it does: docs/events.md, "Topics".
     */
    public static List<TopicSpec> specs() {
        var specs = new ArrayList<TopicSpec>();
        // The sources every replica (timelines, who may see which child, the catalogue's copies) is built from, read
        // from the beginning by a new replica: their history must stay whole.
        for (String events : List.of(CONCERN_EVENTS, NETWORK_MEETING_EVENTS, CATALOGUE_EVENTS, FOLLOWUP_EVENTS,
                CHILD_ACCESS)) {
            specs.add(new TopicSpec(events, PARTITIONS, KEEP_FOREVER));
        }
        // CPR numbers, names and free text: long enough for the authority's consumer to catch up after an outage,
        // not a store; the record of truth is concern-service's notification table.
        specs.add(new TopicSpec(AUTHORITY_NOTIFICATIONS, PARTITIONS, Duration.ofDays(14).toMillis()));
        // As long as an audit log must be kept, so concern-service's copy for the citizen's report can be rebuilt.
        specs.add(new TopicSpec(AUDIT, PARTITIONS, Duration.ofDays(183).toMillis()));
        // Each event holds an intervention's whole result and is sent only when it changes, so a new reader (a rebuilt
        // catalogue-service) finds an unchanged intervention's latest only if nothing is deleted. Groups, no child.
        specs.add(new TopicSpec(FOLLOWUP_RESULTS, PARTITIONS, KEEP_FOREVER));
        // The analysts compare years; the records hold no name, CPR number or exact date, and can be made again from
        // the event topics (which are kept for ever) by a replay.
        specs.add(new TopicSpec(ANALYTICS, PARTITIONS, KEEP_FOREVER));
        // Long enough for an operator to see a dead letter (rodtraad_inbox_dead_letters_total), mend and replay it.
        CONSUMING_SERVICES.forEach(service ->
                specs.add(new TopicSpec(deadLetter(service), PARTITIONS, Duration.ofDays(30).toMillis())));
        return List.copyOf(specs);
    }

    /** The names of {@link #specs()}. */
    public static List<String> all() {
        return specs().stream().map(TopicSpec::name).toList();
    }

    private Topics() {
    }
}
