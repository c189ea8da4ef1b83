package dk.rodtraad.networkmeeting.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The professional who carries the responsibility (ansvar) for a course hands it over.
 *
 * @param to      the username of a professional on the child's case team; joins the core team if not on it
 * @param version the course's version the professional saw
 */
public record HandOverResponsibilityRequest(
        @NotBlank(message = "Angiv brugernavnet på den fagperson, der overtager ansvaret") @Size(max = 100, message = "Højst 100 tegn") String to,
        @NotNull(message = "Angiv versionen af forløbet, du har set") Long version) {
}
