package dk.rodtraad.catalogue.competence;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One line of the competence overview, as the API and the spreadsheet show it. */
public record CompetenceEntry(
        @NotBlank(message = "Angiv metoden") @Size(max = 120, message = "Højst 120 tegn") String method,
        @NotBlank(message = "Angiv enheden") @Size(max = 120, message = "Højst 120 tegn") String unit,
        @Min(value = 0, message = "Kan ikke være negativ") int staffCount,
        @NotBlank(message = "Angiv en kontakt") @Size(max = 200, message = "Højst 200 tegn") String contact) {
}
