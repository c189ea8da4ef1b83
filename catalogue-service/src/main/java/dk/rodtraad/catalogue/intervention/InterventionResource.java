package dk.rodtraad.catalogue.intervention;

import dk.rodtraad.chassis.api.ApiDocument;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/** One intervention: professionals read it; the katalogredaktør creates, edits and moves it through its statuses. */
@Cancellable(false)
@Path("/interventions")
@Produces(MediaType.APPLICATION_JSON)
public class InterventionResource {

    private final Interventions interventions;
    private final SecurityIdentity identity;

    public InterventionResource(Interventions interventions, SecurityIdentity identity) {
        this.interventions = interventions;
        this.identity = identity;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
    @Operation(summary = "One intervention; drafts and retired ones only for the katalogredaktør")
    public Uni<InterventionView> get(@PathParam("id") String id) {
        return interventions.get(InvalidInputException.parseUuid("id", id), Audience.of(identity)).map(InterventionView::of);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @Operation(operationId = "getInterventionHistory", summary = "Every saved step of the intervention, newest first")
    public Uni<List<RevisionView>> history(@PathParam("id") String id) {
        return interventions.history(InvalidInputException.parseUuid("id", id))
                .map(revisions -> revisions.stream().map(RevisionView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @Operation(summary = "Create an intervention as a draft")
    @Extension(name = ApiDocument.CREATES, value = "true")
    public Uni<RestResponse<InterventionView>> create(@NotNull(message = "Send indsatsen som JSON") @Valid InterventionContent content) {
        return interventions.create(content, identity.getPrincipal().getName())
                .map(created -> RestResponse.ResponseBuilder.<InterventionView>created(
                        URI.create("/interventions/" + created.id)).entity(InterventionView.of(created)).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @Operation(summary = "Change the intervention; a stale version gets 409. A published one's change goes out as an event")
    public Uni<InterventionView> edit(@PathParam("id") String id,
            @NotNull(message = "Send ændringen som JSON") @Valid InterventionRequests.Edit request) {
        return interventions.edit(InvalidInputException.parseUuid("id", id), request.version(), request.content(),
                identity.getPrincipal().getName()).map(InterventionView::of);
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @Operation(operationId = "changeInterventionStatus", summary = "Publish, pause, resume or retire the intervention")
    public Uni<InterventionView> changeStatus(@PathParam("id") String id,
            @NotNull(message = "Send den nye status som JSON") @Valid InterventionRequests.ChangeStatus request) {
        return interventions.changeStatus(InvalidInputException.parseUuid("id", id), request.version(), request.status(),
                identity.getPrincipal().getName()).map(InterventionView::of);
    }
}
