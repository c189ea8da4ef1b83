package dk.rodtraad.catalogue.vejviser;

import dk.rodtraad.catalogue.versioning.VersionedDocumentEndpoints;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The Vejviser: staff read whole versions; the katalogredaktør drafts and publishes. The version in force as
 * everyone, families too, may read it is the family's view ({@code family.FamilyGuideResource}).
 */
@Cancellable(false)
@Path(VejviserResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class VejviserResource extends VersionedDocumentEndpoints<VejviserContent, VejviserDraftUpdate> {

    public static final String PATH = "/vejviser";

    public VejviserResource(Vejviser vejviser, SecurityIdentity identity) {
        super(vejviser, identity, PATH);
    }
}
