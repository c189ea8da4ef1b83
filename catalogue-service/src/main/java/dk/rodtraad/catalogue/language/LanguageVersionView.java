package dk.rodtraad.catalogue.language;

import java.time.Instant;

/** A version of the shared language as the API shows it; {@code version} is what an edit must send back. */
public record LanguageVersionView(int number, LanguageVersion.Status status, Instant createdAt, String createdBy,
        Instant publishedAt, String publishedBy, long version, LanguageContent content) {
}
