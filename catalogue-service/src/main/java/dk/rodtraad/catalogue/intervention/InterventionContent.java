package dk.rodtraad.catalogue.intervention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What an editor writes about an intervention (indsats): everything but its status. The same record is the API's
 * request, one row of the CSV file and the content of each revision. The rules across fields are in
 * {@link InterventionRules}.
 *
 * @param code            a stable key the municipality chooses, e.g. {@code cool-kids-ppr}: the CSV file and the
 *                        Vejviser name interventions by it
 * @param signs           the signs of not thriving it addresses, as codes of the published shared language
 * @param step            the step on Indsatstrappen, 1 (universal) to 6 (placement outside the home)
 * @param department      the department that owns it, e.g. PPR or Sundhedsplejen
 * @param legalBasis      e.g. "Barnets lov § 32"
 * @param method          a named method such as Cool Kids or MarteMeo, or empty
 * @param competences     what the staff who deliver it must master
 * @param capacityPerYear places per year, when the department knows it
 * @param waitingWeeks    the present waiting time in weeks
 * @param contact         how a family or a professional gets in touch
 */
public record InterventionContent(
        @NotBlank(message = "Angiv en kode") @Pattern(regexp = CODE, message = CODE_MESSAGE) @Size(max = 80, message = "Højst 80 tegn") String code,
        @NotBlank(message = "Angiv et navn") @Size(max = 120, message = "Højst 120 tegn") String name,
        @NotBlank(message = "Skriv en kort beskrivelse i et klart sprog") @Size(max = 300, message = "Højst 300 tegn") String shortDescription,
        @NotBlank(message = "Skriv en uddybende beskrivelse") @Size(max = 3000, message = "Højst 3000 tegn") String longDescription,
        @Min(value = 0, message = "Mindst 0 år") @Max(value = 25, message = "Højst 25 år") int ageFromYears,
        @Min(value = 0, message = "Mindst 0 år") @Max(value = 25, message = "Højst 25 år") int ageToYears,
        @NotEmpty(message = "Angiv mindst ét tegn, indsatsen retter sig mod") List<@NotBlank(message = "Angiv et tegn") @Size(max = 60, message = "Højst 60 tegn") String> signs,
        @NotNull(message = "Angiv typen") InterventionType type,
        @NotNull(message = "Angiv forebyggelsesniveauet") PreventionLevel preventionLevel,
        @Min(value = 1, message = "Indsatstrappen har trin 1 til 6") @Max(value = 6, message = "Indsatstrappen har trin 1 til 6") int step,
        @NotBlank(message = "Angiv den afdeling, der ejer indsatsen") @Size(max = 120, message = "Højst 120 tegn") String department,
        @NotNull(message = "Angiv forankringen") Anchoring anchoring,
        @NotBlank(message = "Angiv lovgrundlaget, fx Barnets lov § 32") @Size(max = 200, message = "Højst 200 tegn") String legalBasis,
        @Size(max = 120, message = "Højst 120 tegn") String method,
        @NotNull(message = "Angiv evidensniveauet") EvidenceLevel evidenceLevel,
        @NotNull(message = "Angiv kompetencerne (eller en tom liste)") List<@NotBlank(message = "Angiv en kompetence") @Size(max = 200, message = "Højst 200 tegn") String> competences,
        @Min(value = 0, message = "Kan ikke være negativ") Integer capacityPerYear,
        @Min(value = 0, message = "Kan ikke være negativ") @Max(value = 520, message = "Højst 520 uger") int waitingWeeks,
        @NotNull(message = "Angiv hvordan familien får indsatsen") Access access,
        @NotBlank(message = "Angiv kontaktoplysninger") @Size(max = 500, message = "Højst 500 tegn") String contact,
        @NotNull(message = "Angiv stederne (eller en tom liste)") List<@NotBlank(message = "Angiv et sted") @Size(max = 200, message = "Højst 200 tegn") String> locations) {

    static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String CODE_MESSAGE = "Kun små bogstaver a-z, tal og bindestreg";

    /** The method, or null: a blank cell in a spreadsheet means no named method. */
    public String methodOrNull() {
        return method == null || method.isBlank() ? null : method.strip();
    }
}
