package dk.rodtraad.concern.child;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether the name given with a CPR number is the registered child's name. Compared as people write names: case,
 * accents (é, ü), the Danish letters written out (æ = ae, ø = oe, å = aa), whitespace and hyphens do not matter, and
 * middle names may be left out. Every given name must be one of the registered first or middle names, and the last
 * names must agree: "asta jensen" is "Asta Marie Jensen", "Mads Hansen" is not.
 */
public final class ChildNames {

    private ChildNames() {
    }

    /** @return true when {@code given} names the child registered as {@code registered} */
    public static boolean match(String registered, String given) {
        List<String> known = words(registered);
        List<String> told = words(given);
        if (known.isEmpty() || told.isEmpty() || !known.getLast().equals(told.getLast())) {
            return false;
        }
        List<String> knownGiven = known.subList(0, known.size() - 1);
        List<String> toldGiven = told.subList(0, told.size() - 1);
        // A last name alone does not name a child whose first name is known.
        if (toldGiven.isEmpty() && !knownGiven.isEmpty()) {
            return false;
        }
        return knownGiven.containsAll(toldGiven);
    }

    /** The name's words, folded: lower case, Danish letters written out, accents and punctuation dropped. */
    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String folded = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return Arrays.stream(folded.split("[\\s\\-‐‑–]+"))
                .map(word -> word.replaceAll("[^\\p{L}\\p{N}]", ""))
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
