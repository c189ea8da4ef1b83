package dk.rodtraad.catalogue.versioning;

import java.time.Instant;

/** A version as the API shows it; {@code version} is what an edit must send back. */
public record VersionView<C>(int number, DocumentVersion.Status status, Instant createdAt, String createdBy,
        Instant publishedAt, String publishedBy, long version, C content) {
}
