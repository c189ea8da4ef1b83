package dk.rodtraad.catalogue.web;

import dk.rodtraad.chassis.codes.Coded;
import dk.rodtraad.chassis.problem.InvalidValueException;
import dk.rodtraad.chassis.web.FormErrors;

/**
 * Values as people send them from a form: blank is no value; anything else that cannot be read is recorded as the
 * field's error and read as no value, so the rest of the form can still be judged in the same round.
 */
public final class FormValues {

    /** @return the whole number within min..max, or null */
    public static Integer whole(String text, int min, int max, String field, FormErrors errors, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // an unreadable number gets the same message as one out of range
        }
        errors.add(field, message);
        return null;
    }

    /** @return the value of the code list by its code or Danish label, or null; an unknown one names the allowed codes */
    public static <E extends Enum<E> & Coded> E coded(Class<E> list, String text, String field, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Coded.parse(list, text);
        } catch (InvalidValueException e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }

    private FormValues() {
    }
}
