package dk.rodtraad.concern.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.timeline.TimelineEntry;
import dk.rodtraad.concern.access.ChildAccess;
import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.coordination.CaseCoordinations;
import dk.rodtraad.concern.recording.ConcernRecording;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/**
 * A child's page: who the child is, its concerns with their assessments, the tovholder and the case's coordination,
 * and the child's timeline from this service's replica, newest first. Only professionals involved with the child see
 * it, so they see the full CPR number; to anyone else the child does not exist. Every part read is audit-logged by
 * the service that owns it, the page itself and the timeline here.
 */
@Path("/boern/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
public class ChildPage {

    private final Template page;
    private final ChildAccess access;
    private final ConcernRecording recording;
    private final CaseCoordinations coordinations;
    private final MyChildren myChildren;
    private final LanguageInForce language;
    private final AuditLog auditLog;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final Refusals refusals;
    private final AppMessages msg;

    public ChildPage(@Location("bekymringer/barn.html") Template page, ChildAccess access, ConcernRecording recording,
            CaseCoordinations coordinations, MyChildren myChildren, LanguageInForce language, AuditLog auditLog,
            ObjectMapper json, SecurityIdentity identity, Refusals refusals, AppMessages msg) {
        this.page = page;
        this.access = access;
        this.recording = recording;
        this.coordinations = coordinations;
        this.myChildren = myChildren;
        this.language = language;
        this.auditLog = auditLog;
        this.json = json;
        this.identity = identity;
        this.refusals = refusals;
        this.msg = msg;
    }

    /** @param besked what was just done, to confirm it: registreret after a concern was recorded */
    @GET
    public Uni<TemplateInstance> show(@RestPath String id, @RestQuery String besked) {
        UUID childId = PageIds.parse(id, ChildAccess.NO_SUCH_CHILD);
        return Panache.withTransaction(() -> access.requireInvolved(childId)
                .chain(() -> Child.<Child>findById(childId))
                .call(() -> auditLog.read(childId, "child", "Barnets side vist"))
                .chain(child -> language.current().map(Labels::new).chain(labels -> myChildren.concernIdsOf(childId)
                        .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                        .onItem().transformToUniAndConcatenate(recording::find)
                        .map(concern -> ConcernCard.of(concern, labels, msg))
                        .collect().asList())
                        .map(concerns -> page.data("user", CurrentUser.of(identity))
                                .data("child", child)
                                .data("born", Formats.date(child.birthDate))
                                .data("notice", "registreret".equals(besked) ? msg.notice_recorded() : null)
                                .data("concerns", concerns)))
                .chain(instance -> coordinations.find(childId)
                        .map(view -> instance.data("coordination", view == null ? null : CoordinationCard.of(view))))
                .chain(instance -> auditLog.read(childId, "timeline", "Barnets tidslinje vist")
                        .chain(() -> TimelineEntry.forChild(childId))
                        .map(entries -> instance.data("timeline", entries.reversed().stream()
                                .map(entry -> TimelineRow.of(entry, TimelineRow.read(json, entry.payload), msg))
                                .toList()))));
    }

    @ServerExceptionMapper({WebApplicationException.class, ForbiddenException.class})
    public RestResponse<TemplateInstance> refused(RuntimeException e) {
        return refusals.page(e);
    }
}
