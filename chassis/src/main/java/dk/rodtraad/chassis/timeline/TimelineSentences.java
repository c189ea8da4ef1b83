package dk.rodtraad.chassis.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.security.Profession;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A timeline entry as a Danish sentence, from its type and its payload's fields: who did what, by discipline (events
 * carry no names), with the codes in words. Every page and the API say the same sentence for the same event.
 */
@ApplicationScoped
public class TimelineSentences {

    /** The topics of the {@code timeline} channel: every event type on them needs a sentence. */
    public static final Set<String> TIMELINE_TOPICS = Topics.TIMELINE;

    private final TimelineMessages msg;
    private final ObjectMapper json;

    public TimelineSentences(TimelineMessages msg, ObjectMapper json) {
        this.msg = msg;
        this.json = json;
    }

    /** @return the sentence; a neutral one for a type this version does not know or a payload it cannot read */
    public String sentence(String type, String payload) {
        JsonNode data;
        try {
            data = json.readTree(payload);
        } catch (JsonProcessingException e) {
            return msg.unknown();
        }
        return sentence(type, data);
    }

    /** As {@link #sentence(String, String)}, for a payload already read. */
    public String sentence(String type, JsonNode data) {
        return EventType.of(type).map(known -> sentence(known, data)).orElseGet(msg::unknown);
    }

    private String sentence(EventType type, JsonNode data) {
        try {
            return switch (type) {
                case CONCERN_RAISED_V1 -> msg.raised_v1(level(data), msg.setting(text(data, "setting")),
                        date(data, "observedOn"));
                case CONCERN_RAISED_V2 -> msg.raised(level(data), msg.setting(text(data, "setting")),
                        date(data, "observedOn"), data.path("signs").size(), data.path("acute").asBoolean());
                case CONCERN_REASSESSED_V1 -> msg.reassessed(level(data), data.path("signs").size(),
                        data.path("acute").asBoolean());
                case TOVHOLDER_NAMED_V1 -> msg.tovholder_named(profession(data, "profession"));
                case TOVHOLDER_HANDED_OVER_V1 -> msg.tovholder_handed_over(profession(data, "fromProfession"),
                        profession(data, "toProfession"));
                case CONSULTATION_LINKED_V1 -> msg.consultation_linked(dateTime(data, "openedAt"));
                case COLLEAGUE_INVOLVED_V1 -> msg.colleague_involved(profession(data, "profession"));
                case CHILD_NOTIFIED_V1 -> msg.notified(msg.ground(text(data, "ground")));
                case NOTIFICATION_URGENCY_ASSESSED_V1 -> msg.urgency_assessed(msg.urgency(text(data, "urgency")));
                case NOTIFICATION_RECEIPT_SENT_V1 -> msg.receipt_sent();
                case NOTIFICATION_OUTCOME_DECIDED_V1 -> msg.outcome_decided(msg.outcome(text(data, "outcome")));
                case COURSE_STARTED_V1 -> msg.course_started(profession(data, "contactedDiscipline"),
                        msg.contact_from(text(data, "contactFrom")), dateTime(data, "firstContactAt"));
                case RESPONSIBILITY_HANDED_OVER_V1 -> msg.responsibility_handed_over(
                        profession(data, "fromDiscipline"), profession(data, "toDiscipline"));
                case CORE_TEAM_CHANGED_V1 -> msg.core_team_changed(disciplines(data, "joined"),
                        disciplines(data, "left"), disciplines(data, "coreTeam"));
                case NETWORK_PARTICIPANT_CONSENTED_V1 -> msg.network_participant_consented(
                        msg.role(text(data, "role")), "civilsamfund".equals(text(data, "kind")));
                case NETWORK_PARTICIPANT_WITHDRAWN_V1 -> msg.network_participant_withdrawn(msg.role(text(data, "role")));
                case MEETING_SCHEDULED_V1 -> msg.meeting_scheduled(dateTime(data, "startsAt"),
                        msg.place(text(data, "place")), data.path("firstMeeting").asBoolean(),
                        data.path("familyChoseLater").asBoolean());
                case MEETING_MOVED_V1 -> msg.meeting_moved(dateTime(data, "fromStartsAt"), dateTime(data, "startsAt"),
                        msg.place(text(data, "place")));
                case MEETING_CANCELLED_V1 -> msg.meeting_cancelled(dateTime(data, "startsAt"));
                case MEETING_HELD_V1 -> msg.meeting_held(msg.place(text(data, "place")), dateTime(data, "startsAt"),
                        data.path("present").size(), data.path("perspectives").size(),
                        data.path("childVoiceMethod").isTextual()
                                ? msg.child_voice_method(text(data, "childVoiceMethod")) : "",
                        data.path("agreementsMade").asInt(), data.path("agreementsFollowedUp").asInt(),
                        data.path("openQuestionsRaised").asInt());
                case AGREEMENT_MADE_V1 -> msg.agreement_made(msg.role(text(data, "carrierRole")),
                        date(data, "dueOn"), data.path("interventionId").isTextual());
                case AGREEMENT_FOLLOWED_UP_V1 -> msg.agreement_followed_up(msg.outcome_of_follow_up(text(data, "outcome")));
                case COURSE_CLOSED_V1 -> msg.course_closed(data.path("meetingsHeld").asInt());
                case PLAN_STARTED_V1 -> msg.plan_started(profession(data, "responsibleDiscipline"),
                        data.path("interventionId").isTextual(), date(data, "startsOn"), data.path("goals").asInt(),
                        DanishDates.date(LocalDate.parse(data.path("reviewDates").path(0).asText(""))));
                case GOAL_SET_V1 -> msg.goal_set(msg.goal_owner(text(data, "owner")), date(data, "dueOn"));
                case SESSION_SCORED_V1 -> msg.session_scored(
                        msg.fit_trend(text(data, "trend"), data.path("number").asInt()), data.path("number").asInt(),
                        date(data, "heldOn"), msg.fit_colour(text(data, "colour")),
                        "kommunens-data".equals(text(data, "expectationRule")));
                case ALERT_RAISED_V1 -> msg.alert_raised(msg.fit_colour(text(data, "colour")), advice(data));
                case GOAL_EVALUATED_V1 -> msg.goal_evaluated(msg.evaluation_occasion(text(data, "occasion")),
                        msg.goal_attainment(text(data, "attainment")), data.path("familyViewGiven").asBoolean());
                case PLAN_ENDED_V1 -> msg.plan_ended(date(data, "endedOn"), data.path("sessions").asInt(),
                        msg.plan_end_reason(text(data, "reason")));
                // Not on a child's timeline (the catalogue, who may see a child, the audit, the restricted topic).
                default -> msg.unknown();
            };
        } catch (DateTimeParseException e) {
            return msg.unknown();
        }
    }

    private String level(JsonNode data) {
        return msg.level(text(data, "level"));
    }

    private String profession(JsonNode data, String field) {
        return Profession.ofClaim(text(data, field)).map(Profession::label).orElseGet(msg::other_profession);
    }

    /** The disciplines of a list field in Danish, "en sundhedsplejerske, en pædagog og en lærer"; empty for none. */
    private String disciplines(JsonNode data, String field) {
        List<String> each = new ArrayList<>();
        data.path(field).forEach(code -> each.add(msg.one(Profession.ofClaim(code.asText(""))
                .map(Profession::label).orElseGet(msg::other_profession))));
        return listed(each);
    }

    /** Words as a Danish list: "a, b og c"; empty for none. */
    private String listed(List<String> each) {
        if (each.size() < 2) {
            return String.join("", each);
        }
        return msg.and(String.join(", ", each.subList(0, each.size() - 1)), each.getLast());
    }

    /** What an alert advises to consider, in Danish: "at justere indsatsen og et netværksmøde". */
    private String advice(JsonNode data) {
        List<String> each = new ArrayList<>();
        data.path("advice").forEach(code -> each.add(msg.fit_advice(code.asText(""))));
        return listed(each);
    }

    private static String text(JsonNode data, String field) {
        return data.path(field).asText("");
    }

    private static String date(JsonNode data, String field) {
        return DanishDates.date(LocalDate.parse(text(data, field)));
    }

    private static String dateTime(JsonNode data, String field) {
        return DanishDates.dateTime(Instant.parse(text(data, field)));
    }
}
