package dk.rodtraad.catalogue.vejviser;

import dk.rodtraad.catalogue.versioning.VersionRequests;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** What the katalogredaktør sends to change a draft; {@code version} guards against lost updates. */
public record VejviserDraftUpdate(@NotNull(message = "Send den version, du har hentet") Long version,
        @NotNull(message = "Send indholdet") @Valid VejviserContent content)
        implements VersionRequests.DraftUpdate<VejviserContent> {
}
