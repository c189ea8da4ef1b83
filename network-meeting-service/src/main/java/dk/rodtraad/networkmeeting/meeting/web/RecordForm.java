package dk.rodtraad.networkmeeting.meeting.web;

import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.networkmeeting.agreement.FollowUpOutcome;
import dk.rodtraad.networkmeeting.course.MeetingRole;
import dk.rodtraad.networkmeeting.meeting.ChildVoiceMethod;
import dk.rodtraad.networkmeeting.meeting.RecordMeetingRequest;
import dk.rodtraad.networkmeeting.meeting.RecordMeetingRequest.AgreementRequest;
import dk.rodtraad.networkmeeting.meeting.RecordMeetingRequest.AnswerRequest;
import dk.rodtraad.networkmeeting.meeting.RecordMeetingRequest.ChildVoiceRequest;
import dk.rodtraad.networkmeeting.meeting.RecordMeetingRequest.FollowUpRequest;
import dk.rodtraad.networkmeeting.meeting.RecordMeetingRequest.PerspectiveRequest;
import dk.rodtraad.chassis.web.FormTime;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A meeting's record as its one form sends it: rows of the same fields, in order (a row left blank is left out, so a
 * professional fills as many as the meeting had), read as the API's {@link RecordMeetingRequest}.
 */
@TemplateData
public class RecordForm {

    /** The rows the form offers for perspectives; for questions and agreements, {@link #ROWS}. */
    public static final int PERSPECTIVES = 8;
    public static final int ROWS = 3;

    @RestForm public List<String> present;
    @RestForm public List<String> perspectivesRole;
    @RestForm public List<String> perspectivesWords;
    @RestForm public String childVoiceMethod;
    @RestForm public String childVoiceWords;
    @RestForm public List<String> openQuestions;
    @RestForm public List<String> answersQuestionId;
    @RestForm public List<String> answersAnswer;
    @RestForm public List<String> agreementsWhat;
    @RestForm public List<String> agreementsCarrier;
    @RestForm public List<String> agreementsDueOn;
    @RestForm public List<String> agreementsInterventionId;
    @RestForm public List<String> followUpsAgreementId;
    @RestForm public List<String> followUpsOutcome;
    @RestForm public List<String> followUpsWhy;
    @RestForm public String version;

    RecordMeetingRequest request(FormErrors errors, String notAChoice) {
        var perspectives = new ArrayList<PerspectiveRequest>();
        for (int i = 0; i < size(perspectivesRole, perspectivesWords); i++) {
            if (filled(perspectivesRole, i) || filled(perspectivesWords, i)) {
                perspectives.add(new PerspectiveRequest(FormValues.coded(MeetingRole.class, at(perspectivesRole, i),
                        "perspectivesRole", errors, notAChoice), at(perspectivesWords, i)));
            }
        }
        ChildVoiceRequest childVoice = FormTime.text(childVoiceMethod) == null && FormTime.text(childVoiceWords) == null
                ? null : new ChildVoiceRequest(FormValues.coded(ChildVoiceMethod.class, childVoiceMethod,
                "childVoiceMethod", errors, notAChoice), FormTime.text(childVoiceWords));
        var answers = new ArrayList<AnswerRequest>();
        for (int i = 0; i < size(answersQuestionId, answersAnswer); i++) {
            if (filled(answersAnswer, i)) {
                answers.add(new AnswerRequest(uuid(at(answersQuestionId, i), "answersQuestionId", errors, notAChoice),
                        at(answersAnswer, i)));
            }
        }
        var agreements = new ArrayList<AgreementRequest>();
        for (int i = 0; i < size(agreementsWhat, agreementsCarrier, agreementsDueOn); i++) {
            if (filled(agreementsWhat, i) || filled(agreementsCarrier, i) || filled(agreementsDueOn, i)) {
                agreements.add(new AgreementRequest(at(agreementsWhat, i), PartyCode.parse(at(agreementsCarrier, i)),
                        FormTime.date(at(agreementsDueOn, i), "agreementsDueOn", errors),
                        uuid(at(agreementsInterventionId, i), "agreementsInterventionId", errors, notAChoice), null));
            }
        }
        var followUps = new ArrayList<FollowUpRequest>();
        for (int i = 0; i < size(followUpsAgreementId, followUpsOutcome); i++) {
            if (filled(followUpsOutcome, i) || filled(followUpsWhy, i)) {
                followUps.add(new FollowUpRequest(uuid(at(followUpsAgreementId, i), "followUpsAgreementId", errors,
                        notAChoice), FormValues.coded(FollowUpOutcome.class, at(followUpsOutcome, i),
                        "followUpsOutcome", errors, notAChoice), at(followUpsWhy, i)));
            }
        }
        return new RecordMeetingRequest(present == null ? List.of()
                : present.stream().map(PartyCode::parse).filter(Objects::nonNull).toList(), perspectives, childVoice,
                openQuestions == null ? List.of() : openQuestions.stream().map(FormTime::text).filter(Objects::nonNull)
                        .toList(), answers, agreements, followUps, FormValues.version(version));
    }

    /** The value of row {@code i} of the list as sent, or null, for the form shown again. */
    public String at(List<String> list, int i) {
        return list == null || i >= list.size() ? null : FormTime.text(list.get(i));
    }

    public boolean isPresent(String code) {
        return present != null && present.contains(code);
    }

    /** Rows for the template to loop over: {@code 0 … count-1}. */
    public List<Integer> rows(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    private boolean filled(List<String> list, int i) {
        return at(list, i) != null;
    }

    @SafeVarargs
    private static int size(List<String>... lists) {
        int size = 0;
        for (List<String> list : lists) {
            size = Math.max(size, list == null ? 0 : list.size());
        }
        return size;
    }

    private static UUID uuid(String text, String field, FormErrors errors, String notAChoice) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            errors.add(field, notAChoice);
            return null;
        }
    }
}
