package dk.rodtraad.catalogue.language;

import dk.rodtraad.catalogue.versioning.VersionRequests;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** What the katalogredaktør sends to change a draft; {@code version} guards against lost updates. */
public record LanguageDraftUpdate(@NotNull(message = "Send den version, du har hentet") Long version,
        @NotNull(message = "Send indholdet") @Valid LanguageContent content)
        implements VersionRequests.DraftUpdate<LanguageContent> {
}
