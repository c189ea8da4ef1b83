package dk.rodtraad.concern.access;

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

import java.util.List;

/** The professionals involved with a child; one of them may involve a colleague. */
@Path("/children/{childId}/involved")
@Produces(MediaType.APPLICATION_JSON)
public class InvolvementResource {

    private final Involvements involvements;

    public InvolvementResource(Involvements involvements) {
        this.involvements = involvements;
    }

    @GET
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(summary = "The professionals involved with the child")
    public Uni<List<Professional>> involved(@PathParam("childId") String childId) {
        return involvements.of(InvalidInputException.parseUuid("childId", childId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(summary = "Involve a colleague with the child, so they may see the child's data")
    public Uni<List<Professional>> involve(@PathParam("childId") String childId,
            @NotNull(message = "Send kollegaen som JSON") @Valid InvolveColleagueRequest request) {
        return involvements.involve(InvalidInputException.parseUuid("childId", childId), request);
    }
}
