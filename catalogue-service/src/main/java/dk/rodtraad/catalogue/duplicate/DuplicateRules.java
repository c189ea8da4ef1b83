package dk.rodtraad.catalogue.duplicate;

import dk.rodtraad.catalogue.intervention.InterventionContent;

import java.text.Normalizer;
import java.util.Arrays;
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
        return why(Profile.of(a), Profile.of(b));
    }

    /**
     * What the rules compare of one intervention, worked out once: the duplicate review compares every live
     * intervention with every other, on the event loop, and splitting the texts into their words for each pair anew
     * took 12–14 s for 2,000 interventions (the demo catalogue copied to five departments, 2026-12-05), against
     * 0.25 s with the profiles.
     */
    public record Profile(InterventionContent content, Set<String> signs, Set<String> nameWords,
            Set<String> descriptionWords) {

        public static Profile of(InterventionContent content) {
            return new Profile(content, Set.copyOf(content.signs()), words(content.name()),
                    words(content.shortDescription()));
        }
    }

    /** @return why the two look like the same offer, in Danish; empty when they do not */
    public static Optional<String> why(Profile first, Profile second) {
        InterventionContent a = first.content(), b = second.content();
        if (a.department().equalsIgnoreCase(b.department()) || !agesOverlap(a, b)) {
            return Optional.empty();
        }
        if (a.methodOrNull() != null && a.methodOrNull().equalsIgnoreCase(b.methodOrNull())) {
            return Optional.of("Samme metode (" + a.methodOrNull() + ") i " + a.department() + " og " + b.department()
                    + " for børn i samme alder");
        }
        if (first.signs().stream().noneMatch(second.signs()::contains)) {
            return Optional.empty();
        }
        if (similarity(first.nameWords(), second.nameWords()) >= SIMILAR_NAMES) {
            return Optional.of("Næsten samme navn og samme tegn i " + a.department() + " og " + b.department());
        }
        if (similarity(first.descriptionWords(), second.descriptionWords()) >= SIMILAR_DESCRIPTIONS) {
            return Optional.of("Næsten samme beskrivelse og samme tegn i " + a.department() + " og " + b.department());
        }
        return Optional.empty();
    }

    static boolean agesOverlap(InterventionContent a, InterventionContent b) {
        return a.ageFromYears() <= b.ageToYears() && b.ageFromYears() <= a.ageToYears();
    }

    /** The share of the two texts' distinct meaningful words that both use: 1 for the same words, 0 for none in common. */
    static double similarity(String first, String second) {
        return similarity(words(first), words(second));
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / (a.size() + b.size() - common);
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
