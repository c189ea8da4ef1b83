package dk.rodtraad.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.rodtraad.contracts.access.ChildAccessGrantedV1;
import dk.rodtraad.contracts.access.ChildAccessRevokedV1;
import dk.rodtraad.contracts.access.TovholderAssignedV1;
import dk.rodtraad.contracts.audit.ChildDataUsedV1;
import dk.rodtraad.contracts.catalogue.InterventionV1;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;
import dk.rodtraad.contracts.catalogue.VejviserPublishedV1;
import dk.rodtraad.contracts.concern.ChildNotifiedV1;
import dk.rodtraad.contracts.concern.ColleagueInvolvedV1;
import dk.rodtraad.contracts.concern.ConcernRaisedV1;
import dk.rodtraad.contracts.concern.ConcernRaisedV2;
import dk.rodtraad.contracts.concern.ConcernReassessedV1;
import dk.rodtraad.contracts.concern.ConsultationLinkedV1;
import dk.rodtraad.contracts.concern.NotificationOutcomeDecidedV1;
import dk.rodtraad.contracts.concern.NotificationReceiptSentV1;
import dk.rodtraad.contracts.concern.NotificationReceivedV1;
import dk.rodtraad.contracts.concern.NotificationUrgencyAssessedV1;
import dk.rodtraad.contracts.concern.TovholderHandedOverV1;
import dk.rodtraad.contracts.concern.TovholderNamedV1;
import dk.rodtraad.contracts.followup.AlertRaisedV1;
import dk.rodtraad.contracts.followup.GoalEvaluatedV1;
import dk.rodtraad.contracts.followup.GoalSetV1;
import dk.rodtraad.contracts.followup.InterventionResultsV1;
import dk.rodtraad.contracts.followup.PlanEndedV1;
import dk.rodtraad.contracts.followup.PlanStartedV1;
import dk.rodtraad.contracts.followup.SessionScoredV1;
import dk.rodtraad.contracts.networkmeeting.AgreementFollowedUpV1;
import dk.rodtraad.contracts.networkmeeting.AgreementMadeV1;
import dk.rodtraad.contracts.networkmeeting.CoreTeamChangedV1;
import dk.rodtraad.contracts.networkmeeting.CourseClosedV1;
import dk.rodtraad.contracts.networkmeeting.CourseStartedV1;
import dk.rodtraad.contracts.networkmeeting.MeetingCancelledV1;
import dk.rodtraad.contracts.networkmeeting.MeetingHeldV1;
import dk.rodtraad.contracts.networkmeeting.MeetingMovedV1;
import dk.rodtraad.contracts.networkmeeting.MeetingScheduledV1;
import dk.rodtraad.contracts.networkmeeting.NetworkParticipantConsentedV1;
import dk.rodtraad.contracts.networkmeeting.NetworkParticipantWithdrawnV1;
import dk.rodtraad.contracts.networkmeeting.ResponsibilityHandedOverV1;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Realistic payloads of every event type, serialised as the services do. Shared with the other modules' tests through
 * this module's test-jar (e.g. the chassis's timeline sentences), so every consumer tests against the same examples.
 */
public final class ExamplePayloads {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** One realistic payload per event type; a new type without an example fails
     * {@code EventSchemasMatchPayloadsTest.everyTypeHasAnExample}. */
    private static final InterventionV1 INTERVENTION = new InterventionV1(UUID.randomUUID(), "cool-kids-ppr", 3,
            "offentliggjort", "Cool Kids – angstgruppe", "Et forløb for børn, der er meget ængstelige.", 7, 12,
            List.of("angst"), "netvaerksgruppe", "sekundaer", 3, "PPR", "specialpaedagogik",
            "Folkeskoleloven § 12", "Cool Kids", "evidensbaseret", "henvisning", 6,
            Instant.parse("2026-11-24T09:15:00Z"));

    private static final UUID COURSE = UUID.randomUUID();
    private static final UUID PLAN = UUID.randomUUID();

    public static final Map<EventType, Object> BY_TYPE = Map.ofEntries(
            Map.entry(EventType.CONCERN_RAISED_V1, new ConcernRaisedV1(UUID.randomUUID(), UUID.randomUUID(), "yellow", "skole",
                    LocalDate.of(2026, 11, 20), Instant.parse("2026-11-24T09:15:00.123456Z"))),
            Map.entry(EventType.CONCERN_RAISED_V2, new ConcernRaisedV2(UUID.randomUUID(), UUID.randomUUID(), "yellow",
                    false, List.of("isolation"), 1, "skole", LocalDate.of(2026, 11, 20),
                    Instant.parse("2026-11-24T09:15:00.123456Z"), "6-12", "Syd", "Rødby Skole")),
            Map.entry(EventType.TAXONOMY_PUBLISHED_V1, new TaxonomyPublishedV1(UUID.randomUUID(), 1,
                    Instant.parse("2026-11-24T09:15:00Z"),
                    List.of(new TaxonomyPublishedV1.SignGroup("social", "Sociale relationer", List.of(
                            new TaxonomyPublishedV1.Sign("isolation", "Isolerer sig", "Trækker sig fra fællesskabet.", 3, 18)))),
                    List.of(new TaxonomyPublishedV1.ScaleLevel("green", "Grøn", "Trives", "Fortsæt som hidtil."),
                            new TaxonomyPublishedV1.ScaleLevel("yellow", "Gul", "Øget opmærksomhed", "Tal med forældrene."),
                            new TaxonomyPublishedV1.ScaleLevel("red", "Rød", "Alvorlig bekymring", "Overvej underretning.")),
                    new TaxonomyPublishedV1.AcuteFlag("Akut", "Kontakt myndighed straks."))),
            Map.entry(EventType.VEJVISER_PUBLISHED_V1, new VejviserPublishedV1(UUID.randomUUID(), 2, 1,
                    Instant.parse("2026-11-24T09:15:00Z"), List.of(new VejviserPublishedV1.Entry("angst", "yellow",
                    "Barnet undgår situationer.", "Tal med forældrene.", "Pædagog, PPR", "Forældrene kan øve små skridt.",
                    List.of("cool-kids-ppr"))))),
            Map.entry(EventType.INTERVENTION_PUBLISHED_V1, INTERVENTION),
            Map.entry(EventType.INTERVENTION_CHANGED_V1, INTERVENTION),
            Map.entry(EventType.INTERVENTION_PAUSED_V1, INTERVENTION),
            Map.entry(EventType.INTERVENTION_RETIRED_V1, INTERVENTION),
            Map.entry(EventType.CONCERN_REASSESSED_V1, new ConcernReassessedV1(UUID.randomUUID(), UUID.randomUUID(),
                    "red", true, List.of("isolation", "mistanke-om-vold"), 2, Instant.parse("2026-11-25T10:00:00.5Z"), "6-12", "Syd", "Rødby Skole")),
            Map.entry(EventType.TOVHOLDER_NAMED_V1, new TovholderNamedV1(UUID.randomUUID(), "laerer",
                    Instant.parse("2026-11-25T10:00:00Z"))),
            Map.entry(EventType.TOVHOLDER_HANDED_OVER_V1, new TovholderHandedOverV1(UUID.randomUUID(), "laerer",
                    "sundhedsplejerske", Instant.parse("2026-11-26T08:30:00Z"))),
            Map.entry(EventType.CONSULTATION_LINKED_V1, new ConsultationLinkedV1(UUID.randomUUID(), UUID.randomUUID(),
                    Instant.parse("2026-11-20T13:00:00Z"), Instant.parse("2026-11-26T09:45:00.25Z"))),
            Map.entry(EventType.COLLEAGUE_INVOLVED_V1, new ColleagueInvolvedV1(UUID.randomUUID(), "paedagog",
                    Instant.parse("2026-11-26T11:00:00Z"))),
            Map.entry(EventType.NOTIFICATION_RECEIVED_V1, notificationReceived(false, "Barnet har fortalt om slag derhjemme.")),
            Map.entry(EventType.CHILD_NOTIFIED_V1, new ChildNotifiedV1(UUID.randomUUID(), UUID.randomUUID(), "overgreb",
                    Instant.parse("2026-11-26T10:15:00.5Z"))),
            Map.entry(EventType.NOTIFICATION_URGENCY_ASSESSED_V1, new NotificationUrgencyAssessedV1(UUID.randomUUID(),
                    UUID.randomUUID(), "akut", Instant.parse("2026-11-26T14:00:00Z"))),
            Map.entry(EventType.NOTIFICATION_RECEIPT_SENT_V1, new NotificationReceiptSentV1(UUID.randomUUID(),
                    UUID.randomUUID(), Instant.parse("2026-11-27T09:00:00Z"))),
            Map.entry(EventType.NOTIFICATION_OUTCOME_DECIDED_V1, new NotificationOutcomeDecidedV1(UUID.randomUUID(),
                    UUID.randomUUID(), "boernefaglig-undersoegelse", Instant.parse("2026-12-02T11:30:00Z"))),
            Map.entry(EventType.CHILD_ACCESS_GRANTED_V1, new ChildAccessGrantedV1(UUID.randomUUID(),
                    ChildAccessGrantedV1.FAGPERSON, "peter", "paedagog", "samtykke", Instant.parse("2026-12-01T10:00:00Z"))),
            Map.entry(EventType.CHILD_ACCESS_REVOKED_V1, new ChildAccessRevokedV1(UUID.randomUUID(), "peter", "fjernet",
                    Instant.parse("2026-12-01T11:00:00Z"))),
            Map.entry(EventType.TOVHOLDER_ASSIGNED_V1, new TovholderAssignedV1(UUID.randomUUID(), "lise", "laerer",
                    Instant.parse("2026-12-01T11:30:00Z"))),
            Map.entry(EventType.CHILD_DATA_USED_V1, new ChildDataUsedV1(UUID.randomUUID(),
                    Instant.parse("2026-12-01T11:00:00Z"), "followup-service", "READ", "timeline",
                    "Barnets tidslinje vist", "fagperson", "laerer", 200)),
            Map.entry(EventType.COURSE_STARTED_V1, new CourseStartedV1(COURSE, UUID.randomUUID(),
                    Instant.parse("2026-12-04T09:30:00Z"), "foraelder", "sundhedsplejerske", "sundhedsplejerske",
                    List.of("sundhedsplejerske", "paedagog"), Instant.parse("2026-12-04T09:45:00.25Z"))),
            Map.entry(EventType.RESPONSIBILITY_HANDED_OVER_V1, new ResponsibilityHandedOverV1(COURSE,
                    UUID.randomUUID(), "sundhedsplejerske", "paedagog", Instant.parse("2026-12-10T12:00:00Z"))),
            Map.entry(EventType.CORE_TEAM_CHANGED_V1, new CoreTeamChangedV1(COURSE, UUID.randomUUID(),
                    List.of("laerer"), List.of("paedagog"), List.of("sundhedsplejerske", "laerer"),
                    Instant.parse("2026-12-11T08:00:00Z"))),
            Map.entry(EventType.NETWORK_PARTICIPANT_CONSENTED_V1, new NetworkParticipantConsentedV1(COURSE,
                    UUID.randomUUID(), UUID.randomUUID(), "bedstemor", "familienetvaerk", null, "mor",
                    LocalDate.of(2026, 12, 4), Instant.parse("2026-12-04T10:00:00Z"))),
            Map.entry(EventType.NETWORK_PARTICIPANT_WITHDRAWN_V1, new NetworkParticipantWithdrawnV1(COURSE,
                    UUID.randomUUID(), UUID.randomUUID(), "traener", LocalDate.of(2026, 12, 12),
                    Instant.parse("2026-12-12T10:00:00Z"))),
            Map.entry(EventType.MEETING_SCHEDULED_V1, new MeetingScheduledV1(COURSE, UUID.randomUUID(),
                    UUID.randomUUID(), Instant.parse("2026-12-05T08:00:00Z"), Instant.parse("2026-12-05T09:00:00Z"),
                    "hjemmet", true, false, List.of("sundhedsplejerske", "paedagog", "mor", "bedstemor"),
                    Instant.parse("2026-12-04T10:05:00Z"))),
            Map.entry(EventType.MEETING_MOVED_V1, new MeetingMovedV1(COURSE, UUID.randomUUID(), UUID.randomUUID(),
                    Instant.parse("2026-12-05T08:00:00Z"), Instant.parse("2026-12-05T14:00:00Z"),
                    Instant.parse("2026-12-05T15:00:00Z"), "dagtilbud", false, Instant.parse("2026-12-04T16:00:00Z"))),
            Map.entry(EventType.MEETING_CANCELLED_V1, new MeetingCancelledV1(COURSE, UUID.randomUUID(),
                    UUID.randomUUID(), Instant.parse("2026-12-19T08:00:00Z"), Instant.parse("2026-12-15T09:00:00Z"))),
            Map.entry(EventType.MEETING_HELD_V1, new MeetingHeldV1(COURSE, UUID.randomUUID(), UUID.randomUUID(),
                    Instant.parse("2026-12-05T14:00:00Z"), "dagtilbud", List.of("sundhedsplejerske", "paedagog", "mor",
                    "barnet", "bedstemor"), List.of("mor", "barnet", "bedstemor", "paedagog"), "tegning", 1, 0, 2, 0,
                    true, Instant.parse("2026-12-05T15:30:00Z"))),
            Map.entry(EventType.AGREEMENT_MADE_V1, new AgreementMadeV1(COURSE, UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), "paedagog", "paedagog", LocalDate.of(2026, 12, 19), UUID.randomUUID(),
                    Instant.parse("2026-12-05T15:30:00Z"))),
            Map.entry(EventType.AGREEMENT_FOLLOWED_UP_V1, new AgreementFollowedUpV1(COURSE, UUID.randomUUID(),
                    UUID.randomUUID(), UUID.randomUUID(), "delvist", Instant.parse("2026-12-19T09:30:00Z"))),
            Map.entry(EventType.COURSE_CLOSED_V1, new CourseClosedV1(COURSE, UUID.randomUUID(), 3,
                    Instant.parse("2027-01-15T11:00:00Z"))),
            Map.entry(EventType.PLAN_STARTED_V1, new PlanStartedV1(PLAN, UUID.randomUUID(), UUID.randomUUID(), false,
                    "paedagog", LocalDate.of(2027, 1, 4), List.of(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 4, 5)),
                    3, Instant.parse("2027-01-04T10:00:00Z"))),
            Map.entry(EventType.GOAL_SET_V1, new GoalSetV1(PLAN, UUID.randomUUID(), UUID.randomUUID(), "barnet",
                    LocalDate.of(2027, 4, 5), Instant.parse("2027-01-04T10:00:00Z"))),
            Map.entry(EventType.SESSION_SCORED_V1, new SessionScoredV1(PLAN, UUID.randomUUID(), UUID.randomUUID(), 4,
                    LocalDate.of(2027, 2, 1), List.of("barn", "forælder"), "rød", "ingen-fremgang", "standard",
                    Instant.parse("2027-02-01T14:00:00Z"))),
            Map.entry(EventType.ALERT_RAISED_V1, new AlertRaisedV1(PLAN, UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), "rød", List.of("tal-om-samarbejdet", "juster-indsatsen"),
                    Instant.parse("2027-02-01T14:00:00Z"))),
            Map.entry(EventType.GOAL_EVALUATED_V1, new GoalEvaluatedV1(PLAN, UUID.randomUUID(), UUID.randomUUID(),
                    "opfoelgning", "delvist", true, LocalDate.of(2027, 2, 15), Instant.parse("2027-02-15T11:00:00Z"))),
            Map.entry(EventType.PLAN_ENDED_V1, new PlanEndedV1(PLAN, UUID.randomUUID(), "gennemfoert",
                    LocalDate.of(2027, 4, 5), 9, Instant.parse("2027-04-05T12:00:00Z"))),
            Map.entry(EventType.INTERVENTION_RESULTS_V1, interventionResults()));

    /** Eight children's plans: the whole shown, one intake band shown, the rest "for få", as the evaluation leaves it. */
    private static InterventionResultsV1 interventionResults() {
        var shown = new InterventionResultsV1.Group("i-alt", List.of(
                new InterventionResultsV1.Figure("planer-startet", "vist", 8, new BigDecimal("8")),
                new InterventionResultsV1.Figure("gennemfoert", "vist", 6, new BigDecimal("83.3")),
                new InterventionResultsV1.Figure("paalidelig-bedring", "vist", 6, new BigDecimal("50.0")),
                new InterventionResultsV1.Figure("over-klinisk-graense", "vist", 5, new BigDecimal("40.0")),
                new InterventionResultsV1.Figure("gennemsnitlig-forandring", "vist", 6, new BigDecimal("4.2")),
                new InterventionResultsV1.Figure("maal-naaet", "vist", 6, new BigDecimal("55.0")),
                new InterventionResultsV1.Figure("maal-delvist", "vist", 6, new BigDecimal("30.0")),
                new InterventionResultsV1.Figure("alliance", "for-faa", null, null)));
        var tooFew = new InterventionResultsV1.Group("6-12", List.of(
                new InterventionResultsV1.Figure("planer-startet", "for-faa", null, null)));
        return new InterventionResultsV1(INTERVENTION.interventionId(), Instant.parse("2027-01-15T02:00:00Z"), 5,
                shown, List.of(new InterventionResultsV1.Group("15-20", shown.figures())), List.of(tooFew));
    }

    public static NotificationReceivedV1 notificationReceived(boolean parentsInformed, String parentsNotInformedWhy) {
        return new NotificationReceivedV1(UUID.randomUUID(),
                new NotificationReceivedV1.Child(UUID.randomUUID(), "010120-1234", "Emma Jensen"), UUID.randomUUID(),
                "overgreb", "Emma fortæller, at hun bliver slået.", parentsInformed, parentsNotInformedWhy,
                new NotificationReceivedV1.Notifier("lise", "laerer"), Instant.parse("2026-11-26T10:15:00.5Z"),
                Instant.parse("2026-11-27T10:15:00.5Z"), LocalDate.of(2026, 12, 4));
    }

    public static Object of(EventType type) {
        return BY_TYPE.get(type);
    }

    /** The example's JSON, as it travels. */
    public static String json(EventType type) {
        try {
            return JSON.writeValueAsString(of(type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ExamplePayloads() {
    }
}
