package dk.rodtraad.concern.recording.web;

import dk.rodtraad.concern.web.AppMessages;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/** The Danish label of each field of the concern form, in the form's order: the order of its error summary. */
public final class FieldLabels {

    static SequencedMap<String, String> of(AppMessages msg) {
        var labels = new LinkedHashMap<String, String>();
        labels.put("childId", msg.field_childId());
        labels.put("childCpr", msg.field_childCpr());
        labels.put("childName", msg.field_childName());
        labels.put("ageReason", msg.field_ageReason());
        labels.put("signs", msg.field_signs());
        labels.put("level", msg.field_level());
        labels.put("acute", msg.field_acute());
        labels.put("setting", msg.field_setting());
        labels.put("observedOn", msg.field_observedOn());
        labels.put("observation", msg.field_observation());
        labels.put("parents", msg.field_parents());
        labels.put("parentsInvolvedOn", msg.field_parentsInvolvedOn());
        labels.put("parentsHow", msg.field_parentsHow());
        labels.put("parentsInvolvedBy", msg.field_parentsInvolvedBy());
        labels.put("parentsPerspective", msg.field_parentsPerspective());
        labels.put("parentsNotInvolvedReason", msg.field_parentsNotInvolvedReason());
        labels.put("childViewMethod", msg.field_childViewMethod());
        labels.put("childViewView", msg.field_childViewView());
        labels.put("tovholder", msg.field_tovholder());
        return labels;
    }

    private FieldLabels() {
    }
}
