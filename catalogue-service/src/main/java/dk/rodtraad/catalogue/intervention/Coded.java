package dk.rodtraad.catalogue.intervention;

import com.fasterxml.jackson.annotation.JsonValue;
import dk.rodtraad.chassis.problem.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A value of one of the catalogue's code lists, implemented by enums. It is exchanged (API, CSV, events) by its
 * Danish {@link #code()}, e.g. {@code konsultativ-sparring} for {@code KONSULTATIV_SPARRING}, and shown to people by
 * its {@link #label()} from {@code codes.properties}.
 */
public interface Coded {

    ResourceBundle LABELS = ResourceBundle.getBundle("codes", Locale.ROOT);

    String name();

    @JsonValue
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    default String label() {
        return LABELS.getString(((Enum<?>) this).getDeclaringClass().getSimpleName() + "." + code());
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
