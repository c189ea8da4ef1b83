package dk.rodtraad.concern.authority;

import jakarta.validation.constraints.NotNull;

/** The receipt to the notifying professional, due within 6 working days. */
public record SendReceiptRequest(@NotNull(message = AuthoritySteps.VERSION) Long version) {
}
