package dk.rodtraad.catalogue.vejviser;

import dk.rodtraad.catalogue.versioning.DocumentVersion;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One numbered version of the Vejviser; its content is a {@link VejviserContent}. */
@Entity
@Table(name = "vejviser_version")
public class VejviserVersion extends DocumentVersion {
}
