package dk.rodtraad.catalogue.language.web;

import dk.rodtraad.catalogue.language.LanguageContent;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.catalogue.versioning.VersionView;
import dk.rodtraad.catalogue.versioning.web.VersionNumbers;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.catalogue.web.SaveFailures;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
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
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The katalogredaktør edits the concern scale of the shared language's draft: each level's name, meaning and
 * guidance, and the acute flag's name and guidance. The levels themselves (green, yellow, red) are fixed.
 */
@Cancellable(false)
@Path("/katalog/faelles-sprog/versioner/{number}/skala")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.KATALOGREDAKTOER)
public class LanguageScalePage {

    /** The acute flag's fields are named like a level's, under this name. */
    static final String ACUTE = "acute";

    private final Template page;
    private final SharedLanguage language;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public LanguageScalePage(@Location("katalog/faelles-sprog-skala.html") Template page, SharedLanguage language, Validator validator, SecurityIdentity identity, AppMessages msg) {
        this.page = page;
        this.language = language;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
    }

    /** One part of the scale as the form shows it; the acute flag has no meaning. */
    @TemplateData
    public record Part(String code, String name, String meaning, String guidance, Map<String, String> errors) {
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> form(@RestPath String number) {
        return LanguageDrafts.draft(language, number).map(draft -> {
            var parts = new ArrayList<Part>();
            draft.content().scale().forEach(l -> parts.add(new Part(l.code(), l.name(), l.meaning(), l.guidance(), Map.of())));
            var acute = draft.content().acute();
            return show(draft.number(), String.valueOf(draft.version()), parts,
                    new Part(ACUTE, acute.name(), null, acute.guidance(), Map.of()), null, RestResponse.Status.OK);
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> save(@RestPath String number, MultivaluedMap<String, String> form) {
        String version = form.getFirst("version");
        return LanguageDrafts.draft(language, number).chain(draft -> {
            var levels = new ArrayList<LanguageContent.ScaleLevel>();
            var parts = new ArrayList<Part>();
            boolean wrong = false;
            for (LanguageContent.ScaleLevel old : draft.content().scale()) {
                var level = new LanguageContent.ScaleLevel(old.code(), field(form, old.code(), "name"),
                        field(form, old.code(), "meaning"), field(form, old.code(), "guidance"));
                var errors = FormErrorsOf.violations(validator.validate(level));
                wrong |= !errors.isEmpty();
                levels.add(level);
                parts.add(new Part(level.code(), level.name(), level.meaning(), level.guidance(), errors));
            }
            var acute = new LanguageContent.AcuteFlag(field(form, ACUTE, "name"), field(form, ACUTE, "guidance"));
            var acuteErrors = FormErrorsOf.violations(validator.validate(acute));
            var acutePart = new Part(ACUTE, acute.name(), null, acute.guidance(), acuteErrors);
            if (wrong || !acuteErrors.isEmpty()) {
                return Uni.createFrom().item(show(draft.number(), version, parts, acutePart, null, RestResponse.Status.BAD_REQUEST));
            }
            Long expected = VersionNumbers.lock(version);
            return (expected == null ? Uni.createFrom().<VersionView<LanguageContent>>failure(new OptimisticLockException("No version"))
                    : language.updateDraft(draft.number(), expected, new LanguageContent(draft.content().groups(), levels, acute)))
                    .map(saved -> RestResponse.<TemplateInstance>seeOther(URI.create("/katalog/faelles-sprog/versioner/"
                            + saved.number() + "?besked=gemt#skala")))
                    .onFailure(InvalidInputException.class).recoverWithItem(e -> show(draft.number(), version, parts, acutePart,
                            ((InvalidInputException) e).errors().getFirst().message(), RestResponse.Status.BAD_REQUEST))
                    .onFailure(SaveFailures::stale).recoverWithItem(e -> show(draft.number(), version, parts, acutePart,
                            msg.draft_stale(), RestResponse.Status.CONFLICT))
                    .onFailure(SaveFailures::refusedByState).recoverWithItem(e -> show(draft.number(), version, parts,
                            acutePart, e.getMessage(), RestResponse.Status.CONFLICT));
        });
    }

    private static String field(MultivaluedMap<String, String> form, String part, String field) {
        String value = form.getFirst(part + "." + field);
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }

    private RestResponse<TemplateInstance> show(int number, String version, List<Part> levels, Part acute, String alert,
            RestResponse.Status status) {
        var summary = new ArrayList<FormErrors.Entry>();
        for (Part part : concat(levels, acute)) {
            part.errors().forEach((field, message) -> summary.add(new FormErrors.Entry(part.code() + "-" + field,
                    (part.code().equals(ACUTE) ? msg.language_acute() : part.name()) + ", " + label(field), message)));
        }
        return RestResponse.status(status, page.data("user", CurrentUser.of(identity))
                .data("number", number)
                .data("version", version == null ? "" : version)
                .data("levels", levels)
                .data("acute", acute)
                .data("summary", summary)
                .data("alert", alert));
    }

    private static List<Part> concat(List<Part> levels, Part acute) {
        var all = new ArrayList<>(levels);
        all.add(acute);
        return all;
    }

    private String label(String field) {
        return switch (field) {
            case "name" -> msg.field_name();
            case "meaning" -> msg.language_meaning();
            default -> msg.language_guidance();
        };
    }
}
