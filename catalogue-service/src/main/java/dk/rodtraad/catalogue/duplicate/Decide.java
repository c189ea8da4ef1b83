package dk.rodtraad.catalogue.duplicate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * The katalogredaktør's verdict on a pair.
 *
 * @param kept for {@code sammenlagt}: the one that continues; the other is retired
 */
public record Decide(
        @NotNull(message = "Angiv den ene indsats") UUID firstId,
        @NotNull(message = "Angiv den anden indsats") UUID secondId,
        @NotNull(message = "Angiv afgørelsen") DuplicateDecision decision,
        @Size(max = 1000, message = "Højst 1000 tegn") String note,
        UUID kept) {
}
