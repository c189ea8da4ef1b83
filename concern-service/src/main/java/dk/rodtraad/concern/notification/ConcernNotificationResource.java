package dk.rodtraad.concern.notification;

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
import org.jboss.resteasy.reactive.server.Cancellable;

/** A concern that goes beyond early prevention becomes an underretning (Indsatstrappen step 2). */
@Cancellable(false)
@Path("/concerns/{id}/notification")
@Produces(MediaType.APPLICATION_JSON)
public class ConcernNotificationResource {

    private final Notifications notifications;

    public ConcernNotificationResource(Notifications notifications) {
        this.notifications = notifications;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "notifyAuthorityAboutConcern", summary = "Notify the authority about the concern's child (underretning)")
    @Extension(name = ApiDocument.CREATES, value = "true")
    public Uni<RestResponse<MyNotificationView>> notifyAuthority(@PathParam("id") String id,
            @NotNull(message = "Send underretningen som JSON") @Valid NotifyRequest request,
            @Parameter(description = IdempotencyKey.DESCRIPTION) @HeaderParam(IdempotencyKey.HEADER) String key) {
        return notifications.notifyFromConcern(InvalidInputException.parseUuid("id", id), request,
                        IdempotencyKey.parse(IdempotencyKey.HEADER, key))
                .onItem().ifNull().failWith(() -> new NotFound("Bekymringen findes ikke"))
                .map(NotificationResource::created);
    }
}
