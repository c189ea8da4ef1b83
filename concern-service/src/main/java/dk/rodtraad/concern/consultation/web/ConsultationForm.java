package dk.rodtraad.concern.consultation.web;

import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.consultation.OpenConsultationRequest;
import dk.rodtraad.concern.recording.Setting;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

/** The form asking for anonymous sparring as the browser sends it, kept as typed so a rejected form comes back. */
@TemplateData
public class ConsultationForm {

    @RestForm public String situation;
    @RestForm public String setting;
    @RestForm public String childAgeYears;
    /** What this form, as the page showed it, is sent as: sent twice, it opens one consultation. */
    @RestForm(IdempotencyKey.FORM_FIELD) public String sending = IdempotencyKey.fresh();

    /** A choice or an age that cannot be read is its field's error and stands as null, as in {@link ConcernForm}. */
    OpenConsultationRequest request(FormErrors errors, String notAChoice, String notAnAge) {
        return new OpenConsultationRequest(situation == null ? null : situation.strip(),
                FormValues.coded(Setting.class, setting, "setting", errors, notAChoice), age(errors, notAnAge));
    }

    /** The age may be left out: the professional decides how much to tell. */
    private Integer age(FormErrors errors, String notAnAge) {
        if (childAgeYears == null || childAgeYears.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(childAgeYears.strip());
        } catch (NumberFormatException e) {
            errors.add("childAgeYears", notAnAge);
            return null;
        }
    }
}
