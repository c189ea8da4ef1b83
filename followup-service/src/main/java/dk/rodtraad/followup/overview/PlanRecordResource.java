package dk.rodtraad.followup.overview;

import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Reading plans: my active plans with their alerts first, and one plan in full with its sessions and FIT. */
@Cancellable(false)
@Path("/api/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanRecordResource {

    private final PlanRecords records;

    public PlanRecordResource(PlanRecords records) {
        this.records = records;
    }

    @GET
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "listMyPlans", summary = "My active plans (Mine planer): those with open alerts for me first")
    public Uni<List<MyPlan>> mine() {
        return records.mine();
    }

    @GET
    @Path("/{planId}")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
    @Operation(operationId = "getPlan", summary = "One plan in full: goals and evaluations, sessions with scores, FIT's colour, trend and "
            + "expectation per rater, alerts, and the link to notify the authority after repeated red at a review")
    public Uni<PlanRecord> find(@PathParam("planId") String planId) {
        return records.find(InvalidInputException.parseUuid("planId", planId));
    }
}
