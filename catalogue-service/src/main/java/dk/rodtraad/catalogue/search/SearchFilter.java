package dk.rodtraad.catalogue.search;

import dk.rodtraad.catalogue.intervention.InterventionType;
import dk.rodtraad.catalogue.intervention.PreventionLevel;

import java.util.List;

/**
 * What a search of the catalogue asks for; every part is optional.
 *
 * @param text            Danish free text: stemmed, so "skilsmissegrupper" finds "skilsmissegruppe"
 * @param age             the child's age in years: interventions whose target group includes it
 * @param signs           sign codes: interventions addressing at least one of them
 * @param maxWaitingWeeks at most this waiting time
 */
public record SearchFilter(String text, Integer age, List<String> signs, InterventionType type, Integer step,
        String department, PreventionLevel preventionLevel, Integer maxWaitingWeeks) {

    public SearchFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        department = department == null || department.isBlank() ? null : department.strip();
        signs = signs == null ? List.of() : signs.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    public static SearchFilter forChild(int age, List<String> signs) {
        return new SearchFilter(null, age, signs, null, null, null, null, null);
    }
}
