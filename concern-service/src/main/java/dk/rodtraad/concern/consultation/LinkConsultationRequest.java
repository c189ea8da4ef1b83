package dk.rodtraad.concern.consultation;

import dk.rodtraad.concern.child.ChildIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The child an anonymous consultation turned out to be about.
 *
 * @param version the consultation's version the professional saw
 */
public record LinkConsultationRequest(
        @NotNull(message = "Angiv barnet") @Valid ChildIdentity child,
        @NotNull(message = "Angiv versionen af sparringen, du har set") Long version) {
}
