package dk.rodtraad.catalogue.language;

import dk.rodtraad.catalogue.versioning.VersionView;
import dk.rodtraad.catalogue.versioning.VersionedDocumentEndpoints;
import dk.rodtraad.chassis.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The shared language: every professional reads it; the katalogredaktør drafts and publishes new versions. */
@Cancellable(false)
@Path(SharedLanguageResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class SharedLanguageResource extends VersionedDocumentEndpoints<LanguageContent, LanguageDraftUpdate> {

    static final String PATH = "/shared-language";

    private final SharedLanguage language;

    public SharedLanguageResource(SharedLanguage language, SecurityIdentity identity) {
        super(language, identity, PATH);
        this.language = language;
    }

    @GET
    @Path("/current")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
    @Operation(operationId = "getSharedLanguage", summary = "The published version in force: the signs of not thriving and the concern scale")
    public Uni<VersionView<LanguageContent>> current() {
        return language.current();
    }
}
