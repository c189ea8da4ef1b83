package dk.rodtraad.followup.alert;

import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.Cancellable;

/** A plan's alerts: acknowledged by the responsible professional or the tovholder. */
@Cancellable(false)
@Path("/api/plans/{planId}/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FAGPERSON)
public class AlertResource {

    private final Alerts alerts;

    public AlertResource(Alerts alerts) {
        this.alerts = alerts;
    }

    @POST
    @Path("/{alertId}/acknowledgement")
    @Operation(summary = "The responsible professional or the tovholder acknowledges an alert")
    public Uni<AlertView> acknowledge(@PathParam("planId") String planId, @PathParam("alertId") String alertId) {
        return alerts.acknowledge(InvalidInputException.parseUuid("planId", planId),
                InvalidInputException.parseUuid("alertId", alertId));
    }
}
