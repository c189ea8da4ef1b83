package dk.rodtraad.concern.notification.web;

import dk.rodtraad.concern.recording.web.ConcernForm;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.notification.Ground;
import dk.rodtraad.concern.notification.NotifyRequest;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

/** The underretning form as the browser sends it, kept as typed so a rejected form comes back with what was written. */
@TemplateData
public class NotifyForm {

    @RestForm public String ground;
    @RestForm public String knownOrSuspected;
    /** {@link ConcernForm#INVOLVED} when the parents were told, {@link ConcernForm#NOT_INVOLVED} when not. */
    @RestForm public String parentsInformed;
    @RestForm public String parentsNotInformedReason;
    /**
     * What this form, as the page showed it, is sent as: sent twice (a browser without our script, the back button),
     * it makes one underretning ({@link IdempotencyKey}).
     */
    @RestForm(IdempotencyKey.FORM_FIELD) public String sending = IdempotencyKey.fresh();

    public boolean informed() {
        return ConcernForm.INVOLVED.equals(parentsInformed);
    }

    public boolean notInformed() {
        return ConcernForm.NOT_INVOLVED.equals(parentsInformed);
    }

    /** The reason counts only when the parents were not told, so one left over from changing the answer is ignored. */
    NotifyRequest request(FormErrors errors, String notAChoice) {
        return new NotifyRequest(FormValues.coded(Ground.class, ground, "ground", errors, notAChoice),
                knownOrSuspected == null ? null : knownOrSuspected.strip(),
                informed() ? Boolean.TRUE : notInformed() ? Boolean.FALSE : null,
                notInformed() && parentsNotInformedReason != null ? parentsNotInformedReason.strip() : null);
    }
}
