package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.codes.Coded;

/** What a form sends, read as the API's request wants it: a code of a code list, the version of shared data. */
public final class FormValues {

    /**
     * A code list's value as a form sends it, by the same code as the API's JSON ({@link Coded#code()}).
     *
     * @return the value with the code, or null when blank; an unknown code is the field's error
     */
    public static <E extends Enum<E> & Coded> E coded(Class<E> list, String text, String field, FormErrors errors,
            String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var found = Coded.find(list, text);
        if (found.isEmpty()) {
            errors.add(field, message);
        }
        return found.orElse(null);
    }

    /**
     * The version of shared data a form was filled in from, sent back in a hidden field. One that is not a number
     * names no version, and Bean Validation then asks for one.
     */
    public static Long version(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private FormValues() {
    }
}
