package dk.rodtraad.catalogue.versioning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * What the katalogredaktør sends to change a versioned document's draft or publish it; {@code version} guards
 * against lost updates.
 */
public final class VersionRequests {

    /** @param <C> the document's content */
    public record UpdateDraft<C>(@NotNull(message = "Send den version, du har hentet") Long version,
            @NotNull(message = "Send indholdet") @Valid C content) {
    }

    public record Publish(@NotNull(message = "Send den version, du har hentet") Long version) {
    }

    private VersionRequests() {
    }
}
