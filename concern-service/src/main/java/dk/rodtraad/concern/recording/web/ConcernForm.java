package dk.rodtraad.concern.recording.web;

import dk.rodtraad.concern.web.ChildFields;
import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.recording.ChildView;
import dk.rodtraad.concern.recording.ChildViewMethod;
import dk.rodtraad.concern.recording.ConcernLevel;
import dk.rodtraad.concern.recording.ParentContact;
import dk.rodtraad.concern.recording.ParentsInvolvement;
import dk.rodtraad.concern.recording.RecordConcernRequest;
import dk.rodtraad.concern.recording.Setting;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The concern form as the browser sends it, kept as typed so a rejected form comes back with what was written. Each
 * input is named as {@link FormErrors#formField} names the request field it fills ({@code parentsInvolvedOn} for
 * {@code parents.involvedOn}), so the service's messages land beside the right input.
 */
@TemplateData
public class ConcernForm {

    /** "ja" when the parents are involved, "nej" when a reason is given instead. */
    public static final String INVOLVED = "ja";
    public static final String NOT_INVOLVED = "nej";

    private static final List<DateTimeFormatter> DANISH_DATES = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d/M/uuuu"));

    @RestForm public String childId;
    @RestForm public String childCpr;
    @RestForm public String childName;
    @RestForm public List<String> signs;
    @RestForm public String level;
    @RestForm public String acute;
    @RestForm public String setting;
    @RestForm public String observedOn;
    @RestForm public String observation;
    @RestForm public String parents;
    @RestForm public String parentsInvolvedOn;
    @RestForm public String parentsHow;
    @RestForm public String parentsInvolvedBy;
    @RestForm public String parentsPerspective;
    @RestForm public String parentsNotInvolvedReason;
    @RestForm public String childViewMethod;
    @RestForm public String childViewView;
    @RestForm public String tovholder;
    @RestForm public String ageReason;
    /**
     * What this form, as the page showed it, is sent as: sent twice (a browser without our script, the back button),
     * it records one concern ({@link IdempotencyKey}).
     */
    @RestForm(IdempotencyKey.FORM_FIELD) public String sending = IdempotencyKey.fresh();

    /** A new form: observed today, the parents involved today by the one recording. */
    static ConcernForm blank(String childId, LocalDate today, String me) {
        var form = new ConcernForm();
        form.childId = childId;
        form.observedOn = today.toString();
        form.parentsInvolvedOn = today.toString();
        form.parentsInvolvedBy = me;
        return form;
    }

    public List<String> chosenSigns() {
        return signs == null ? List.of() : signs;
    }

    public boolean isAcute() {
        return "true".equals(acute);
    }

    public boolean parentsInvolved() {
        return INVOLVED.equals(parents);
    }

    public boolean parentsNotInvolved() {
        return NOT_INVOLVED.equals(parents);
    }

    /**
     * The request the form describes. A date or choice that cannot be read is recorded in {@code errors} and stands
     * as null, so Bean Validation can still judge every other field in the same round. The parents' fields count
     * only when they are said to be involved, the reason only when they are not.
     */
    RecordConcernRequest request(FormErrors errors, String notADate, String notAChoice) {
        var child = ChildFields.identity(childId, childCpr, childName, errors, notAChoice);
        var involvement = !parentsInvolved() ? null : new ParentsInvolvement(
                date(parentsInvolvedOn, "parents.involvedOn", errors, notADate),
                FormValues.coded(ParentContact.class, parentsHow, "parents.how", errors, notAChoice),
                text(parentsInvolvedBy), text(parentsPerspective));
        return new RecordConcernRequest(child, chosenSigns(),
                FormValues.coded(ConcernLevel.class, level, "level", errors, notAChoice), isAcute(),
                FormValues.coded(Setting.class, setting, "setting", errors, notAChoice),
                date(observedOn, "observedOn", errors, notADate), text(observation), involvement,
                parentsNotInvolved() ? text(parentsNotInvolvedReason) : null,
                new ChildView(FormValues.coded(ChildViewMethod.class, childViewMethod, "childView.method", errors, notAChoice),
                        text(childViewView)),
                blank(tovholder) ? null : text(tovholder), blank(ageReason) ? null : text(ageReason));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return value == null ? null : value.strip();
    }

    /** The browser's date field sends ISO dates; typed by hand, Danish day-month-year is read too. */
    private static LocalDate date(String value, String field, FormErrors errors, String message) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException iso) {
            for (var format : DANISH_DATES) {
                try {
                    return LocalDate.parse(value.strip(), format);
                } catch (DateTimeParseException e) {
                    // the next form may fit
                }
            }
            errors.add(field, message);
            return null;
        }
    }
}
