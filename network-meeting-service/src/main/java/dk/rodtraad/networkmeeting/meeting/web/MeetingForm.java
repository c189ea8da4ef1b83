package dk.rodtraad.networkmeeting.meeting.web;

import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.networkmeeting.meeting.CancelMeetingRequest;
import dk.rodtraad.networkmeeting.meeting.MeetingPlace;
import dk.rodtraad.networkmeeting.meeting.MoveMeetingRequest;
import dk.rodtraad.networkmeeting.meeting.ScheduleMeetingRequest;
import dk.rodtraad.chassis.web.FormTime;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Objects;

/** A meeting planned, moved or cancelled, as the form sends it; {@code version} is the meeting's the page showed. */
@TemplateData
public class MeetingForm {

    @RestForm public String startsAt;
    @RestForm public String endsAt;
    @RestForm public String place;
    @RestForm public String placeDetail;
    @RestForm public String familyLaterReason;
    @RestForm public List<String> participants;
    @RestForm public String reason;
    @RestForm public String cancelReason;
    @RestForm public String version;
    /** What a new meeting's form, as the page showed it, is sent as: sent twice, it plans one meeting. */
    @RestForm(IdempotencyKey.FORM_FIELD) public String sending = IdempotencyKey.fresh();

    ScheduleMeetingRequest schedule(FormErrors errors, String notAChoice) {
        return new ScheduleMeetingRequest(FormTime.instant(startsAt, "startsAt", errors),
                FormTime.instant(endsAt, "endsAt", errors),
                FormValues.coded(MeetingPlace.class, place, "place", errors, notAChoice), FormTime.text(placeDetail),
                FormTime.text(familyLaterReason), participants == null ? List.of()
                        : participants.stream().map(PartyCode::parse).filter(Objects::nonNull).toList());
    }

    MoveMeetingRequest move(FormErrors errors, String notAChoice) {
        return new MoveMeetingRequest(FormTime.instant(startsAt, "startsAt", errors),
                FormTime.instant(endsAt, "endsAt", errors),
                FormValues.coded(MeetingPlace.class, place, "place", errors, notAChoice), FormTime.text(placeDetail),
                FormTime.text(reason), FormTime.text(familyLaterReason), FormValues.version(version));
    }

    CancelMeetingRequest cancel() {
        return new CancelMeetingRequest(FormTime.text(cancelReason), FormValues.version(version));
    }

    public boolean invites(String code) {
        return participants != null && participants.contains(code);
    }
}
