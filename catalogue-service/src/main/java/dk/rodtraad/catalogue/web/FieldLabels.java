package dk.rodtraad.catalogue.web;

import dk.rodtraad.catalogue.intervention.InterventionContent;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/** The Danish label of each field of {@link InterventionContent}, in the record's order: the order of the form and the page. */
public final class FieldLabels {

    static final List<String> FIELDS = Arrays.stream(InterventionContent.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    public static SequencedMap<String, String> of(AppMessages msg) {
        var labels = new LinkedHashMap<String, String>();
        FIELDS.forEach(field -> labels.put(field, label(msg, field)));
        return labels;
    }

    private static String label(AppMessages msg, String field) {
        return switch (field) {
            case "code" -> msg.field_code();
            case "name" -> msg.field_name();
            case "shortDescription" -> msg.field_shortDescription();
            case "longDescription" -> msg.field_longDescription();
            case "ageFromYears" -> msg.field_ageFromYears();
            case "ageToYears" -> msg.field_ageToYears();
            case "signs" -> msg.field_signs();
            case "type" -> msg.field_type();
            case "preventionLevel" -> msg.field_preventionLevel();
            case "step" -> msg.field_step();
            case "department" -> msg.field_department();
            case "anchoring" -> msg.field_anchoring();
            case "legalBasis" -> msg.field_legalBasis();
            case "method" -> msg.field_method();
            case "evidenceLevel" -> msg.field_evidenceLevel();
            case "competences" -> msg.field_competences();
            case "capacityPerYear" -> msg.field_capacityPerYear();
            case "waitingWeeks" -> msg.field_waitingWeeks();
            case "access" -> msg.field_access();
            case "contact" -> msg.field_contact();
            case "locations" -> msg.field_locations();
            default -> throw new IllegalArgumentException("No label for the field " + field);
        };
    }

    private FieldLabels() {
    }
}
