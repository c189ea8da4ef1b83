package dk.rodtraad.concern.child.web;

import dk.rodtraad.concern.recording.web.ConcernRow;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.concern.web.ChildRow;
import dk.rodtraad.concern.web.MyChildren;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import dk.rodtraad.chassis.web.Page;
import dk.rodtraad.concern.web.Search;
import org.jboss.resteasy.reactive.RestQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * "Mine børn og bekymringer": the children the professional is involved with and the concerns they recorded. Showing
 * a child's name is a use of its data, so each child listed is audit-logged as read.
 */
@Cancellable(false)
@Path("/bekymringer")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FAGPERSON)
public class MyChildrenPage {

    private final Template page;
    private final MyChildren myChildren;
    private final AuditLog auditLog;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public MyChildrenPage(@Location("bekymringer/oversigt.html") Template page, MyChildren myChildren,
            AuditLog auditLog, SecurityIdentity identity, AppMessages msg) {
        this.page = page;
        this.myChildren = myChildren;
        this.auditLog = auditLog;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    public Uni<TemplateInstance> show(@RestQuery String q, @RestQuery String side) {
        String me = identity.getPrincipal().getName();
        return Panache.withTransaction(() -> myChildren.of(me)
                .map(children -> Page.slice(children.stream()
                        .filter(child -> Search.matches(q, child.name, ChildRow.masked(child.cpr))).toList(),
                        Page.number(side), Page.link("/bekymringer", "q", q)))
                .call(children -> Multi.createFrom().iterable(children.items())
                        .onItem().transformToUniAndConcatenate(child -> auditLog.read(child.id, "child", "Mine børn vist"))
                        .collect().last())
                .chain(children -> myChildren.concernsRecordedBy(me).map(concerns -> page
                        .data("user", CurrentUser.of(identity))
                        .data("q", q)
                        .data("children", children)
                        .data("rows", children.items().stream().map(ChildRow::of).toList())
                        .data("concerns", concerns.stream().filter(concern -> Search.matches(q, concern.child.name))
                                .limit(Page.SIZE).map(concern -> ConcernRow.of(concern, msg)).toList()))));
    }

}
