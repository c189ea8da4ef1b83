package dk.rodtraad.catalogue.vejviser;

import dk.rodtraad.chassis.problem.Problem.FieldError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a Vejviser that one entry cannot check alone: it speaks the shared language and links real offers. */
public final class VejviserRules {

    /**
     * @param signs         the sign codes of the shared language in force
     * @param levels        the level codes of its concern scale
     * @param interventions the codes of the catalogue's interventions that are not retired
     * @return every broken rule, named by field; empty when the content is sound
     */
    public static List<FieldError> check(VejviserContent content, Set<String> signs, Set<String> levels,
            Set<String> interventions) {
        var errors = new ArrayList<FieldError>();
        var seen = new HashSet<String>();
        for (int i = 0; i < content.entries().size(); i++) {
            var entry = content.entries().get(i);
            String at = "entries[" + i + "]";
            if (!signs.contains(entry.sign())) {
                errors.add(new FieldError(at + ".sign", "Tegnet findes ikke i det fælles sprog: " + entry.sign()));
            }
            if (!levels.contains(entry.level())) {
                errors.add(new FieldError(at + ".level", "Niveauet findes ikke på skalaen: " + entry.level()));
            }
            if (!seen.add(entry.sign() + "/" + entry.level())) {
                errors.add(new FieldError(at, "Der er allerede et opslag for " + entry.sign() + " på niveau " + entry.level()));
            }
            for (int j = 0; j < entry.interventions().size(); j++) {
                if (!interventions.contains(entry.interventions().get(j))) {
                    errors.add(new FieldError(at + ".interventions[" + j + "]",
                            "Indsatsen findes ikke i kataloget eller er udgået: " + entry.interventions().get(j)));
                }
            }
        }
        return errors;
    }

    private VejviserRules() {
    }
}
