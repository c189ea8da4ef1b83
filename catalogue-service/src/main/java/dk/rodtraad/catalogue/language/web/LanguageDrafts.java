package dk.rodtraad.catalogue.language.web;

import dk.rodtraad.catalogue.language.LanguageContent;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.catalogue.versioning.VersionView;
import dk.rodtraad.catalogue.versioning.web.VersionNumbers;
import io.smallrye.mutiny.Uni;

/** The shared language's draft a form edits; a published version has no form, so it is not found there. */
public final class LanguageDrafts {

    public static Uni<VersionView<LanguageContent>> draft(SharedLanguage language, String number) {
        return language.version(VersionNumbers.parse(number), true).invoke(v -> {
            if (v.publishedAt() != null) {
                throw VersionNumbers.missing();
            }
        });
    }

    private LanguageDrafts() {
    }
}
