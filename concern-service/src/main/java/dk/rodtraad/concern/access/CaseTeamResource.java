package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.api.ApiDocument;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** A child's case team (sagsteam): its members, joining, leaving, and closing the case. */
@Cancellable(false)
@Path("/children/{childId}")
@Produces(MediaType.APPLICATION_JSON)
public class CaseTeamResource {

    private final CaseTeam team;

    public CaseTeamResource(CaseTeam team) {
        this.team = team;
    }

    @GET
    @Path("/team")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
    @Operation(operationId = "listCaseTeamMembers", summary = "The members of the child's case team, with their discipline and basis")
    public Uni<List<TeamMemberView>> members(@PathParam("childId") String childId) {
        return team.members(child(childId));
    }

    @POST
    @Path("/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "addCaseTeamMember", summary = "A member adds a colleague (a fagperson in Keycloak) on a basis: consent or a listed ground")
    public Uni<List<TeamMemberView>> add(@PathParam("childId") String childId,
            @NotNull(message = "Send kollegaen som JSON") @Valid AddMemberRequest request) {
        return team.add(child(childId), request);
    }

    @DELETE
    @Path("/team/{username}")
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "removeCaseTeamMember", summary = "The tovholder removes a member from the case team (the tovholder hands over first)")
    public Uni<List<TeamMemberView>> remove(@PathParam("childId") String childId,
            @PathParam("username") String username) {
        return team.remove(child(childId), username);
    }

    @GET
    @Path("/team/summary")
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "getCaseTeamSummary", summary = "For a professional with records of their own: whether a case team exists, and whom to contact")
    public Uni<TeamSummary> summary(@PathParam("childId") String childId) {
        return team.summary(child(childId));
    }

    @POST
    @Path("/team/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "askToJoinCaseTeam", summary = "A professional with records of their own about the child asks to join its case team")
    @Extension(name = ApiDocument.CREATES, value = "true")
    public Uni<RestResponse<JoinRequestView>> ask(@PathParam("childId") String childId,
            @NotNull(message = "Send anmodningen som JSON") @Valid AskToJoinRequest request) {
        UUID child = child(childId);
        return team.ask(child, request).map(asked -> RestResponse.ResponseBuilder.<JoinRequestView>created(
                URI.create("/children/" + child + "/team/requests/" + asked.id())).entity(asked).build());
    }

    @GET
    @Path("/team/requests")
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "listJoinRequests", summary = "The requests to join waiting for the tovholder's (or, while none, a member's) decision")
    public Uni<List<JoinRequestView>> requests(@PathParam("childId") String childId) {
        return team.requests(child(childId));
    }

    @POST
    @Path("/team/requests/{requestId}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "acceptJoinRequest", summary = "Accept a request to join: the professional joins on the basis they gave")
    public Uni<List<TeamMemberView>> accept(@PathParam("childId") String childId,
            @PathParam("requestId") String requestId, @Valid DecideRequest decision) {
        return team.accept(child(childId), InvalidInputException.parseUuid("requestId", requestId), decision);
    }

    @POST
    @Path("/team/requests/{requestId}/decline")
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "declineJoinRequest", summary = "Decline a request to join")
    public Uni<List<JoinRequestView>> decline(@PathParam("childId") String childId,
            @PathParam("requestId") String requestId) {
        return team.decline(child(childId), InvalidInputException.parseUuid("requestId", requestId));
    }

    @POST
    @Path("/case/close")
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "closeCase", summary = "Close the case: every member's access ends; the authority keeps its statutory access")
    public Uni<RestResponse<Void>> close(@PathParam("childId") String childId) {
        return team.close(child(childId)).map(ignored -> RestResponse.noContent());
    }

    private static UUID child(String childId) {
        return InvalidInputException.parseUuid("childId", childId);
    }
}
