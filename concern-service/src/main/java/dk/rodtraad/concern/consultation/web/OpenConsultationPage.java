package dk.rodtraad.concern.consultation.web;

import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.chassis.web.Submission;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.consultation.Consultations;
import dk.rodtraad.concern.recording.Setting;
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
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * A professional asks for anonymous sparring: the situation without the child's name. The form is judged by the
 * API's rules; nothing is stored until it is right. An opened consultation leads on to its own page.
 */
@Cancellable(false)
@Path("/sparring/ny")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FAGPERSON)
public class OpenConsultationPage {

    private final Template form;
    private final Consultations consultations;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public OpenConsultationPage(@Location("sparring/ny.html") Template form, Consultations consultations,
            Validator validator, SecurityIdentity identity, AppMessages msg) {
        this.form = form;
        this.consultations = consultations;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> form() {
        return show(new ConsultationForm(), new FormErrors(), RestResponse.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> open(@BeanParam ConsultationForm sent) {
        var errors = new FormErrors();
        return Submission.submit(validator, errors, sent.request(errors, msg.not_a_choice(), msg.not_an_age()),
                request -> Submission.key(sent.sending).chain(key -> consultations.open(request, key))
                        .map(opened -> URI.create("/sparring/" + opened.id() + "?besked=oprettet")),
                null, (problems, conflict, status) -> {
                    sent.sending = problems.keyToSendAgain(sent.sending);
                    return show(sent, problems, status);
                });
    }

    private Uni<RestResponse<TemplateInstance>> show(ConsultationForm sent, FormErrors errors,
            RestResponse.Status status) {
        var labels = labels();
        return Uni.createFrom().item(RestResponse.status(status, form.data("user", CurrentUser.of(identity))
                .data("form", sent)
                .data("errors", errors)
                .data("summary", errors.summary(labels))
                .data("labels", labels)
                .data("settings", Option.of(Setting.class, sent.setting))));
    }

    private SequencedMap<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("situation", msg.field_situation());
        labels.put("setting", msg.field_setting());
        labels.put("childAgeYears", msg.field_childAgeYears());
        return labels;
    }

}
