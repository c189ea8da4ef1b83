package dk.rodtraad.concern.consultation;

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
import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Anonymous consultation (anonym sparring): a situation without the child's name, linked to the child later. */
@Cancellable(false)
@Path("/consultations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FAGPERSON)
public class ConsultationResource {

    private static final String NOT_FOUND = "Sparringen findes ikke";

    private final Consultations consultations;

    public ConsultationResource(Consultations consultations) {
        this.consultations = consultations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Describe a situation without naming the child")
    @Extension(name = ApiDocument.CREATES, value = "true")
    public Uni<RestResponse<ConsultationView>> open(
            @NotNull(message = "Send sparringen som JSON") @Valid OpenConsultationRequest request,
            @Parameter(description = IdempotencyKey.DESCRIPTION) @HeaderParam(IdempotencyKey.HEADER) String key) {
        return consultations.open(request, IdempotencyKey.parse(IdempotencyKey.HEADER, key))
                .map(opened -> RestResponse.ResponseBuilder.<ConsultationView>created(
                        URI.create("/consultations/" + opened.id())).entity(opened).build());
    }

    @GET
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
    @Operation(operationId = "listAnonymousConsultations", summary = "The consultations still anonymous, newest first: for colleagues and the authority to give sparring",
            description = "Each is listed for " + Consultations.LISTED_FOR_DAYS
                    + " days from its opening; its opener keeps it listed until it is linked")
    public Uni<List<ConsultationView>> anonymous() {
        return consultations.anonymous();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
    @Operation(operationId = "getConsultation", summary = "One consultation with its history")
    public Uni<ConsultationView> find(@PathParam("id") String id) {
        return consultations.find(InvalidInputException.parseUuid("id", id))
                .onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND));
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
    @Operation(operationId = "addConsultationNote", summary = "Add to the consultation's history: the opener's follow-up, or a colleague's or the authority's sparring")
    public Uni<ConsultationView> addNote(@PathParam("id") String id,
            @NotNull(message = "Send noten som JSON") @Valid AddNoteRequest request,
            @Parameter(description = IdempotencyKey.DESCRIPTION) @HeaderParam(IdempotencyKey.HEADER) String key) {
        return consultations.addNote(InvalidInputException.parseUuid("id", id), request,
                        IdempotencyKey.parse(IdempotencyKey.HEADER, key))
                .onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND));
    }

    @POST
    @Path("/{id}/child")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "linkConsultationToChild", summary = "Link the consultation to the child it is about, keeping its history")
    public Uni<ConsultationView> link(@PathParam("id") String id,
            @NotNull(message = "Send barnet som JSON") @Valid LinkConsultationRequest request) {
        return consultations.link(InvalidInputException.parseUuid("id", id), request)
                .onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND));
    }
}
