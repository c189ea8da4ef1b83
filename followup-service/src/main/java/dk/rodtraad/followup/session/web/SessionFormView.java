package dk.rodtraad.followup.session.web;

import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.UUID;

/**
 * The session form as the page shows it: for each rater a group of the two forms that fit them and the child's age
 * on the session's date, each item an input with its value as sent.
 *
 * @param ageHint the child's age on the day and what it means for the forms, beside the date
 */
@TemplateData
public record SessionFormView(UUID planId, String intervention, String heldOn, String ageHint,
        List<RaterInputs> raters) {

    /** @param name the fieldset's name, where an error about the rater's scores as a whole stands */
    @TemplateData
    public record RaterInputs(String name, String legend, String hint, List<PartInputs> parts) {
    }

    /** The items of one form: at the start (outcome) or the end (alliance). */
    @TemplateData
    public record PartInputs(String legend, List<ItemInput> items) {
    }

    @TemplateData
    public record ItemInput(String name, String label, String value) {
    }
}
