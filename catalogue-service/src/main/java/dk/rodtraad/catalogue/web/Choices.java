package dk.rodtraad.catalogue.web;

import dk.rodtraad.chassis.web.Option;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The catalogue's own choices for its forms, as the chassis's {@link Option}s. */
public final class Choices {

    /** Several values may be chosen, e.g. the shared language's signs by code and name. */
    public static List<Option> of(Map<String, String> labelsByValue, Collection<String> chosen) {
        return labelsByValue.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue(), chosen.contains(e.getKey())))
                .toList();
    }

    /** The six steps of Indsatstrappen. */
    public static List<Option> steps(String chosen, AppMessages msg) {
        return Option.of(IntStream.rangeClosed(1, 6).boxed().toList(), String::valueOf, msg::step, chosen);
    }

    private Choices() {
    }
}
