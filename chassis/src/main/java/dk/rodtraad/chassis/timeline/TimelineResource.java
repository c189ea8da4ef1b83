package dk.rodtraad.chassis.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

@Cancellable(false)
@Path("/children/{childId}/timeline")
@IfBuildProperty(name = TimelineProjector.ENABLED, stringValue = "true")
public class TimelineResource {

    private final AuditLog auditLog;
    private final ChildGuard guard;
    private final ObjectMapper json;
    private final TimelineSentences sentences;

    public TimelineResource(AuditLog auditLog, ChildGuard guard, ObjectMapper json, TimelineSentences sentences) {
        this.auditLog = auditLog;
        this.guard = guard;
        this.json = json;
        this.sentences = sentences;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
    @Operation(operationId = "getChildTimeline", summary = "The child's timeline: every event about the child, from every service, in the same order everywhere, "
            + "each with the Danish sentence the pages show; "
            + "404 for a child the user may not see, as for one that does not exist")
    public Uni<List<TimelineEntryView>> timeline(@PathParam("childId") String childId) {
        UUID child = InvalidInputException.parseUuid("childId", childId);
        return Panache.withTransaction(() -> guard.requireMaySee(child, "timeline")
                        .chain(() -> auditLog.read(child, "timeline", "Barnets tidslinje vist"))
                        .chain(() -> TimelineEntry.forChild(child)))
                .map(entries -> entries.stream().map(this::toView).toList());
    }

    private TimelineEntryView toView(TimelineEntry entry) {
        try {
            // Read once, for both the data and the sentence: a timeline of hundreds of entries is read often.
            JsonNode data = json.readTree(entry.payload);
            return new TimelineEntryView(entry.eventId, entry.occurredAt, entry.eventType, entry.source, data,
                    sentences.sentence(entry.eventType, data));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
