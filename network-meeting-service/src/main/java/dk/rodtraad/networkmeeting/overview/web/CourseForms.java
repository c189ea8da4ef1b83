package dk.rodtraad.networkmeeting.overview.web;

import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.networkmeeting.course.ChangeCoreTeamRequest;
import dk.rodtraad.networkmeeting.course.CloseCourseRequest;
import dk.rodtraad.networkmeeting.course.HandOverResponsibilityRequest;
import dk.rodtraad.networkmeeting.course.MeetingRole;
import dk.rodtraad.networkmeeting.network.ConsentRequest;
import dk.rodtraad.networkmeeting.network.NetworkKind;
import dk.rodtraad.networkmeeting.network.WithdrawConsentRequest;
import dk.rodtraad.chassis.web.FormTime;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.UUID;

/**
 * The course page's forms as the browser sends them, one at a time: the responsibility handed over, the core team
 * changed, a network participant recorded with consent or withdrawn, the course closed. {@code version} is the
 * course's version the page showed.
 */
@TemplateData
public class CourseForms {

    @RestForm public String to;
    @RestForm public List<String> joining;
    @RestForm public List<String> leaving;
    @RestForm public String reason;
    @RestForm public String closeReason;
    @RestForm public String name;
    @RestForm public String role;
    @RestForm public String kind;
    @RestForm public String interventionId;
    @RestForm public String consentGivenBy;
    @RestForm public String consentGivenOn;
    @RestForm public String withdrawnOn;
    @RestForm public String version;
    /** The network form's key: sent twice, it records the person once ({@link IdempotencyKey}). */
    @RestForm(IdempotencyKey.FORM_FIELD) public String sending = IdempotencyKey.fresh();

    HandOverResponsibilityRequest handOver() {
        return new HandOverResponsibilityRequest(FormTime.text(to), FormValues.version(version));
    }

    ChangeCoreTeamRequest changeCoreTeam() {
        return new ChangeCoreTeamRequest(joining == null ? List.of() : joining, leaving == null ? List.of() : leaving,
                FormTime.text(reason), FormValues.version(version));
    }

    CloseCourseRequest close() {
        return new CloseCourseRequest(FormTime.text(closeReason), FormValues.version(version));
    }

    ConsentRequest consent(FormErrors errors, String notAChoice) {
        UUID intervention = null;
        if (interventionId != null && !interventionId.isBlank()) {
            try {
                intervention = UUID.fromString(interventionId.strip());
            } catch (IllegalArgumentException e) {
                errors.add("interventionId", notAChoice);
            }
        }
        return new ConsentRequest(FormTime.text(name),
                FormValues.coded(MeetingRole.class, role, "role", errors, notAChoice),
                FormValues.coded(NetworkKind.class, kind, "kind", errors, notAChoice), intervention,
                FormValues.coded(MeetingRole.class, consentGivenBy, "consentGivenBy", errors, notAChoice),
                FormTime.date(consentGivenOn, "consentGivenOn", errors));
    }

    WithdrawConsentRequest withdraw(FormErrors errors) {
        return new WithdrawConsentRequest(FormTime.date(withdrawnOn, "withdrawnOn", errors));
    }
}
