package dk.rodtraad.catalogue.language.web;

import dk.rodtraad.catalogue.language.LanguageContent;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.catalogue.versioning.VersionView;
import dk.rodtraad.catalogue.versioning.web.VersionNumbers;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.catalogue.web.SaveFailures;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The katalogredaktør edits a group of the shared language's draft: the group's name and each sign's name,
 * description and ages; adding, removing and moving signs and groups is {@link LanguageStructurePage}'s. The form
 * carries the draft's lock version, so another editor's change is not lost.
 */
@Cancellable(false)
@Path("/katalog/faelles-sprog/versioner/{number}/grupper/{group}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.KATALOGREDAKTOER)
public class LanguageGroupPage {

    private static final Pattern SIGN_FIELD = Pattern.compile("^groups\\[(\\d+)]\\.signs\\[(\\d+)]\\.(\\w+)");

    private final Template page;
    private final SharedLanguage language;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public LanguageGroupPage(@Location("katalog/faelles-sprog-gruppe.html") Template page, SharedLanguage language, Validator validator, SecurityIdentity identity, AppMessages msg) {
        this.page = page;
        this.language = language;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> form(@RestPath String number, @RestPath String group) {
        return LanguageDrafts.draft(language, number).map(draft -> {
            LanguageContent.SignGroup chosen = groupOf(draft.content(), group);
            return show(draft.number(), chosen.code(), String.valueOf(draft.version()), chosen.name(), Map.of(),
                    chosen.signs().stream().map(SignForm::of).toList(), null, RestResponse.Status.OK);
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> save(@RestPath String number, @RestPath String group,
            MultivaluedMap<String, String> form) {
        String version = form.getFirst("version");
        String name = form.getFirst("name") == null ? "" : form.getFirst("name");
        return LanguageDrafts.draft(language, number).chain(draft -> {
            LanguageContent content = draft.content();
            int g = content.groups().indexOf(groupOf(content, group));
            var sent = content.groups().get(g).signs().stream().map(s -> SignForm.read(s.code(), form)).toList();
            var errorsBySign = new HashMap<String, FormErrors>();
            var signs = new ArrayList<LanguageContent.Sign>();
            for (SignForm s : sent) {
                var errors = new FormErrors();
                LanguageContent.Sign sign = s.sign(errors, msg.not_whole_number());
                errors.addViolations(validator.validate(sign));
                errorsBySign.put(s.code(), errors);
                signs.add(sign);
            }
            var groupErrors = new HashMap<String, String>();
            validator.validate(new LanguageContent.SignGroup(group, name.strip(), signs)).stream()
                    .filter(v -> v.getPropertyPath().toString().equals("name"))
                    .forEach(v -> groupErrors.putIfAbsent("name", v.getMessage()));
            if (!groupErrors.isEmpty() || errorsBySign.values().stream().anyMatch(e -> !e.isEmpty())) {
                return Uni.createFrom().item(show(draft.number(), group, version, name, groupErrors, withErrors(sent, errorsBySign),
                        null, RestResponse.Status.BAD_REQUEST));
            }
            var groups = new ArrayList<>(content.groups());
            groups.set(g, new LanguageContent.SignGroup(group, name.strip(), signs));
            Long expected = VersionNumbers.lock(version);
            return (expected == null ? Uni.createFrom().<VersionView<LanguageContent>>failure(new OptimisticLockException("No version"))
                    : language.updateDraft(draft.number(), expected, new LanguageContent(groups, content.scale(), content.acute())))
                    .map(saved -> RestResponse.<TemplateInstance>seeOther(URI.create("/katalog/faelles-sprog/versioner/"
                            + saved.number() + "?besked=gemt#gruppe-" + group)))
                    .onFailure(InvalidInputException.class).recoverWithItem(e -> {
                        String alert = null;
                        for (FieldError problem : ((InvalidInputException) e).errors()) {
                            var at = SIGN_FIELD.matcher(problem.field());
                            if (at.find() && Integer.parseInt(at.group(1)) == g) {
                                errorsBySign.get(sent.get(Integer.parseInt(at.group(2))).code()).add(at.group(3), problem.message());
                            } else {
                                alert = problem.message();
                            }
                        }
                        return show(draft.number(), group, version, name, groupErrors, withErrors(sent, errorsBySign), alert,
                                RestResponse.Status.BAD_REQUEST);
                    })
                    .onFailure(SaveFailures::stale).recoverWithItem(e -> show(draft.number(), group, version, name, groupErrors,
                            sent, msg.draft_stale(), RestResponse.Status.CONFLICT))
                    .onFailure(SaveFailures::refusedByState).recoverWithItem(e -> show(draft.number(), group, version, name,
                            groupErrors, sent, e.getMessage(), RestResponse.Status.CONFLICT));
        });
    }

    private static List<SignForm> withErrors(List<SignForm> sent, Map<String, FormErrors> errors) {
        return sent.stream().map(s -> s.withErrors(errors.get(s.code()).byField())).toList();
    }

    private static LanguageContent.SignGroup groupOf(LanguageContent content, String code) {
        return content.groups().stream().filter(g -> g.code().equals(code)).findFirst()
                .orElseThrow(VersionNumbers::missing);
    }

    private RestResponse<TemplateInstance> show(int number, String group, String version, String name,
            Map<String, String> groupErrors, List<SignForm> signs, String alert, RestResponse.Status status) {
        var summary = new ArrayList<FormErrors.Entry>();
        if (groupErrors.containsKey("name")) {
            summary.add(new FormErrors.Entry("name", msg.language_group_name(), groupErrors.get("name")));
        }
        signs.forEach(s -> s.errors().forEach((field, message) ->
                summary.add(new FormErrors.Entry(s.code() + "-" + field, s.name() + ", " + SignForm.label(field, msg), message))));
        return RestResponse.status(status, page.data("user", CurrentUser.of(identity))
                .data("number", number)
                .data("group", group)
                .data("version", version == null ? "" : version)
                .data("name", name)
                .data("nameError", groupErrors.get("name"))
                .data("signs", signs)
                .data("summary", summary)
                .data("alert", alert));
    }
}
