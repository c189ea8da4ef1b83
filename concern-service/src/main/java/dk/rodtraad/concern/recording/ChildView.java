package dk.rodtraad.concern.recording;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The child's own view, and the age-adapted way it was heard. */
public record ChildView(
        @NotNull(message = "Vælg hvordan barnets perspektiv blev hørt: samtale, tegning, smiley-skala, observation eller andet") ChildViewMethod method,
        @NotBlank(message = "Beskriv barnets eget perspektiv") @Size(max = 4000, message = "Højst 4000 tegn") String view) {
}
