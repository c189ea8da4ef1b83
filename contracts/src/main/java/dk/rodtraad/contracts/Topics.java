package dk.rodtraad.contracts;

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
     * number, a child's name and free text, so only the authority's consumer may read it (Kafka ACLs in production);
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

    /** Events a service could not process land here, with the reason in the {@code dead-letter-reason} header. */
    public static String deadLetter(String service) {
        return "rodtraad.deadletter." + service;
    }

    /** The services that consume events and so own a dead-letter topic. */
    public static final List<String> CONSUMING_SERVICES =
            List.of("concern-service", "network-meeting-service", "catalogue-service", "followup-service");

    /** Every topic the system uses, created up front by the infrastructure (testkit, deploy). */
    public static List<String> all() {
        var topics = new java.util.ArrayList<>(List.of(CONCERN_EVENTS, NETWORK_MEETING_EVENTS, CATALOGUE_EVENTS, FOLLOWUP_EVENTS,
                AUTHORITY_NOTIFICATIONS, CHILD_ACCESS, AUDIT));
        CONSUMING_SERVICES.forEach(service -> topics.add(deadLetter(service)));
        return List.copyOf(topics);
    }

    /** Partitions per topic: enough to spread children over consumers, few enough for a laptop. */
    public static final int PARTITIONS = 3;

    private Topics() {
    }
}
