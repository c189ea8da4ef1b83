package dk.rodtraad.contracts;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every CloudEvents {@code type} the services emit, the topic it travels on and its JSON Schema.
 * Type names carry their version; a breaking change is a new constant, never an edit of an old one.
 */
public enum EventType {

    /**
     * No longer produced: {@link #CONCERN_RAISED_V2} replaced it (ADR 0005). Kept because the timelines and the topic
     * still hold events of this type, and a reader needs their schema.
     */
    CONCERN_RAISED_V1("dk.rodtraad.concern.raised.v1", Topics.CONCERN_EVENTS),
    CONCERN_RAISED_V2("dk.rodtraad.concern.raised.v2", Topics.CONCERN_EVENTS),

    TAXONOMY_PUBLISHED_V1("dk.rodtraad.catalogue.taxonomy-published.v1", Topics.CATALOGUE_EVENTS),

    VEJVISER_PUBLISHED_V1("dk.rodtraad.catalogue.vejviser-published.v1", Topics.CATALOGUE_EVENTS),

    /** The four steps of an intervention's life carry the same payload: its state after the step. */
    INTERVENTION_PUBLISHED_V1("dk.rodtraad.catalogue.intervention-published.v1", Topics.CATALOGUE_EVENTS, SharedSchema.INTERVENTION),
    INTERVENTION_CHANGED_V1("dk.rodtraad.catalogue.intervention-changed.v1", Topics.CATALOGUE_EVENTS, SharedSchema.INTERVENTION),
    INTERVENTION_PAUSED_V1("dk.rodtraad.catalogue.intervention-paused.v1", Topics.CATALOGUE_EVENTS, SharedSchema.INTERVENTION),
    INTERVENTION_RETIRED_V1("dk.rodtraad.catalogue.intervention-retired.v1", Topics.CATALOGUE_EVENTS, SharedSchema.INTERVENTION),

    CONCERN_REASSESSED_V1("dk.rodtraad.concern.reassessed.v1", Topics.CONCERN_EVENTS),
    TOVHOLDER_NAMED_V1("dk.rodtraad.concern.tovholder-named.v1", Topics.CONCERN_EVENTS),
    TOVHOLDER_HANDED_OVER_V1("dk.rodtraad.concern.tovholder-handed-over.v1", Topics.CONCERN_EVENTS),
    CONSULTATION_LINKED_V1("dk.rodtraad.concern.consultation-linked.v1", Topics.CONCERN_EVENTS),
    COLLEAGUE_INVOLVED_V1("dk.rodtraad.concern.colleague-involved.v1", Topics.CONCERN_EVENTS),

    /** The underretning in full, CPR number and name included: only on the authority's restricted topic. */
    NOTIFICATION_RECEIVED_V1("dk.rodtraad.concern.notification-received.v1", Topics.AUTHORITY_NOTIFICATIONS),
    /** The same underretning for the timelines, pseudonymous. */
    CHILD_NOTIFIED_V1("dk.rodtraad.concern.notified.v1", Topics.CONCERN_EVENTS),
    NOTIFICATION_URGENCY_ASSESSED_V1("dk.rodtraad.concern.notification-urgency-assessed.v1", Topics.CONCERN_EVENTS),
    NOTIFICATION_RECEIPT_SENT_V1("dk.rodtraad.concern.notification-receipt-sent.v1", Topics.CONCERN_EVENTS),
    NOTIFICATION_OUTCOME_DECIDED_V1("dk.rodtraad.concern.notification-outcome-decided.v1", Topics.CONCERN_EVENTS),

    /** Who may see which child: the case team's changes and the authority's grants, for every service's replica. */
    CHILD_ACCESS_GRANTED_V1("dk.rodtraad.concern.child-access-granted.v1", Topics.CHILD_ACCESS),
    CHILD_ACCESS_REVOKED_V1("dk.rodtraad.concern.child-access-revoked.v1", Topics.CHILD_ACCESS),
    /** Who the child's tovholder is, by username: on the access topic, as the timeline's events name no person. */
    TOVHOLDER_ASSIGNED_V1("dk.rodtraad.concern.tovholder-assigned.v1", Topics.CHILD_ACCESS),

    /** A use of a child's data (or a refused attempt) in another service, for concern-service's citizen's report. */
    CHILD_DATA_USED_V1("dk.rodtraad.audit.child-data-used.v1", Topics.AUDIT),

    /** Network meetings by Åben Dialog (docs/network-meeting.md): a course (forløb), its meetings and agreements. */
    COURSE_STARTED_V1("dk.rodtraad.network-meeting.course-started.v1", Topics.NETWORK_MEETING_EVENTS),
    RESPONSIBILITY_HANDED_OVER_V1("dk.rodtraad.network-meeting.responsibility-handed-over.v1", Topics.NETWORK_MEETING_EVENTS),
    CORE_TEAM_CHANGED_V1("dk.rodtraad.network-meeting.core-team-changed.v1", Topics.NETWORK_MEETING_EVENTS),
    NETWORK_PARTICIPANT_CONSENTED_V1("dk.rodtraad.network-meeting.network-participant-consented.v1", Topics.NETWORK_MEETING_EVENTS),
    NETWORK_PARTICIPANT_WITHDRAWN_V1("dk.rodtraad.network-meeting.network-participant-withdrawn.v1", Topics.NETWORK_MEETING_EVENTS),
    MEETING_SCHEDULED_V1("dk.rodtraad.network-meeting.meeting-scheduled.v1", Topics.NETWORK_MEETING_EVENTS),
    MEETING_MOVED_V1("dk.rodtraad.network-meeting.meeting-moved.v1", Topics.NETWORK_MEETING_EVENTS),
    MEETING_CANCELLED_V1("dk.rodtraad.network-meeting.meeting-cancelled.v1", Topics.NETWORK_MEETING_EVENTS),
    MEETING_HELD_V1("dk.rodtraad.network-meeting.meeting-held.v1", Topics.NETWORK_MEETING_EVENTS),
    AGREEMENT_MADE_V1("dk.rodtraad.network-meeting.agreement-made.v1", Topics.NETWORK_MEETING_EVENTS),
    AGREEMENT_FOLLOWED_UP_V1("dk.rodtraad.network-meeting.agreement-followed-up.v1", Topics.NETWORK_MEETING_EVENTS),
    COURSE_CLOSED_V1("dk.rodtraad.network-meeting.course-closed.v1", Topics.NETWORK_MEETING_EVENTS),

    /** Follow-up (docs/followup.md): an intervention plan, its goals, FIT at its sessions and the alerts they raise. */
    PLAN_STARTED_V1("dk.rodtraad.followup.plan-started.v1", Topics.FOLLOWUP_EVENTS),
    GOAL_SET_V1("dk.rodtraad.followup.goal-set.v1", Topics.FOLLOWUP_EVENTS),
    SESSION_SCORED_V1("dk.rodtraad.followup.session-scored.v1", Topics.FOLLOWUP_EVENTS),
    ALERT_RAISED_V1("dk.rodtraad.followup.alert-raised.v1", Topics.FOLLOWUP_EVENTS),
    GOAL_EVALUATED_V1("dk.rodtraad.followup.goal-evaluated.v1", Topics.FOLLOWUP_EVENTS),
    PLAN_ENDED_V1("dk.rodtraad.followup.plan-ended.v1", Topics.FOLLOWUP_EVENTS),

    /**
     * followup-service's evaluation of one intervention, in groups only (docs/followup.md, "Evaluation"): on its own
     * topic, keyed by the intervention, since it is about no child and belongs on no timeline.
     */
    INTERVENTION_RESULTS_V1("dk.rodtraad.followup.intervention-results.v1", Topics.FOLLOWUP_RESULTS);

    /** Schemas that more than one type uses (a nested class, since enum constants cannot see the enum's statics). */
    private static final class SharedSchema {
        static final String INTERVENTION = "dk.rodtraad.catalogue.intervention.v1";
    }

    /** Where the schemas are published: each one's {@code $id} is this followed by its file name. */
    private static final String SCHEMA_BASE = "https://rodtraad.dk/schemas/";

    private final String type;
    private final String topic;
    private final String schema;

    EventType(String type, String topic) {
        this(type, topic, type);
    }

    EventType(String type, String topic, String schema) {
        this.type = type;
        this.topic = topic;
        this.schema = schema;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code dk.rodtraad.concern.raised.v1}. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    /** Class-path location of this type's JSON Schema (draft 2020-12). */
    public String schemaResource() {
        return "/schemas/" + schema + ".schema.json";
    }

    /**
     * The published id ({@code $id}) of this type's JSON Schema: the CloudEvents {@code dataschema} of every event of
     * the type, so a consumer outside Rød Tråd can tell which schema the data satisfies.
     */
    public URI dataSchema() {
        return URI.create(SCHEMA_BASE + schema + ".schema.json");
    }

    /**
     * A type no service produces any more, kept for the events of it on the topics (the services read them for ever):
     * {@link #CONCERN_RAISED_V1}, replaced by {@link #CONCERN_RAISED_V2} (ADR 0005).
     */
    public boolean retired() {
        return this == CONCERN_RAISED_V1;
    }

    public static Optional<EventType> of(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(BY_TYPE.get(type));
    }

    /** By type: looked up for every record the relay sends and every timeline entry a page or the API shows. */
    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, t -> t));
}
