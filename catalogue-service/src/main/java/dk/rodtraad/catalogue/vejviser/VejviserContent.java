package dk.rodtraad.catalogue.vejviser;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * One version's content of the Vejviser (the guide): an entry per sign and level of the shared language. The rules
 * across entries are in {@link VejviserRules}.
 */
public record VejviserContent(@NotEmpty(message = "Angiv mindst ét opslag") List<@NotNull @Valid Entry> entries) {

    /**
     * @param sign          a sign code of the shared language in force
     * @param level         a level code of its concern scale: green, yellow or red
     * @param interventions codes of interventions in the catalogue that fit
     */
    public record Entry(
            @NotBlank(message = "Angiv tegnet") @Size(max = 60, message = "Højst 60 tegn") String sign,
            @NotBlank(message = "Angiv niveauet") @Size(max = 20, message = "Højst 20 tegn") String level,
            @NotBlank(message = "Skriv hvad man skal være opmærksom på") @Size(max = 2000, message = "Højst 2000 tegn") String lookFor,
            @NotBlank(message = "Skriv hvad man kan gøre") @Size(max = 2000, message = "Højst 2000 tegn") String whatToDo,
            @NotBlank(message = "Skriv hvem man inddrager") @Size(max = 2000, message = "Højst 2000 tegn") String whomToInvolve,
            @NotBlank(message = "Skriv hvad forældre og netværk kan gøre") @Size(max = 2000, message = "Højst 2000 tegn") String parentsAndNetwork,
            @NotNull(message = "Angiv indsatserne (eller en tom liste)") List<@NotBlank(message = "Angiv en indsats") @Size(max = 80, message = "Højst 80 tegn") String> interventions) {
    }
}
