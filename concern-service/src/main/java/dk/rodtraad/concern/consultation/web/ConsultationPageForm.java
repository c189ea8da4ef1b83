package dk.rodtraad.concern.consultation.web;

import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.concern.web.ChildFields;
import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.consultation.AddNoteRequest;
import dk.rodtraad.concern.consultation.LinkConsultationRequest;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The consultation page's forms as the browser sends them: a note to its history, and, for its opener, the child it
 * is about, named as the concern form names one. {@code version} is the consultation's version the page showed.
 */
@TemplateData
public class ConsultationPageForm {

    @RestForm public String text;
    @RestForm public String childId;
    @RestForm public String childCpr;
    @RestForm public String childName;
    @RestForm public String version;
    /** The note form's key: sent twice, it adds the note once ({@link IdempotencyKey}). */
    @RestForm(IdempotencyKey.FORM_FIELD) public String sending = IdempotencyKey.fresh();

    AddNoteRequest noteRequest() {
        return new AddNoteRequest(text == null ? null : text.strip());
    }

    LinkConsultationRequest linkRequest(FormErrors errors, String notAChoice) {
        return new LinkConsultationRequest(ChildFields.identity(childId, childCpr, childName, errors, notAChoice),
                FormValues.version(version));
    }
}
