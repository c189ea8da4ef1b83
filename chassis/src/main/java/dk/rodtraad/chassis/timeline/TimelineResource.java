package dk.rodtraad.chassis.timeline;

import dk.rodtraad.chassis.access.ChildGuard;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

@Cancellable(false)
@Path("/children/{childId}/timeline")
@IfBuildProperty(name = TimelineProjector.ENABLED, stringValue = "true")
public class TimelineResource {

    private final AuditLog auditLog;
    private final ChildGuard guard;
    private final TimelineReader reader;

    public TimelineResource(AuditLog auditLog, ChildGuard guard, TimelineReader reader) {
        this.auditLog = auditLog;
        this.guard = guard;
        this.reader = reader;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
    @Operation(operationId = "getChildTimeline", summary = "The child's timeline: every event about the child, from every service, in the same order everywhere, "
            + "each with the Danish sentence the pages show; "
            + "404 for a child the user may not see, as for one that does not exist")
    @APIResponse(responseCode = "200", description = "The child's timeline, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TimelineEntryView.class)))
    public Uni<Buffer> timeline(@PathParam("childId") String childId) {
        UUID child = InvalidInputException.parseUuid("childId", childId);
        // The read is recorded (and committed) before the entries are read: a read that then fails leaves the record
        // of an attempt, never a read without a record. The entries themselves need no transaction.
        return Panache.withTransaction(() -> guard.requireMaySee(child, "timeline")
                        .chain(() -> auditLog.read(child, "timeline", "Barnets tidslinje vist")))
                .chain(() -> reader.json(child));
    }
}
