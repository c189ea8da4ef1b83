package dk.rodtraad.concern.coordination;

import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.Cancellable;

/** A child's case coordination: the disciplines, the tovholder, naming and handing over. */
@Cancellable(false)
@Path("/children/{childId}/coordination")
@Produces(MediaType.APPLICATION_JSON)
public class CoordinationResource {

    private final CaseCoordinations coordinations;

    public CoordinationResource(CaseCoordinations coordinations) {
        this.coordinations = coordinations;
    }

    @GET
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "getCoordination", summary = "Who works on the child's case, and who is tovholder")
    public Uni<CoordinationView> find(@PathParam("childId") String childId) {
        return coordinations.find(InvalidInputException.parseUuid("childId", childId))
                .onItem().ifNull().failWith(() -> new NotFound("Barnet har endnu ingen sag"));
    }

    @POST
    @Path("/tovholder")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "nameTovholder", summary = "Name the case's tovholder when it has none (changing one is a handover)")
    public Uni<CoordinationView> nameTovholder(@PathParam("childId") String childId,
            @NotNull(message = "Send tovholderen som JSON") @Valid NameTovholderRequest request) {
        return coordinations.nameTovholder(InvalidInputException.parseUuid("childId", childId), request);
    }

    @POST
    @Path("/handover")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "handOverTovholder", summary = "The tovholder hands the task over to another involved professional")
    public Uni<CoordinationView> handOver(@PathParam("childId") String childId,
            @NotNull(message = "Send overdragelsen som JSON") @Valid HandOverRequest request) {
        return coordinations.handOver(InvalidInputException.parseUuid("childId", childId), request);
    }
}
