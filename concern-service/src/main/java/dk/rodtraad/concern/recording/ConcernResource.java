package dk.rodtraad.concern.recording;

import dk.rodtraad.chassis.api.ApiDocument;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

@Cancellable(false)
@Path("/concerns")
@Produces(MediaType.APPLICATION_JSON)
public class ConcernResource {

    private final ConcernRecording recording;

    public ConcernResource(ConcernRecording recording) {
        this.recording = recording;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "recordConcern", summary = "Record a concern about a child (bekymring)")
    @Extension(name = ApiDocument.CREATES, value = "true")
    public Uni<RestResponse<ConcernView>> record(
            @NotNull(message = "Send bekymringen som JSON") @Valid RecordConcernRequest request,
            @Parameter(description = IdempotencyKey.DESCRIPTION) @HeaderParam(IdempotencyKey.HEADER) String key) {
        return recording.record(request, IdempotencyKey.parse(IdempotencyKey.HEADER, key))
                .map(concern -> RestResponse.ResponseBuilder
                        .<ConcernView>created(URI.create("/concerns/" + concern.id())).entity(concern).build());
    }

    @POST
    @Path("/{id}/reassessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(summary = "Assess a concern again: new level, acute flag, signs; the earlier assessments stay in its history")
    public Uni<ConcernView> reassess(@PathParam("id") String id,
            @NotNull(message = "Send revurderingen som JSON") @Valid ReassessConcernRequest request) {
        return recording.reassess(InvalidInputException.parseUuid("id", id), request)
                .onItem().ifNull().failWith(() -> new NotFound("Bekymringen findes ikke"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
    @Operation(operationId = "getConcern", summary = "One recorded concern")
    public Uni<ConcernView> find(@PathParam("id") String id) {
        return recording.find(InvalidInputException.parseUuid("id", id))
                .onItem().ifNull().failWith(() -> new NotFound("Bekymringen findes ikke"));
    }
}
