package dk.rodtraad.followup.plan;

import dk.rodtraad.chassis.input.WorkDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A goal in plain words: what, how we will know it is reached, by when, and whose goal it is. The family's and the
 * child's goals are written in their own words.
 */
public record GoalRequest(
        @NotNull(message = "Vælg hvis mål det er: fagpersonens, familiens eller barnets") GoalOwner owner,
        @NotBlank(message = "Skriv målet med almindelige ord") @Size(max = 1000, message = "Højst 1000 tegn") String description,
        @NotBlank(message = "Skriv hvordan I vil kunne se, at målet er nået") @Size(max = 1000, message = "Højst 1000 tegn") String indicator,
        @NotNull(message = "Angiv hvornår målet skal være nået") @WorkDate LocalDate dueOn) {
}
