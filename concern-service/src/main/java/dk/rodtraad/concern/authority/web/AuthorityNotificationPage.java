package dk.rodtraad.concern.authority.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.concern.notification.web.NotificationCard;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.concern.web.PageIds;
import dk.rodtraad.chassis.web.Submission;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.authority.AuthorityNotificationView;
import dk.rodtraad.concern.authority.AuthoritySteps;
import dk.rodtraad.concern.notification.Outcome;
import dk.rodtraad.concern.notification.Urgency;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * One underretning as the authority's caseworker works on it: everything the professional wrote, the deadlines, and
 * a form for each step not yet taken (the urgency assessment, the receipt, the outcome). Each step is judged by the
 * API's rules; a step on a version someone else has changed since, or one already taken, is refused and the page
 * shows why beside what is there now. A step taken leads back to the page (post/redirect/get).
 */
@Cancellable(false)
@Path("/myndighed/underretninger/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.MYNDIGHED)
public class AuthorityNotificationPage {

    private static final String NOT_FOUND = "Underretningen findes ikke";

    private final Template page;
    private final AuthoritySteps steps;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final People people;

    public AuthorityNotificationPage(@Location("myndighed/underretning.html") Template page, AuthoritySteps steps,
            Validator validator, SecurityIdentity identity, AppMessages msg, People people) {
        this.people = people;
        this.page = page;
        this.steps = steps;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
    }

    /** @param besked the step just taken, to confirm it: vurderet, kvitteret or besluttet */
    @GET
    public Uni<RestResponse<TemplateInstance>> show(@RestPath String id, @RestQuery String besked) {
        return render(PageIds.parse(id, NOT_FOUND), new StepForm(), new FormErrors(), null,
                msg.step_done(besked == null ? "" : besked), RestResponse.Status.OK);
    }

    @POST
    @Path("/hastevurdering")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> assessUrgency(@RestPath String id, @BeanParam StepForm sent) {
        var errors = new FormErrors();
        var request = sent.urgencyRequest(errors, msg.not_a_choice());
        return take(id, sent, request, errors, steps::assessUrgency, "vurderet");
    }

    @POST
    @Path("/kvittering")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> sendReceipt(@RestPath String id, @BeanParam StepForm sent) {
        return take(id, sent, sent.receiptRequest(), new FormErrors(), steps::sendReceipt, "kvitteret");
    }

    @POST
    @Path("/udfald")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> decideOutcome(@RestPath String id, @BeanParam StepForm sent) {
        var errors = new FormErrors();
        var request = sent.outcomeRequest(errors, msg.not_a_choice());
        return take(id, sent, request, errors, steps::decideOutcome, "besluttet");
    }

    private <R> Uni<RestResponse<TemplateInstance>> take(String notification, StepForm sent, R request,
            FormErrors errors, BiFunction<UUID, R, Uni<AuthorityNotificationView>> step, String done) {
        UUID id = PageIds.parse(notification, NOT_FOUND);
        return Submission.submit(validator, errors, request, r -> step.apply(id, r)
                        .onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND))
                        .map(taken -> URI.create("/myndighed/underretninger/" + id + "?besked=" + done)),
                msg.stale(), (problems, conflict, status) -> render(id, sent, problems, conflict, null, status));
    }

    /** @param conflict why a step was refused, or null */
    private Uni<RestResponse<TemplateInstance>> render(UUID id, StepForm sent, FormErrors errors, String conflict,
            String notice, RestResponse.Status status) {
        var labels = labels();
        return steps.find(id).onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND))
                .chain(view -> people.names().map(names -> RestResponse.status(status, page
                        .data("user", CurrentUser.of(identity))
                        .data("n", NotificationCard.of(view, msg, names))
                        .data("notice", notice == null || notice.isBlank() ? null : notice)
                        .data("conflict", conflict)
                        .data("errors", errors)
                        .data("summary", errors.summary(labels))
                        .data("urgencies", Option.of(List.of(Urgency.values()), Urgency::code,
                                urgency -> msg.urgency_choice(urgency.code()), sent.urgency))
                        .data("outcomes", Option.of(Outcome.class, sent.outcome)))));
    }

    private SequencedMap<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("urgency", msg.field_urgency());
        labels.put("outcome", msg.field_outcome());
        labels.put("version", "");
        return labels;
    }

}
