package dk.rodtraad.concern.coordination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The tovholder hands the task over.
 *
 * @param to      the username of a professional involved with the child
 * @param version the coordination's version the professional saw
 */
public record HandOverRequest(
        @NotBlank(message = "Angiv brugernavnet på den nye tovholder") @Size(max = 100, message = "Højst 100 tegn") String to,
        @NotNull(message = "Angiv versionen af koordineringen, du har set") Long version) {
}
