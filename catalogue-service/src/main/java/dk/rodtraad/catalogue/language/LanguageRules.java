package dk.rodtraad.catalogue.language;

import dk.rodtraad.chassis.problem.InvalidInputException;

import java.util.HashSet;
import java.util.List;

/** The rules of the shared language that one field cannot check alone. */
final class LanguageRules {

    /** The concern scale, in this order, in every department (TOPI's traffic light). */
    static final List<String> SCALE = List.of("green", "yellow", "red");

    static void check(LanguageContent content) {
        var groupCodes = new HashSet<String>();
        var signCodes = new HashSet<String>();
        for (int g = 0; g < content.groups().size(); g++) {
            var group = content.groups().get(g);
            if (!groupCodes.add(group.code())) {
                throw new InvalidInputException("groups[" + g + "].code", "Koden findes allerede: " + group.code());
            }
            for (int s = 0; s < group.signs().size(); s++) {
                var sign = group.signs().get(s);
                String field = "groups[" + g + "].signs[" + s + "]";
                if (!signCodes.add(sign.code())) {
                    throw new InvalidInputException(field + ".code", "Koden findes allerede: " + sign.code());
                }
                if (sign.ageFromYears() > sign.ageToYears()) {
                    throw new InvalidInputException(field + ".ageToYears", "Skal være mindst fra-alderen");
                }
            }
        }
        var codes = content.scale().stream().map(LanguageContent.ScaleLevel::code).toList();
        if (!codes.equals(SCALE)) {
            throw new InvalidInputException("scale", "Niveauerne skal være green, yellow og red i den rækkefølge");
        }
    }

    private LanguageRules() {
    }
}
