package dk.rodtraad.networkmeeting.network;

import dk.rodtraad.chassis.api.ApiDocument;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The family's network in a course: participants recorded with the family's consent, and consent withdrawn. */
@Cancellable(false)
@Path("/api/courses/{courseId}/network")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FAGPERSON)
public class NetworkResource {

    private final NetworkParticipants participants;

    public NetworkResource(NetworkParticipants participants) {
        this.participants = participants;
    }

    @POST
    @Operation(operationId = "addNetworkParticipant", summary = "Record one of the family's network, with the family's consent, to take part in the meetings")
    @Extension(name = ApiDocument.CREATES, value = "true")
    public Uni<RestResponse<NetworkParticipantView>> consent(@PathParam("courseId") String courseId,
            @NotNull(message = "Send samtykket som JSON") @Valid ConsentRequest request,
            @Parameter(description = IdempotencyKey.DESCRIPTION) @HeaderParam(IdempotencyKey.HEADER) String key) {
        return participants.consent(InvalidInputException.parseUuid("courseId", courseId), request,
                        IdempotencyKey.parse(IdempotencyKey.HEADER, key))
                .map(recorded -> RestResponse.ResponseBuilder.<NetworkParticipantView>created(
                        URI.create("/api/courses/" + courseId + "/network/" + recorded.id())).entity(recorded).build());
    }

    @POST
    @Path("/{participantId}/withdrawal")
    @Operation(operationId = "withdrawNetworkConsent", summary = "The family withdraws its consent: the participant is taken off every planned meeting")
    public Uni<NetworkParticipantView> withdraw(@PathParam("courseId") String courseId,
            @PathParam("participantId") String participantId,
            @NotNull(message = "Send tilbagetrækningen som JSON") @Valid WithdrawConsentRequest request) {
        return participants.withdraw(InvalidInputException.parseUuid("courseId", courseId),
                InvalidInputException.parseUuid("participantId", participantId), request);
    }
}
