package dk.rodtraad.chassis.codes;

import com.fasterxml.jackson.annotation.JsonValue;
import dk.rodtraad.chassis.problem.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A value of one of a service's code lists, implemented by enums, the one way every service maps a code list: the
 * constant has an English name ({@code NOT_URGENT}) or the Danish one, the API, forms, CSV and events exchange its Danish
 * {@link #code()} ({@code ikke-akut}), and people read its {@link #label()} ("Ikke akut") from the service's
 * {@code codes.properties} ({@code <EnumName>.<code>=<label>}), never the code in a sentence.
 */
public interface Coded {

    String name();

    /** The code as the API speaks it: by default the constant's name in lower case with dashes. */
    @JsonValue
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The Danish label from the service's {@code codes.properties}. */
    default String label() {
        Class<?> list = ((Enum<?>) this).getDeclaringClass();
        return ResourceBundle.getBundle("codes", Locale.ROOT, list.getClassLoader())
                .getString(list.getSimpleName() + "." + code());
    }

    /** The value with the code, if any (exactly, after trimming). */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> list, String code) {
        String wanted = code == null ? "" : code.strip();
        return Arrays.stream(list.getEnumConstants()).filter(c -> c.code().equals(wanted)).findFirst();
    }

    /**
     * Reads a code, or the label a spreadsheet may hold instead, ignoring case.
     *
     * @throws InvalidValueException naming the allowed codes
     */
    static <E extends Enum<E> & Coded> E parse(Class<E> list, String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(list.getEnumConstants())
                .filter(c -> c.code().equals(wanted) || c.label().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("Skal være en af: " + Arrays.stream(list.getEnumConstants())
                        .map(Coded::code).collect(Collectors.joining(", "))));
    }
}
