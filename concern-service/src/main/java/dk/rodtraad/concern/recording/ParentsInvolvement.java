package dk.rodtraad.concern.recording;

import dk.rodtraad.chassis.input.WorkDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** When, how and by whom the parents were involved, and their perspective in their own words. */
public record ParentsInvolvement(
        @NotNull(message = "Angiv hvornår forældrene blev inddraget") @WorkDate(happened = true) LocalDate involvedOn,
        @NotNull(message = "Vælg hvordan forældrene blev inddraget: samtale, telefon, møde, brev eller andet") ParentContact how,
        @NotBlank(message = "Angiv hvem der inddrog forældrene") @Size(max = 200, message = "Højst 200 tegn") String involvedBy,
        @Size(max = 4000, message = "Højst 4000 tegn") String perspective) {
}
