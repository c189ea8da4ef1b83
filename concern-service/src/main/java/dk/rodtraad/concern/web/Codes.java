package dk.rodtraad.concern.web;

import dk.rodtraad.chassis.web.FormErrors;
import java.util.Arrays;
import java.util.Locale;

/**
 * The concern API's code lists as a form sends them: the same codes as its JSON ({@code smiley-skala} for
 * {@code SMILEY_SKALA}), so a page and an API client speak alike.
 */
public final class Codes {

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the value with the code, or null when blank; an unknown code is the field's error */
    public static <E extends Enum<E>> E parse(Class<E> list, String text, String field, FormErrors errors, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var found = Arrays.stream(list.getEnumConstants()).filter(value -> of(value).equals(text.strip())).findFirst();
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

    private Codes() {
    }
}
