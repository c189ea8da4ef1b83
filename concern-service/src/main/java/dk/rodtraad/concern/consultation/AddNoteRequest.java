package dk.rodtraad.concern.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new entry in a consultation's history. */
public record AddNoteRequest(
        @NotBlank(message = "Skriv noten") @Size(max = 4000, message = "Højst 4000 tegn") String text) {
}
