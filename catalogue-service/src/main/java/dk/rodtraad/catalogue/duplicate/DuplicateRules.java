package dk.rodtraad.catalogue.duplicate;

import dk.rodtraad.catalogue.intervention.InterventionContent;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When two interventions look like the same offer run twice (dobbeltindsats): Socialstyrelsen found Cool Kids run
 * both by PPR and by the family counselling of one municipality, unknown to each other. Two interventions of
 * different departments, for children of overlapping ages, look alike when they name the same method, or when their
 * names or short descriptions share most of their words and they address at least one sign in common.
 */
public final class DuplicateRules {

    /** Share of distinct words two names must have in common (Jaccard) to look alike. */
    static final double SIMILAR_NAMES = 0.6;
    /** The same for short descriptions, which are longer and so share fewer words by chance. */
    static final double SIMILAR_DESCRIPTIONS = 0.5;

    /** Words that say nothing about which offer it is. */
    private static final Set<String> STOP_WORDS = Set.of("og", "i", "for", "til", "med", "af", "en", "et", "der",
            "de", "som", "på", "at", "er", "om", "den", "det", "har", "kan", "deres", "fra", "eller", "barnet", "børn",
            "børnene", "forældre", "forældrene", "unge", "familier", "forløb");

    /** @return why the two look like the same offer, in Danish; empty when they do not */
    public static Optional<String> why(InterventionContent a, InterventionContent b) {
        if (a.department().equalsIgnoreCase(b.department()) || !agesOverlap(a, b)) {
            return Optional.empty();
        }
        if (a.methodOrNull() != null && a.methodOrNull().equalsIgnoreCase(b.methodOrNull())) {
            return Optional.of("Samme metode (" + a.methodOrNull() + ") i " + a.department() + " og " + b.department()
                    + " for børn i samme alder");
        }
        if (!signsOverlap(a, b)) {
            return Optional.empty();
        }
        if (similarity(a.name(), b.name()) >= SIMILAR_NAMES) {
            return Optional.of("Næsten samme navn og samme tegn i " + a.department() + " og " + b.department());
        }
        if (similarity(a.shortDescription(), b.shortDescription()) >= SIMILAR_DESCRIPTIONS) {
            return Optional.of("Næsten samme beskrivelse og samme tegn i " + a.department() + " og " + b.department());
        }
        return Optional.empty();
    }

    static boolean agesOverlap(InterventionContent a, InterventionContent b) {
        return a.ageFromYears() <= b.ageToYears() && b.ageFromYears() <= a.ageToYears();
    }

    private static boolean signsOverlap(InterventionContent a, InterventionContent b) {
        return a.signs().stream().anyMatch(b.signs()::contains);
    }

    /** The share of the two texts' distinct meaningful words that both use: 1 for the same words, 0 for none in common. */
    static double similarity(String first, String second) {
        Set<String> a = words(first), b = words(second);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        var common = new HashSet<>(a);
        common.retainAll(b);
        var all = new HashSet<>(a);
        all.addAll(b);
        return (double) common.size() / all.size();
    }

    static Set<String> words(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() > 1 && !STOP_WORDS.contains(word))
                .collect(Collectors.toSet());
    }

    private DuplicateRules() {
    }
}
