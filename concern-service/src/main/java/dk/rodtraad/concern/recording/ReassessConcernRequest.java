package dk.rodtraad.concern.recording;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A new assessment of a recorded concern: level, acute flag and signs as they are now.
 *
 * @param version the concern's version the professional saw, so a reassessment made on stale data is refused
 */
public record ReassessConcernRequest(
        @NotNull(message = "Vælg et niveau: grøn, gul eller rød") ConcernLevel level,
        boolean acute,
        @NotEmpty(message = "Vælg mindst ét tegn fra det fælles sprog") @Size(max = 30, message = "Vælg højst 30 tegn på mistrivsel") List<@NotBlank(message = "Angiv tegnets kode") @Size(max = 60, message = "Højst 60 tegn") String> signs,
        @NotNull(message = "Angiv versionen af bekymringen, du har set") Long version) {
}
