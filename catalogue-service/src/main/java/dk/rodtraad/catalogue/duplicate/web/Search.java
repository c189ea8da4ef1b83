package dk.rodtraad.catalogue.duplicate.web;

import java.util.List;
import java.util.Locale;

/**
 * Which look-alike pairs the editor asked to see (søg i dobbeltindsatser): those where either intervention's name,
 * method or department holds the text, case aside. A catalogue with many look-alikes lists many pairs; the editor
 * who comes from one intervention wants its pairs, not all of them.
 *
 * @param text what was searched for, stripped; empty shows every pair
 */
public record Search(String text) {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    public static Search of(String text) {
        return new Search(text == null ? "" : text.strip());
    }

    public List<PairView> keep(List<PairView> pairs) {
        return text.isEmpty() ? pairs : pairs.stream().filter(p -> matches(p.first()) || matches(p.second())).toList();
    }

    private boolean matches(PairView.Side side) {
        String wanted = text.toLowerCase(DANISH);
        return contains(side.name(), wanted) || contains(side.method(), wanted) || contains(side.department(), wanted);
    }

    private static boolean contains(String field, String wanted) {
        return field != null && field.toLowerCase(DANISH).contains(wanted);
    }
}
