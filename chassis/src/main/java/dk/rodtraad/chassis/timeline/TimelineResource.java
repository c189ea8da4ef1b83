package dk.rodtraad.chassis.timeline;

import dk.rodtraad.chassis.access.ChildGuard;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, description = "The ETag of the copy the "
            + "client keeps (or several, separated by commas)", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The child's timeline, oldest first",
            headers = @Header(name = HttpHeaders.ETAG, description = "The timeline's version: send it as If-None-Match "
                    + "to be answered 304 while the timeline has no new entry", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TimelineEntryView.class)))
    @APIResponse(responseCode = "304", description = "The timeline is as the If-None-Match's version: no new entry "
            + "(the read is logged as any other)")
    public Uni<Response> timeline(@PathParam("childId") String childId, @Context Request request) {
        UUID child = InvalidInputException.parseUuid("childId", childId);
        // The read is recorded (and committed) before the entries are read: a read that then fails leaves the record
        // of an attempt, never a read without a record. A client's copy that is still current is such a read too.
        // The entries themselves need no transaction.
        return Panache.withTransaction(() -> guard.requireMaySee(child, "timeline")
                        .chain(() -> auditLog.read(child, "timeline", "Barnets tidslinje vist")))
                .chain(() -> reader.ids(child))
                .chain(ids -> {
                    // Weak: another version's words for the same entries would be equivalent, not the same bytes.
                    var tag = new EntityTag(reader.version(ids), true);
                    Response.ResponseBuilder current = request.evaluatePreconditions(tag);
                    return current != null ? Uni.createFrom().item(current.build())
                            : reader.json(ids).map(json -> Response.ok(json).tag(tag).build());
                });
    }
}
