package dk.rodtraad.concern.coordination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Names the case's first tovholder.
 *
 * @param tovholder the username of a professional involved with the child
 * @param version   the coordination's version the professional saw
 */
public record NameTovholderRequest(
        @NotBlank(message = "Angiv tovholderens brugernavn") @Size(max = 100, message = "Højst 100 tegn") String tovholder,
        @NotNull(message = "Angiv versionen af koordineringen, du har set") Long version) {
}
