package dk.rodtraad.catalogue.search;

import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.InterventionView;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks interventions for a child (forslag): the more of the child's signs an intervention addresses, the higher;
 * then the lowest step on Indsatstrappen (the earliest, least intrusive help first), then the shortest wait.
 */
final class SuggestionRanking {

    static List<Suggestion> rank(List<Intervention> candidates, int age, List<String> childSigns, Map<String, String> signNames) {
        return candidates.stream()
                .map(intervention -> explain(intervention, age, childSigns, signNames))
                .filter(suggestion -> !suggestion.matchedSigns().isEmpty())
                .sorted(Comparator.comparingInt((Suggestion s) -> -s.matchedSigns().size())
                        .thenComparingInt(s -> s.intervention().content().step())
                        .thenComparingInt(s -> s.intervention().content().waitingWeeks())
                        .thenComparing(s -> s.intervention().content().name()))
                .toList();
    }

    private static Suggestion explain(Intervention intervention, int age, List<String> childSigns, Map<String, String> signNames) {
        var matched = childSigns.stream().distinct().filter(intervention.signs::contains)
                .map(code -> new Suggestion.Sign(code, signNames.getOrDefault(code, code))).toList();
        String because = "Passer til " + age + " år (indsatsen er for " + intervention.ageFromYears + "–"
                + intervention.ageToYears + " år) og til " + (matched.size() == 1 ? "tegnet " : "tegnene ")
                + joinDanish(matched.stream().map(Suggestion.Sign::name).toList()) + ".";
        return new Suggestion(InterventionView.of(intervention), matched, because);
    }

    /** "a", "a og b", "a, b og c". */
    static String joinDanish(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " og " + words.getLast();
    }

    private SuggestionRanking() {
    }
}
