package dk.rodtraad.chassis.timeline.web;

import dk.rodtraad.chassis.access.ChildGuard;
import dk.rodtraad.chassis.access.NoSuchChildException;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.timeline.TimelineEntry;
import dk.rodtraad.chassis.web.RefusalPage;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.UUID;

/**
 * A child's timeline as a page, in words, for the services whose own pages do not show it otherwise
 * ({@code rodtraad.timeline.page.enabled=true}: network-meeting- and followup-service). Guarded and audit-logged as
 * the JSON timeline is: a child the user may not see, and an unknown id, get the same Danish 404 page.
 */
@Cancellable(false)
@Path("/boern")
@IfBuildProperty(name = TimelinePage.ENABLED, stringValue = "true")
public class TimelinePage {

    public static final String ENABLED = "rodtraad.timeline.page.enabled";

    private final Template page;
    private final ChildGuard guard;
    private final AuditLog auditLog;
    private final TimelineRows timeline;
    private final SecurityIdentity identity;

    public TimelinePage(@Location("rodtraad/tidslinje.html") Template page, ChildGuard guard, AuditLog auditLog,
            TimelineRows timeline, SecurityIdentity identity) {
        this.page = page;
        this.guard = guard;
        this.auditLog = auditLog;
        this.timeline = timeline;
        this.identity = identity;
    }

    @GET
    @Path("/{childId}/tidslinje")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
    @Operation(summary = "The child's timeline as a Danish page, in words; the same 404 page for a child the user may "
            + "not see as for one that does not exist")
    public Uni<TemplateInstance> show(@RestPath String childId) {
        UUID child = parse(childId);
        return Panache.withTransaction(() -> guard.requireMaySee(child, "timeline")
                        .chain(() -> auditLog.read(child, "timeline", "Barnets tidslinje vist"))
                        .chain(() -> TimelineEntry.forChild(child)))
                .map(entries -> page.data("user", CurrentUser.of(identity)).data("rows", timeline.of(entries)));
    }

    /** The start page's form: from a child's id to its timeline's address. Reads nothing about the child. */
    @GET
    @Path("/tidslinje")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
    @Operation(summary = "Opens the timeline of the child whose id the start page's form sent (303 to its page)")
    // A page, though it only redirects: what the browser ends on is HTML (the timeline, or the 404 page), so it is
    // described with the pages (/q/openapi-pages), not in the API's document (chassis.api.ApiDocument).
    @APIResponse(responseCode = "303", description = "To the child's timeline page",
            content = @Content(mediaType = MediaType.TEXT_HTML))
    public RestResponse<Void> open(@RestQuery String barn) {
        UUID child = parse(barn == null ? "" : barn.strip());
        return RestResponse.seeOther(URI.create("/boern/" + child + "/tidslinje"));
    }

    /** Not an id is no child either: the same 404 page, not a validation error that would read differently. */
    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NoSuchChildException();
        }
    }

}
