package dk.rodtraad.concern.child.web;

import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.concern.web.PageIds;
import dk.rodtraad.chassis.web.Submission;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.access.ChildAccess;
import dk.rodtraad.concern.access.CaseTeam;
import dk.rodtraad.concern.coordination.CaseCoordinations;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The child page's forms about who works on the case: name the tovholder, hand the task over, add a colleague picked
 * from the directory on a basis, remove a member, decide on requests to join, close the case. Each is judged by the
 * API's rules (the tovholder must be on the team; only the tovholder hands over or removes); a professional outside
 * the team with records of their own asks to join it here. What is wrong
 * comes back on the child's page beside the form, a change someone made first as a message, and nothing is stored.
 * A change leads back to the child's page (post/redirect/get).
 */
@Cancellable(false)
@Path("/boern/{id}/sag")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed(Roles.FAGPERSON)
public class CaseTeamPage {

    private static final String NO_SUCH_REQUEST = "Anmodningen findes ikke";

    private final ChildPageView view;
    private final CaseCoordinations coordinations;
    /** The case team's changes are the API's own transactions; the page reuses them rather than repeat their rules. */
    private final CaseTeam team;
    private final Validator validator;
    private final AppMessages msg;

    public CaseTeamPage(ChildPageView view, CaseCoordinations coordinations, CaseTeam team,
            Validator validator, AppMessages msg) {
        this.view = view;
        this.coordinations = coordinations;
        this.team = team;
        this.validator = validator;
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
    @Path("/medlemmer")
    public Uni<RestResponse<TemplateInstance>> add(@RestPath String id, @BeanParam TeamForm sent) {
        UUID childId = PageIds.parse(id, ChildAccess.NO_SUCH_CHILD);
        var request = sent.addRequest();
        return change(childId, sent, request, () -> team.add(childId, request), "tilfoejet");
    }

    @POST
    @Path("/medlemmer/{username}/fjern")
    public Uni<RestResponse<TemplateInstance>> remove(@RestPath String id, @RestPath String username,
            @BeanParam TeamForm sent) {
        UUID childId = PageIds.parse(id, ChildAccess.NO_SUCH_CHILD);
        return change(childId, sent, username, () -> team.remove(childId, username), "fjernet");
    }

    @POST
    @Path("/anmodninger/{requestId}/imoedekom")
    public Uni<RestResponse<TemplateInstance>> accept(@RestPath String id, @RestPath String requestId,
            @BeanParam TeamForm sent) {
        UUID childId = PageIds.parse(id, ChildAccess.NO_SUCH_CHILD);
        UUID request = PageIds.parse(requestId, NO_SUCH_REQUEST);
        var decision = sent.decideRequest();
        return change(childId, sent, decision, () -> team.accept(childId, request, decision), "imoedekommet",
                RequestCard.tovholderField(request));
    }

    /** A professional with records of their own about the child, not on its team, asks to join it. */
    @POST
    @Path("/anmodning")
    public Uni<RestResponse<TemplateInstance>> ask(@RestPath String id, @BeanParam TeamForm sent) {
        UUID childId = PageIds.parse(id, ChildAccess.NO_SUCH_CHILD);
        var request = sent.askRequest();
        return change(childId, sent, request, () -> team.ask(childId, request), "anmodet");
    }

    @POST
    @Path("/anmodninger/{requestId}/afvis")
    public Uni<RestResponse<TemplateInstance>> decline(@RestPath String id, @RestPath String requestId,
            @BeanParam TeamForm sent) {
        UUID childId = PageIds.parse(id, ChildAccess.NO_SUCH_CHILD);
        UUID request = PageIds.parse(requestId, NO_SUCH_REQUEST);
        return change(childId, sent, request, () -> team.decline(childId, request), "afvist");
    }

    @POST
    @Path("/luk")
    public Uni<RestResponse<TemplateInstance>> close(@RestPath String id, @BeanParam TeamForm sent) {
        UUID childId = PageIds.parse(id, ChildAccess.NO_SUCH_CHILD);
        return Submission.submit(validator, new FormErrors(), childId,
                r -> team.close(childId).map(closed -> URI.create("/bekymringer?besked=lukket")),
                msg.stale_coordination(), (errors, conflict, status) -> again(childId, sent, errors, conflict, status));
    }

    private <R> Uni<RestResponse<TemplateInstance>> change(UUID childId, TeamForm sent, R request,
            Supplier<Uni<?>> change, String done) {
        return change(childId, sent, request, change, done, "tovholder");
    }

    /** @param tovholderField the form field beside which a complaint about the tovholder is shown */
    private <R> Uni<RestResponse<TemplateInstance>> change(UUID childId, TeamForm sent, R request,
            Supplier<Uni<?>> change, String done, String tovholderField) {
        return Submission.submit(validator, new FormErrors(), request,
                r -> change.get().map(changed -> URI.create("/boern/" + childId + "?besked=" + done)),
                msg.stale_coordination(), (errors, conflict, status) -> again(childId, sent,
                        TeamForm.onFields(errors, tovholderField), conflict, status));
    }

    private Uni<RestResponse<TemplateInstance>> again(UUID childId, TeamForm sent, FormErrors errors, String conflict,
            RestResponse.Status status) {
        return view.render(childId, null, sent, errors, conflict).map(page -> RestResponse.status(status, page));
    }

}
