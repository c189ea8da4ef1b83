package dk.rodtraad.catalogue.versioning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * What the katalogredaktør sends to change a versioned document's draft or publish it; {@code version} guards
 * against lost updates.
 */
public final class VersionRequests {

    /**
     * A change of a draft: each document names its own record (e.g. {@code LanguageDraftUpdate}), since a generic
     * record's content would be read as a plain map, unvalidated.
     *
     * @param <C> the document's content
     */
    public interface DraftUpdate<C> {
        Long version();

        C content();
    }

    public record Publish(@NotNull(message = "Send den version, du har hentet") Long version) {
    }

    private VersionRequests() {
    }
}
