package dk.rodtraad.catalogue.intervention.web;

import dk.rodtraad.catalogue.intervention.Access;
import dk.rodtraad.catalogue.intervention.Anchoring;
import dk.rodtraad.catalogue.intervention.EvidenceLevel;
import dk.rodtraad.catalogue.intervention.InterventionContent;
import dk.rodtraad.catalogue.intervention.InterventionType;
import dk.rodtraad.catalogue.intervention.PreventionLevel;
import dk.rodtraad.catalogue.web.FormValues;
import dk.rodtraad.chassis.web.FormErrors;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Arrays;
import java.util.List;

/**
 * The editor's form as the browser sends it, field by field as {@link InterventionContent} names them, kept as typed
 * so a rejected form comes back with what the editor wrote. Lists are text areas with one item per line; signs are
 * checkboxes of the shared language.
 */
@TemplateData
public class InterventionForm {

    @RestForm public String code;
    @RestForm public String name;
    @RestForm public String shortDescription;
    @RestForm public String longDescription;
    @RestForm public String ageFromYears;
    @RestForm public String ageToYears;
    @RestForm public List<String> signs;
    @RestForm public String type;
    @RestForm public String preventionLevel;
    @RestForm public String step;
    @RestForm public String department;
    @RestForm public String anchoring;
    @RestForm public String legalBasis;
    @RestForm public String method;
    @RestForm public String evidenceLevel;
    @RestForm public String competences;
    @RestForm public String capacityPerYear;
    @RestForm public String waitingWeeks;
    @RestForm public String access;
    @RestForm public String contact;
    @RestForm public String locations;
    /** The version the editor opened, for optimistic locking; absent on a new intervention. */
    @RestForm public String version;

    /** The form filled in with what is stored. */
    public static InterventionForm of(InterventionContent content, long version) {
        var form = new InterventionForm();
        form.code = content.code();
        form.name = content.name();
        form.shortDescription = content.shortDescription();
        form.longDescription = content.longDescription();
        form.ageFromYears = String.valueOf(content.ageFromYears());
        form.ageToYears = String.valueOf(content.ageToYears());
        form.signs = content.signs();
        form.type = content.type().code();
        form.preventionLevel = content.preventionLevel().code();
        form.step = String.valueOf(content.step());
        form.department = content.department();
        form.anchoring = content.anchoring().code();
        form.legalBasis = content.legalBasis();
        form.method = content.method();
        form.evidenceLevel = content.evidenceLevel().code();
        form.competences = String.join("\n", content.competences());
        form.capacityPerYear = content.capacityPerYear() == null ? "" : String.valueOf(content.capacityPerYear());
        form.waitingWeeks = String.valueOf(content.waitingWeeks());
        form.access = content.access().code();
        form.contact = content.contact();
        form.locations = String.join("\n", content.locations());
        form.version = String.valueOf(version);
        return form;
    }

    /**
     * The content the form describes. A number or code that cannot be read is recorded in {@code errors} and
     * stands as 0 or null, so Bean Validation can still judge the other fields in the same round.
     */
    public InterventionContent content(FormErrors errors, String notWholeNumber) {
        return new InterventionContent(text(code), text(name), text(shortDescription), text(longDescription),
                whole(ageFromYears, "ageFromYears", errors, notWholeNumber),
                whole(ageToYears, "ageToYears", errors, notWholeNumber), chosenSigns(),
                FormValues.coded(InterventionType.class, type, "type", errors),
                FormValues.coded(PreventionLevel.class, preventionLevel, "preventionLevel", errors),
                whole(step, "step", errors, notWholeNumber), text(department),
                FormValues.coded(Anchoring.class, anchoring, "anchoring", errors), text(legalBasis), text(method),
                FormValues.coded(EvidenceLevel.class, evidenceLevel, "evidenceLevel", errors), lines(competences),
                FormValues.whole(capacityPerYear, Integer.MIN_VALUE, Integer.MAX_VALUE, "capacityPerYear", errors, notWholeNumber),
                whole(waitingWeeks, "waitingWeeks", errors, notWholeNumber),
                FormValues.coded(Access.class, access, "access", errors), text(contact), lines(locations));
    }

    public List<String> chosenSigns() {
        return signs == null ? List.of() : signs;
    }

    /** The version as a number; null when absent or tampered with, which the service then treats as stale. */
    public Long versionNumber() {
        try {
            return version == null ? null : Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? null : value.strip();
    }

    private static List<String> lines(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A required whole number: blank and unreadable are both "write a whole number". */
    private static int whole(String value, String field, FormErrors errors, String message) {
        Integer number = FormValues.whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE, field, errors, message);
        if (number == null) {
            errors.add(field, message);
            return 0;
        }
        return number;
    }
}
