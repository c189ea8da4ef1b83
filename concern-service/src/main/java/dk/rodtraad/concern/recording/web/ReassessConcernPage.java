package dk.rodtraad.concern.recording.web;

import dk.rodtraad.concern.web.Choices;
import dk.rodtraad.concern.web.Level;
import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.concern.language.TaxonomyInForce;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.concern.web.PageIds;
import dk.rodtraad.chassis.web.Submission;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.child.Child;
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
import java.util.List;
import java.util.SequencedMap;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * A professional involved with the child assesses one of its concerns again: level, acute flag and signs as they are
 * now; the earlier assessments stay in the concern's history. Judged by the API's rules; a reassessment of a concern
 * someone has reassessed since the form was shown is refused, and the form says so beside the concern as it is now.
 */
@Cancellable(false)
@Path("/bekymringer/{id}/revurdering")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FAGPERSON)
public class ReassessConcernPage {

    private static final String NOT_FOUND = "Bekymringen findes ikke";

    private final Template form;
    private final ConcernRecording recording;
    private final TaxonomyInForce language;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public ReassessConcernPage(@Location("bekymringer/revurder.html") Template form, ConcernRecording recording,
            TaxonomyInForce language, Validator validator, SecurityIdentity identity,
            AppMessages msg) {
        this.form = form;
        this.recording = recording;
        this.language = language;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> form(@RestPath String id) {
        return show(PageIds.parse(id, NOT_FOUND), null, new FormErrors(), null, RestResponse.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> reassess(@RestPath String id, @BeanParam ReassessForm sent) {
        UUID concernId = PageIds.parse(id, NOT_FOUND);
        var errors = new FormErrors();
        return Submission.submit(validator, errors, sent.request(errors, msg.not_a_choice()),
                request -> recording.reassess(concernId, request)
                        .onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND))
                        .map(concern -> URI.create("/boern/" + concern.childId() + "?besked=revurderet")),
                msg.stale_concern(), (problems, conflict, status) -> show(concernId, sent, problems, conflict, status));
    }

    /**
     * @param sent     what was sent, or null to fill the form in from the concern as it is
     * @param conflict why the reassessment was refused, or null
     */
    private Uni<RestResponse<TemplateInstance>> show(UUID concernId, ReassessForm sent, FormErrors errors,
            String conflict, RestResponse.Status status) {
        var labels = labels();
        return recording.find(concernId).onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND))
                .chain(concern -> Panache.withSession(() -> Child.<Child>findById(concern.childId())
                        .chain(child -> language.published().map(inForce -> {
                            var shown = sent == null ? ReassessForm.of(concern) : sent;
                            // The form goes back with the version as it is now, so the user may decide again.
                            shown.version = String.valueOf(concern.version());
                            return RestResponse.status(status, form.data("user", CurrentUser.of(identity))
                                    .data("concernId", concernId.toString())
                                    .data("child", child)
                                    .data("heading", msg.concern_heading(
                                            DanishDates.date(concern.observedOn())))
                                    .data("level", Level.of(concern.level()))
                                    .data("form", shown)
                                    .data("conflict", conflict)
                                    .data("errors", errors)
                                    .data("summary", errors.summary(labels))
                                    .data("labels", labels)
                                    .data("languageMissing", inForce.isEmpty())
                                    .data("signGroups", inForce.map(l -> SignGroup.of(l, shown.chosenSigns()))
                                            .orElse(List.of()))
                                    .data("levels", inForce.map(l -> Choices.levels(l, shown.level))
                                            .orElse(List.of()))
                                    .data("acuteGuidance", inForce.map(l -> l.acute().guidance()).orElse("")));
                        }))));
    }

    private SequencedMap<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("signs", msg.field_signs());
        labels.put("level", msg.field_level());
        labels.put("acute", msg.field_acute());
        labels.put("version", "");
        return labels;
    }

}
