package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.security.Profession;
import dk.rodtraad.concern.validation.CrossFieldRules;
import dk.rodtraad.concern.validation.FieldsAgree;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A colleague to involve with a child: their username and discipline. */
@FieldsAgree
public record InvolveColleagueRequest(
        @NotBlank(message = "Angiv kollegaens brugernavn") @Size(max = 100, message = "Højst 100 tegn") String username,
        String profession) implements CrossFieldRules {

    @Override
    public List<FieldProblem> crossFieldProblems() {
        return profession != null && Profession.ofClaim(profession).isPresent() ? List.of()
                : List.of(new FieldProblem("profession",
                        "Vælg en faglighed: sundhedsplejerske, paedagog, laerer eller klubmedarbejder"));
    }
}
