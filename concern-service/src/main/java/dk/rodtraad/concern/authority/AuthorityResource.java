package dk.rodtraad.concern.authority;

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

import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The authority's inbox of underretninger (role myndighed) and its steps on each notification. */
@Cancellable(false)
@Path("/authority/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MYNDIGHED)
public class AuthorityResource {

    private static final String NOT_FOUND = "Underretningen findes ikke";

    private final AuthoritySteps steps;

    public AuthorityResource(AuthoritySteps steps) {
        this.steps = steps;
    }

    @GET
    @Operation(operationId = "getAuthorityInbox", summary = "Every notification with its deadlines: overdue first, then the nearest deadline")
    public Uni<List<AuthorityNotificationView>> inbox() {
        return steps.inbox();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNotificationForAuthority", summary = "One notification")
    public Uni<AuthorityNotificationView> find(@PathParam("id") String id) {
        return steps.find(InvalidInputException.parseUuid("id", id))
                .onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND));
    }

    @POST
    @Path("/{id}/urgency")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assessUrgency", summary = "Record the assessment, due within 24 hours, of whether acute action is needed")
    public Uni<AuthorityNotificationView> assessUrgency(@PathParam("id") String id,
            @NotNull(message = "Send vurderingen som JSON") @Valid AssessUrgencyRequest request) {
        return steps.assessUrgency(InvalidInputException.parseUuid("id", id), request)
                .onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND));
    }

    @POST
    @Path("/{id}/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordReceiptSent", summary = "Record that the receipt went to the notifying professional, due within 6 working days")
    public Uni<AuthorityNotificationView> sendReceipt(@PathParam("id") String id,
            @NotNull(message = "Send kvitteringen som JSON") @Valid SendReceiptRequest request) {
        return steps.sendReceipt(InvalidInputException.parseUuid("id", id), request)
                .onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND));
    }

    @POST
    @Path("/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideOutcome", summary = "Record what follows: no action, § 19 afdækning, § 20 børnefaglig undersøgelse or § 32 støtte")
    public Uni<AuthorityNotificationView> decideOutcome(@PathParam("id") String id,
            @NotNull(message = "Send udfaldet som JSON") @Valid DecideOutcomeRequest request) {
        return steps.decideOutcome(InvalidInputException.parseUuid("id", id), request)
                .onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND));
    }
}
