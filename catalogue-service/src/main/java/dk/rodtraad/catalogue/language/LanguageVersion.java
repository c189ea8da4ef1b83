package dk.rodtraad.catalogue.language;

import dk.rodtraad.catalogue.versioning.DocumentVersion;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One numbered version of the shared language; its content is a {@link LanguageContent}. */
@Entity
@Table(name = "shared_language_version")
public class LanguageVersion extends DocumentVersion {
}
