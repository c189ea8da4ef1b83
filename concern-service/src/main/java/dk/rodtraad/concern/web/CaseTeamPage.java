package dk.rodtraad.concern.web;

import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.access.ChildAccess;
import dk.rodtraad.concern.access.Involvements;
import dk.rodtraad.concern.coordination.CaseCoordinations;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The child page's forms about who works on the case: name the tovholder, hand the task over, involve a colleague.
 * Each is judged by the API's rules (the tovholder must be involved; only the tovholder hands over); what is wrong
 * comes back on the child's page beside the form, a change someone made first as a message, and nothing is stored.
 * A change leads back to the child's page (post/redirect/get).
 */
@Path("/boern/{id}/sag")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed(Roles.FAGPERSON)
public class CaseTeamPage {

    private final ChildPageView view;
    private final CaseCoordinations coordinations;
    /** Involving a colleague is the API's own small transaction; the page reuses it rather than repeat its rules. */
    private final Involvements involvements;
    private final Validator validator;
    private final Refusals refusals;
    private final AppMessages msg;

    public CaseTeamPage(ChildPageView view, CaseCoordinations coordinations, Involvements involvements,
            Validator validator, Refusals refusals, AppMessages msg) {
        this.view = view;
        this.coordinations = coordinations;
        this.involvements = involvements;
        this.validator = validator;
        this.refusals = refusals;
        this.msg = msg;
    }

    @POST
    @Path("/tovholder")
    public Uni<RestResponse<TemplateInstance>> nameTovholder(@RestPath String id, @BeanParam TeamForm sent) {
        UUID childId = PageIds.parse(id, ChildAccess.NO_SUCH_CHILD);
        var request = sent.nameRequest();
        return change(childId, sent, request, () -> coordinations.nameTovholder(childId, request), "tovholder");
    }

    @POST
    @Path("/overdragelse")
    public Uni<RestResponse<TemplateInstance>> handOver(@RestPath String id, @BeanParam TeamForm sent) {
        UUID childId = PageIds.parse(id, ChildAccess.NO_SUCH_CHILD);
        var request = sent.handOverRequest();
        return change(childId, sent, request, () -> coordinations.handOver(childId, request), "overdraget");
    }

    @POST
    @Path("/inddragelse")
    public Uni<RestResponse<TemplateInstance>> involve(@RestPath String id, @BeanParam TeamForm sent) {
        UUID childId = PageIds.parse(id, ChildAccess.NO_SUCH_CHILD);
        var request = sent.involveRequest();
        return change(childId, sent, request, () -> involvements.involve(childId, request), "inddraget");
    }

    private <R> Uni<RestResponse<TemplateInstance>> change(UUID childId, TeamForm sent, R request,
            Supplier<Uni<?>> change, String done) {
        return Submission.submit(validator, new FormErrors(), request,
                r -> change.get().map(changed -> URI.create("/boern/" + childId + "?besked=" + done)),
                msg.stale_coordination(), (errors, conflict, status) -> again(childId, sent, errors, conflict, status));
    }

    private Uni<RestResponse<TemplateInstance>> again(UUID childId, TeamForm sent, FormErrors errors, String conflict,
            RestResponse.Status status) {
        return view.render(childId, null, sent, errors, conflict).map(page -> RestResponse.status(status, page));
    }

    @ServerExceptionMapper({WebApplicationException.class, ForbiddenException.class})
    public RestResponse<TemplateInstance> refused(RuntimeException e) {
        return refusals.page(e);
    }
}
