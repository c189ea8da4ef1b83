package dk.rodtraad.concern.consultation;

import dk.rodtraad.concern.recording.Setting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A situation to consult colleagues on, without naming the child. */
public record OpenConsultationRequest(
        @NotBlank(message = "Beskriv situationen uden at nævne barnets navn") @Size(max = 4000, message = "Højst 4000 tegn") String situation,
        @NotNull(message = "Vælg hvor du så tegnene") Setting setting,
        @Min(value = 0, message = "Alderen skal være mellem 0 og 18 år") @Max(value = 18, message = "Alderen skal være mellem 0 og 18 år") Integer childAgeYears) {
}
