package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.codes.Coded;
import io.quarkus.qute.TemplateData;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One choice of a select, a radio group or a checkbox group, already marked when it is the one chosen: the one kind
 * of choice every service's forms show (the chassis's {@code tags/radios.html} and {@code tags/choice.html}).
 *
 * @param value what the form sends: a code as the API speaks it, or an id
 * @param label what people read, in Danish
 * @param hint  what the choice means, shown beside it (a scale level's guidance), or null
 */
@TemplateData
public record Option(String value, String label, String hint, boolean selected) {

    public Option(String value, String label, boolean selected) {
        this(value, label, null, selected);
    }

    /** A code list's values, by code, with their Danish labels ({@link Coded#label()}). */
    public static <E extends Enum<E> & Coded> List<Option> of(Class<E> list, String chosen) {
        return of(Arrays.asList(list.getEnumConstants()), Coded::code, Coded::label, chosen);
    }

    /** Any values, in the order given, each with what the form sends and what people read. */
    public static <T> List<Option> of(Collection<T> values, Function<T, String> value, Function<T, String> label,
            String chosen) {
        return values.stream()
                .map(v -> new Option(value.apply(v), label.apply(v), value.apply(v).equals(chosen)))
                .toList();
    }
}
