package dk.rodtraad.catalogue.family;

import dk.rodtraad.catalogue.vejviser.Vejviser;
import dk.rodtraad.catalogue.vejviser.VejviserResource;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The Vejviser in force as everyone reads it, families too, without login: beside the staff's versions
 * ({@link VejviserResource}), in the family's view, which only this feature knows.
 */
@Cancellable(false)
@Path(VejviserResource.PATH + "/current")
@Produces(MediaType.APPLICATION_JSON)
public class FamilyGuideResource {

    private final Vejviser vejviser;
    private final FamilyLanguage familyLanguage;

    public FamilyGuideResource(Vejviser vejviser, FamilyLanguage familyLanguage) {
        this.vejviser = vejviser;
        this.familyLanguage = familyLanguage;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getFamilyGuide", summary = "The published version in force as families read it: for each sign and level, what to look for and what parents can do; no login")
    public Uni<FamilyGuide> current() {
        return vejviser.current().chain(guide -> familyLanguage.current().map(words -> FamilyGuide.of(guide, words)));
    }
}
