package dk.rodtraad.catalogue.web;

import dk.rodtraad.catalogue.intervention.Coded;
import io.quarkus.qute.TemplateData;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** One choice of a select, a radio group or a checkbox group, already marked when it is the one chosen. */
@TemplateData
public record Option(String value, String label, boolean selected) {

    /** The values of a code list, by code, with their Danish labels. */
    public static <E extends Enum<E> & Coded> List<Option> of(Class<E> list, String chosen) {
        return Arrays.stream(list.getEnumConstants())
                .map(c -> new Option(c.code(), c.label(), c.code().equals(chosen)))
                .toList();
    }

    /** Values with their labels, e.g. the shared language's signs by code and name. */
    public static List<Option> of(Map<String, String> labelsByValue, Collection<String> chosen) {
        return labelsByValue.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue(), chosen.contains(e.getKey())))
                .toList();
    }

    /** The six steps of Indsatstrappen. */
    public static List<Option> steps(String chosen, AppMessages msg) {
        return IntStream.rangeClosed(1, 6)
                .mapToObj(step -> new Option(String.valueOf(step), msg.step(step), String.valueOf(step).equals(chosen)))
                .toList();
    }
}
