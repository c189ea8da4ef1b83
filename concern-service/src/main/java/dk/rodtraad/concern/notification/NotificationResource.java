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

/** A professional's notifications to the authority (underretninger): made directly, and followed afterwards. */
@Cancellable(false)
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    static final String NOT_FOUND = "Underretningen findes ikke";

    private final Notifications notifications;

    public NotificationResource(Notifications notifications) {
        this.notifications = notifications;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "notifyAuthority", summary = "Notify the authority about a child (underretning), under the heightened duty to notify")
    @Extension(name = ApiDocument.CREATES, value = "true")
    public Uni<RestResponse<MyNotificationView>> notifyAuthority(
            @NotNull(message = "Send underretningen som JSON") @Valid NotifyAboutChildRequest request,
            @Parameter(description = IdempotencyKey.DESCRIPTION) @HeaderParam(IdempotencyKey.HEADER) String key) {
        return notifications.notifyAuthority(request, IdempotencyKey.parse(IdempotencyKey.HEADER, key))
                .map(NotificationResource::created);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "listMyNotifications", summary = "My notifications, newest first, with the receipt and the outcome the authority decided")
    public Uni<List<MyNotificationView>> mine() {
        return notifications.mine();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "getMyNotification", summary = "One of my notifications")
    public Uni<MyNotificationView> find(@PathParam("id") String id) {
        return notifications.mine(InvalidInputException.parseUuid("id", id))
                .onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND));
    }

    static RestResponse<MyNotificationView> created(MyNotificationView notification) {
        return RestResponse.ResponseBuilder.<MyNotificationView>created(URI.create("/notifications/" + notification.id()))
                .entity(notification).build();
    }
}
