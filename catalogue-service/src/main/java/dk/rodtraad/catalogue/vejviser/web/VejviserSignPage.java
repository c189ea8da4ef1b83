package dk.rodtraad.catalogue.vejviser.web;

import dk.rodtraad.catalogue.language.LanguageContent;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.catalogue.vejviser.Vejviser;
import dk.rodtraad.catalogue.vejviser.VejviserContent;
import dk.rodtraad.catalogue.versioning.VersionView;
import dk.rodtraad.catalogue.versioning.web.VersionNumbers;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.catalogue.web.SaveFailures;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The katalogredaktør edits the Vejviser draft one sign at a time: for each level of the scale the four texts and
 * the linked interventions. The form carries the draft's lock version, so another editor's change is not lost.
 */
@Cancellable(false)
@Path("/katalog/vejviser/versioner/{number}/tegn/{sign}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.KATALOGREDAKTOER)
public class VejviserSignPage {

    private static final Pattern ENTRY_FIELD = Pattern.compile("^entries\\[(\\d+)](?:\\.(\\w+))?");

    private final Template page;
    private final Vejviser vejviser;
    private final SharedLanguage language;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public VejviserSignPage(@Location("katalog/vejviser-tegn.html") Template page, Vejviser vejviser,
            SharedLanguage language, Validator validator, SecurityIdentity identity, AppMessages msg) {
        this.page = page;
        this.vejviser = vejviser;
        this.language = language;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    @WithSession
    public Uni<RestResponse<TemplateInstance>> form(@RestPath String number, @RestPath String sign) {
        return draft(number).chain(draft -> language.current().map(words -> {
            var levels = words.content().scale().stream().map(level -> LevelForm.of(level.code(), level.name(),
                    draft.content().entries().stream().filter(e -> e.sign().equals(sign) && e.level().equals(level.code()))
                            .findFirst().orElse(null))).toList();
            return show(draft, signOf(words.content(), sign), String.valueOf(draft.version()), levels, Map.of(), null,
                    RestResponse.Status.OK);
        }));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @WithSession
    public Uni<RestResponse<TemplateInstance>> save(@RestPath String number, @RestPath String sign,
            MultivaluedMap<String, String> form) {
        String version = form.getFirst("version");
        return draft(number).chain(draft -> language.current().chain(words -> {
            LanguageContent.Sign chosen = signOf(words.content(), sign);
            var levels = words.content().scale().stream().map(l -> LevelForm.read(l.code(), l.name(), form)).toList();
            var errors = new LinkedHashMap<String, String>();
            var written = levels.stream().filter(l -> !l.blank()).toList();
            written.forEach(l -> validator.validate(l.entry(sign)).forEach(v -> errors.putIfAbsent(
                    l.level() + "." + v.getPropertyPath().iterator().next().getName(), v.getMessage())));
            if (!errors.isEmpty()) {
                return Uni.createFrom().item(show(draft, chosen, version, levels, errors, null, RestResponse.Status.BAD_REQUEST));
            }
            var entries = replaced(draft.content().entries(), sign, written.stream().map(l -> l.entry(sign)).toList());
            int first = firstOf(entries, sign);
            Long expected = VersionNumbers.lock(version);
            return (expected == null ? Uni.createFrom().<VersionView<VejviserContent>>failure(new OptimisticLockException("No version"))
                    : vejviser.updateDraft(draft.number(), expected, new VejviserContent(entries)))
                    .map(saved -> RestResponse.<TemplateInstance>seeOther(URI.create("/katalog/vejviser/versioner/"
                            + saved.number() + "?besked=gemt#tegn-" + sign)))
                    .onFailure(InvalidInputException.class).recoverWithItem(e -> {
                        String alert = null;
                        for (FieldError problem : ((InvalidInputException) e).errors()) {
                            var at = ENTRY_FIELD.matcher(problem.field());
                            int index = at.find() ? Integer.parseInt(at.group(1)) - first : -1;
                            if (index >= 0 && index < written.size()) {
                                errors.putIfAbsent(written.get(index).level() + "." + (at.group(2) == null ? "lookFor" : at.group(2)),
                                        problem.message());
                            } else {
                                alert = problem.message();
                            }
                        }
                        return show(draft, chosen, version, levels, errors, alert, RestResponse.Status.BAD_REQUEST);
                    })
                    .onFailure(SaveFailures::stale).recoverWithItem(e ->
                            show(draft, chosen, version, levels, errors, msg.draft_stale(), RestResponse.Status.CONFLICT))
                    .onFailure(SaveFailures::refusedByState).recoverWithItem(e ->
                            show(draft, chosen, version, levels, errors, e.getMessage(), RestResponse.Status.CONFLICT));
        }));
    }

    /** The sign's entries take the place of its old ones, so the guide keeps its order; a new sign's go last. */
    private static List<VejviserContent.Entry> replaced(List<VejviserContent.Entry> entries, String sign,
            List<VejviserContent.Entry> written) {
        int at = firstOf(entries, sign);
        var result = new ArrayList<VejviserContent.Entry>();
        entries.stream().filter(e -> !e.sign().equals(sign)).forEach(result::add);
        result.addAll(at < 0 ? result.size() : at, written);
        return result;
    }

    private static int firstOf(List<VejviserContent.Entry> entries, String sign) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).sign().equals(sign)) {
                return i;
            }
        }
        return -1;
    }

    private Uni<VersionView<VejviserContent>> draft(String number) {
        return vejviser.version(VersionNumbers.parse(number), true).invoke(v -> {
            if (v.publishedAt() != null) {
                throw VersionNumbers.missing();
            }
        });
    }

    private static LanguageContent.Sign signOf(LanguageContent words, String code) {
        return words.groups().stream().flatMap(g -> g.signs().stream()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(VersionNumbers::missing);
    }

    /** @param errors by field name as the form names it, e.g. {@code yellow.whatToDo} */
    private RestResponse<TemplateInstance> show(VersionView<VejviserContent> draft, LanguageContent.Sign sign,
            String version, List<LevelForm> levels, Map<String, String> errors, String alert, RestResponse.Status status) {
        var summary = new ArrayList<FormErrors.Entry>();
        levels.forEach(l -> LevelForm.FIELDS.forEach(f -> {
            String message = errors.get(l.level() + "." + f);
            if (message != null) {
                summary.add(new FormErrors.Entry(l.level() + "-" + f, l.levelName() + ", " + label(f), message));
            }
        }));
        return RestResponse.status(status, page.data("user", CurrentUser.of(identity))
                .data("number", draft.number())
                .data("sign", sign)
                .data("version", version == null ? "" : version)
                .data("levels", levels.stream().map(l -> new LevelEdit(l, errorsOf(l.level(), errors))).toList())
                .data("summary", summary)
                .data("alert", alert));
    }

    private static Map<String, String> errorsOf(String level, Map<String, String> errors) {
        var ofLevel = new LinkedHashMap<String, String>();
        errors.forEach((field, message) -> {
            if (field.startsWith(level + ".")) {
                ofLevel.put(field.substring(level.length() + 1), message);
            }
        });
        return ofLevel;
    }

    /** One level's fields with their messages, by field name without the level. */
    @TemplateData
    public record LevelEdit(LevelForm form, Map<String, String> errors) {
    }

    private String label(String field) {
        return switch (field) {
            case "lookFor" -> msg.guide_lookFor();
            case "whatToDo" -> msg.guide_whatToDo();
            case "whomToInvolve" -> msg.guide_whomToInvolve();
            case "parentsAndNetwork" -> msg.guide_parentsAndNetwork();
            default -> msg.guide_interventions();
        };
    }
}
