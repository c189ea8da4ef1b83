package dk.rodtraad.catalogue.duplicate;

import dk.rodtraad.chassis.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The duplicate review: the katalogredaktør's list of look-alike interventions and verdicts on them. */
@Cancellable(false)
@Path("/duplicates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.KATALOGREDAKTOER)
public class DuplicateResource {

    private final Duplicates duplicates;
    private final SecurityIdentity identity;

    public DuplicateResource(Duplicates duplicates, SecurityIdentity identity) {
        this.duplicates = duplicates;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listDuplicatePairs", summary = "Pairs of interventions that look like the same offer, undecided first; ?open=true for only those")
    public Uni<List<LookAlikePair>> pairs(@QueryParam("open") boolean onlyOpen) {
        return duplicates.pairs(onlyOpen);
    }

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideDuplicatePair", summary = "Mark a pair as koordineret, sammenlagt (the other one is retired) or forskellige; a new verdict replaces the old, and a retired intervention stays retired")
    public Uni<LookAlikePair> decide(@NotNull(message = "Send afgørelsen som JSON") @Valid Decide request) {
        return duplicates.decide(request, identity.getPrincipal().getName());
    }
}
