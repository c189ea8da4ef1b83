package dk.rodtraad.catalogue.vejviser;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** What the katalogredaktør sends to change a draft or publish it; {@code version} guards against lost updates. */
final class VejviserRequests {

    record UpdateDraft(@NotNull(message = "Send den version, du har hentet") Long version,
            @NotNull(message = "Send indholdet") @Valid VejviserContent content) {
    }

    record Publish(@NotNull(message = "Send den version, du har hentet") Long version) {
    }

    private VejviserRequests() {
    }
}
