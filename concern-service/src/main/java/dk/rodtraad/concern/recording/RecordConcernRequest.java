package dk.rodtraad.concern.recording;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a professional records when they are concerned about a child. */
public record RecordConcernRequest(
        @NotNull(message = "Angiv barnet") @Valid ChildIdentity child,
        @NotNull(message = "Vælg et niveau: green, yellow eller red") ConcernLevel level,
        @NotNull(message = "Vælg hvor du så tegnene") Setting setting,
        @NotNull(message = "Angiv hvornår du så tegnene") @PastOrPresent(message = "Datoen må ikke ligge i fremtiden") LocalDate observedOn,
        @NotBlank(message = "Beskriv hvad du har set") @Size(max = 4000, message = "Højst 4000 tegn") String observation) {

    /** The child by CPR number (DDMMYY-SSSS) and name. */
    public record ChildIdentity(
            @NotBlank(message = "Angiv CPR-nummer") @Pattern(regexp = "\\d{6}-\\d{4}", message = "CPR-nummer skal have formen DDMMÅÅ-LLLL") String cpr,
            @NotBlank(message = "Angiv barnets navn") @Size(max = 200, message = "Højst 200 tegn") String name) {
    }
}
