package dk.rodtraad.catalogue.intervention;

import dk.rodtraad.chassis.problem.Problem.FieldError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of an intervention that one field cannot check alone. */
public final class InterventionRules {

    /**
     * @param knownSigns the sign codes of the shared language in force
     * @return every broken rule, named by field; empty when the content is sound
     */
    public static List<FieldError> check(InterventionContent content, Set<String> knownSigns) {
        var errors = new ArrayList<FieldError>();
        if (content.ageFromYears() > content.ageToYears()) {
            errors.add(new FieldError("ageToYears", "Skal være mindst fra-alderen"));
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < content.signs().size(); i++) {
            String sign = content.signs().get(i);
            if (!knownSigns.contains(sign)) {
                errors.add(new FieldError("signs[" + i + "]", "Tegnet findes ikke i det fælles sprog: " + sign));
            } else if (!seen.add(sign)) {
                errors.add(new FieldError("signs[" + i + "]", "Tegnet står der allerede: " + sign));
            }
        }
        return errors;
    }

    private InterventionRules() {
    }
}
