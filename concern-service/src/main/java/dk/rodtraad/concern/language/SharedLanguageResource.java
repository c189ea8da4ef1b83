package dk.rodtraad.concern.language;

import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The shared language in force, from this service's own copy: what a concern is recorded in. */
@Cancellable(false)
@Path("/shared-language/current")
public class SharedLanguageResource {

    private final TaxonomyInForce inForce;

    public SharedLanguageResource(TaxonomyInForce inForce) {
        this.inForce = inForce;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
    @WithSession
    @Operation(operationId = "getSharedLanguage", summary = "The newest published shared language (signs and scale), as catalogue-service published it; "
            + "503 until the first version has arrived")
    public Uni<TaxonomyPublishedV1> current() {
        return inForce.required();
    }
}
