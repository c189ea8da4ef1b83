package dk.rodtraad.concern.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A member adds a colleague to the case team. The colleague's discipline comes from Keycloak, never from here.
 *
 * @param tovholder needed only when the colleague's own concerns make the case cross-disciplinary and it has no
 *                  tovholder yet: a member's username (the colleague included)
 */
public record AddMemberRequest(
        @NotBlank(message = "Vælg en kollega") @Size(max = 100, message = "Højst 100 tegn") String username,
        @Valid Basis basis,
        @Size(max = 100, message = "Højst 100 tegn") String tovholder) {
}
