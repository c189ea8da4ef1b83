package dk.rodtraad.concern.web;

import dk.rodtraad.concern.child.Child;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;
import io.quarkus.qute.TemplateData;

import java.util.Arrays;
import java.util.function.Function;
import java.util.List;

/**
 * One choice of a select, a radio group or a checkbox group, already marked when it is the one chosen.
 *
 * @param hint what the choice means, shown beside it (a scale level's guidance), or null
 */
@TemplateData
public record Option(String value, String label, String hint, boolean selected) {

    /** The values of one of the API's code lists, labelled in Danish. */
    public static <E extends Enum<E>> List<Option> of(Class<E> list, Function<String, String> label, String chosen) {
        return Arrays.stream(list.getEnumConstants()).map(Codes::of)
                .map(code -> new Option(code, label.apply(code), null, code.equals(chosen)))
                .toList();
    }

    /** The professional's children to pick one of, by name. */
    public static List<Option> children(List<Child> children, String chosen) {
        return children.stream()
                .map(child -> new Option(child.id.toString(), child.name, null, child.id.toString().equals(chosen)))
                .toList();
    }

    /** The shared scale's levels with what each means and what to do, as the shared language words them. */
    public static List<Option> levels(TaxonomyPublishedV1 inForce, String chosen, AppMessages msg) {
        return inForce.scale().stream()
                .map(level -> new Option(level.code(), msg.level(level.code()) + " – " + level.meaning(),
                        level.guidance(), level.code().equals(chosen)))
                .toList();
    }
}
