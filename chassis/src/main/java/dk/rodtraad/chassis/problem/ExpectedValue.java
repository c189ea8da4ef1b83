package dk.rodtraad.chassis.problem;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What a value of a type looks like, in the Danish words a field's message uses, and whether a text reads as one: for
 * a JSON value of the wrong type and a query or path parameter that cannot be converted alike.
 */
final class ExpectedValue {

    /** A request's body or a field that should hold named fields, sent as a list, a text or a number instead. */
    static final String OBJECT = "Skal være et JSON-objekt med felter: { … }";

    /** E.g. "Skal være et helt tal"; a general message for a type without words of its own. */
    static String of(Class<?> type) {
        if (type == null) {
            return "Værdien har ikke den rigtige form";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "Skal være true eller false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "Skal være et helt tal";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || Number.class.isAssignableFrom(type)) {
            return "Skal være et tal";
        }
        if (type == String.class) {
            return "Skal være en tekst";
        }
        if (type == LocalDate.class) {
            return "Skal være en dato som åååå-mm-dd";
        }
        if (type == UUID.class) {
            return "Skal være et UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "Skal være en liste";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return OBJECT;
        }
        return "Værdien har ikke den rigtige form";
    }

    /** Whether the text converts to the type as Quarkus REST converts a parameter; true for a type not checked here. */
    static boolean reads(Class<?> type, String text) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(text);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(text);
            } else if (type == short.class || type == Short.class) {
                Short.parseShort(text);
            } else if (type == double.class || type == Double.class) {
                Double.parseDouble(text);
            } else if (type == LocalDate.class) {
                LocalDate.parse(text);
            } else if (type == UUID.class) {
                UUID.fromString(text);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private ExpectedValue() {
    }
}
