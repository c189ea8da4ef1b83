package dk.rodtraad.catalogue.intervention.web;

import dk.rodtraad.catalogue.intervention.Access;
import dk.rodtraad.catalogue.intervention.Anchoring;
import dk.rodtraad.catalogue.intervention.EvidenceLevel;
import dk.rodtraad.catalogue.intervention.InterventionContent;
import dk.rodtraad.catalogue.intervention.InterventionType;
import dk.rodtraad.catalogue.intervention.Interventions;
import dk.rodtraad.catalogue.intervention.PreventionLevel;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.catalogue.web.Choices;
import dk.rodtraad.catalogue.web.FieldLabels;
import dk.rodtraad.catalogue.web.SaveFailures;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.Option;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

/**
 * The editor's form, shared by creating and editing: reads what was sent, judges it by the same rules as the API
 * (Bean Validation, then the service's own), and shows it again with every message beside its field and in a
 * summary at the top when it cannot be saved.
 */
@ApplicationScoped
public class EditorForms {

    private final Template template;
    private final Interventions interventions;
    private final SharedLanguage language;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    EditorForms(@Location("katalog/rediger.html") Template template, Interventions interventions,
            SharedLanguage language, Validator validator, SecurityIdentity identity, AppMessages msg) {
        this.template = template;
        this.interventions = interventions;
        this.language = language;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
    }

    /** What the editor asks to save, and all that stops it, so one round shows every problem. */
    public record Submission(InterventionContent content, FormErrors errors) {
    }

    public Uni<Submission> read(InterventionForm form) {
        var errors = new FormErrors();
        InterventionContent content = form.content(errors, msg.not_whole_number());
        errors.addViolations(validator.validate(content));
        return interventions.problemsWith(content).map(problems -> {
            errors.addAll(problems);
            return new Submission(content, errors);
        });
    }

    /**
     * Saves a sound submission and sends the browser on to the intervention's page; otherwise, or when the service
     * refuses (a code in use, a stale version, a retired intervention), the form again with why.
     *
     * @param page how to show the form again: it knows whether it is a new or an existing intervention
     */
    public Uni<RestResponse<TemplateInstance>> save(InterventionForm form, Function<InterventionContent, Uni<UUID>> store,
            String notice, Page page) {
        return read(form).chain(submission -> {
            if (!submission.errors().isEmpty()) {
                return page.show(form, submission.errors(), null, RestResponse.Status.BAD_REQUEST);
            }
            return store.apply(submission.content())
                    .map(id -> RestResponse.<TemplateInstance>seeOther(URI.create("/katalog/indsatser/" + id + "?besked=" + notice)))
                    .onFailure(InvalidInputException.class).recoverWithUni(e -> {
                        var errors = new FormErrors();
                        errors.addAll(((InvalidInputException) e).errors());
                        return page.show(form, errors, null, RestResponse.Status.BAD_REQUEST);
                    })
                    .onFailure(SaveFailures::stale).recoverWithUni(e -> page.show(form, new FormErrors(), msg.stale(), RestResponse.Status.CONFLICT))
                    .onFailure(SaveFailures::refusedByState).recoverWithUni(e -> page.show(form, new FormErrors(), e.getMessage(), RestResponse.Status.CONFLICT));
        });
    }

    /** Shows the form; {@code alert} is a problem with the whole form rather than one field. */
    @FunctionalInterface
    public interface Page {
        Uni<RestResponse<TemplateInstance>> show(InterventionForm form, FormErrors errors, String alert, RestResponse.Status status);
    }

    /**
     * @param cancel where "cancel" leads
     * @param isNew  a new intervention may choose its code; an existing one's code is fixed
     */
    public Uni<RestResponse<TemplateInstance>> show(String title, String action, String cancel, boolean isNew,
            InterventionForm form, FormErrors errors, String alert, RestResponse.Status status) {
        var labels = FieldLabels.of(msg);
        return language.currentSigns().map(signs -> RestResponse.status(status, template
                .data("user", CurrentUser.of(identity))
                .data("title", title)
                .data("action", action)
                .data("cancel", cancel)
                .data("isNew", isNew)
                .data("codeFixed", !isNew)
                .data("form", form)
                .data("errors", errors)
                .data("summary", errors.summary(labels))
                .data("alert", alert)
                .data("labels", labels)
                .data("signs", Choices.of(signs, form.chosenSigns()))
                .data("types", Option.of(InterventionType.class, form.type))
                .data("levels", Option.of(PreventionLevel.class, form.preventionLevel))
                .data("anchorings", Option.of(Anchoring.class, form.anchoring))
                .data("evidenceLevels", Option.of(EvidenceLevel.class, form.evidenceLevel))
                .data("accesses", Option.of(Access.class, form.access))
                .data("steps", Choices.steps(form.step, msg))));
    }
}
