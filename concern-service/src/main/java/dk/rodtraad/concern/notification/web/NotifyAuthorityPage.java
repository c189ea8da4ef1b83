package dk.rodtraad.concern.notification.web;

import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.concern.web.PageIds;
import dk.rodtraad.chassis.web.Submission;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.notification.Ground;
import dk.rodtraad.concern.notification.Notifications;
import dk.rodtraad.concern.recording.ConcernRecording;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * A professional notifies the authority (underretning) about the child of one of their concerns, under the
 * heightened duty to notify. The form is judged by the API's rules; nothing is stored until it is right. A sent
 * notification leads on to "Mine underretninger".
 */
@Cancellable(false)
@Path("/bekymringer/{id}/underretning")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FAGPERSON)
public class NotifyAuthorityPage {

    private static final String NOT_FOUND = "Bekymringen findes ikke";

    private final Template form;
    private final ConcernRecording recording;
    private final Notifications notifications;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public NotifyAuthorityPage(@Location("bekymringer/underret.html") Template form, ConcernRecording recording,
            Notifications notifications, Validator validator, SecurityIdentity identity,
            AppMessages msg) {
        this.form = form;
        this.recording = recording;
        this.notifications = notifications;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> form(@RestPath String id) {
        return show(PageIds.parse(id, NOT_FOUND), new NotifyForm(), new FormErrors(), RestResponse.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> notifyAuthority(@RestPath String id, @BeanParam NotifyForm sent) {
        UUID concernId = PageIds.parse(id, NOT_FOUND);
        var errors = new FormErrors();
        return Submission.submit(validator, errors, sent.request(errors, msg.not_a_choice()),
                request -> Submission.key(sent.sending)
                        .chain(key -> notifications.notifyFromConcern(concernId, request, key))
                        .onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND))
                        .map(notification -> URI.create("/underretninger?besked=sendt")),
                null, (problems, conflict, status) -> {
                    sent.sending = problems.keyToSendAgain(sent.sending);
                    return show(concernId, sent, problems, status);
                });
    }

    private Uni<RestResponse<TemplateInstance>> show(UUID concernId, NotifyForm sent, FormErrors errors,
            RestResponse.Status status) {
        var labels = labels();
        return recording.find(concernId).onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND))
                .chain(concern -> Panache.withSession(() -> Child.<Child>findById(concern.childId())))
                .map(child -> RestResponse.status(status, form.data("user", CurrentUser.of(identity))
                        .data("concernId", concernId.toString())
                        .data("child", child)
                        .data("form", sent)
                        .data("errors", errors)
                        .data("summary", errors.summary(labels))
                        .data("labels", labels)
                        .data("grounds", Option.of(Ground.class, sent.ground))));
    }

    private SequencedMap<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("ground", msg.field_ground());
        labels.put("knownOrSuspected", msg.field_knownOrSuspected());
        labels.put("parentsInformed", msg.field_parentsInformed());
        labels.put("parentsNotInformedReason", msg.field_parentsNotInformedReason_notify());
        return labels;
    }

}
