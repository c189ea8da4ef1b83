package dk.rodtraad.concern.child;

import dk.rodtraad.concern.validation.CrossFieldRules;
import dk.rodtraad.concern.validation.FieldsAgree;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which child a request is about: a new or known child by CPR number and name, or an already-known child by its
 * pseudonymous id. The CPR number is read by {@link CprNumber#parse} and never rejected for the modulus-11 check.
 */
@FieldsAgree
public record ChildIdentity(
        UUID id,
        @Size(max = 20, message = "Højst 20 tegn") String cpr,
        @Size(max = 200, message = "Højst 200 tegn") String name) implements CrossFieldRules {

    @Override
    public List<FieldProblem> crossFieldProblems() {
        if (id != null) {
            return cpr == null && name == null ? List.of()
                    : List.of(new FieldProblem("id", "Angiv enten barnets id eller CPR-nummer og navn, ikke begge"));
        }
        var problems = new ArrayList<FieldProblem>();
        if (cpr == null || cpr.isBlank()) {
            problems.add(new FieldProblem("cpr", "Angiv CPR-nummer, eller barnets id hvis barnet allerede er kendt"));
        } else {
            try {
                CprNumber.parse(cpr);
            } catch (InvalidCprNumberException e) {
                problems.add(new FieldProblem("cpr", e.getMessage()));
            }
        }
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "Angiv barnets navn"));
        }
        return problems;
    }
}
