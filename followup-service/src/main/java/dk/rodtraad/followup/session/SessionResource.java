package dk.rodtraad.followup.session;

import dk.rodtraad.chassis.api.ApiDocument;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import org.jboss.resteasy.reactive.server.Cancellable;

/** FIT at every session of a plan: the scores of each rater, the plan's colour and trend after it. */
@Cancellable(false)
@Path("/api/plans/{planId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FAGPERSON)
public class SessionResource {

    private final Sessions sessions;

    public SessionResource(Sessions sessions) {
        this.sessions = sessions;
    }

    @POST
    @Operation(summary = "Score a session: per rater the outcome form (start) and the alliance form (end), four items 0-10 each")
    @Extension(name = ApiDocument.CREATES, value = "true")
    public Uni<RestResponse<SessionResult>> score(@PathParam("planId") String planId,
            @NotNull(message = "Send sessionen som JSON") @Valid ScoreSessionRequest request) {
        return sessions.score(InvalidInputException.parseUuid("planId", planId), request)
                .map(result -> RestResponse.ResponseBuilder.<SessionResult>created(
                        URI.create("/api/plans/" + planId)).entity(result).build());
    }
}
