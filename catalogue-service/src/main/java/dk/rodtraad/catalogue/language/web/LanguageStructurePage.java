package dk.rodtraad.catalogue.language.web;

import dk.rodtraad.catalogue.language.LanguageContent;
import dk.rodtraad.catalogue.language.LanguageEdits;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.catalogue.versioning.VersionView;
import dk.rodtraad.catalogue.versioning.web.DraftNotices;
import dk.rodtraad.catalogue.versioning.web.VersionNumbers;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.catalogue.web.SaveFailures;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.Option;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The katalogredaktør changes the shape of the shared language's draft: adds a sign to a group or a new group with
 * its first sign, removes a sign or a group, and moves a sign up, down or to another group. Each change is one small
 * form carrying the draft's lock version, saved through the same service as the API's, so the same rules judge it.
 */
@Cancellable(false)
@Path("/katalog/faelles-sprog/versioner/{number}/opbygning")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.KATALOGREDAKTOER)
public class LanguageStructurePage {

    /** The prefixes of the fields of the form that adds a sign, and of the new group's first sign. */
    static final String NEW_SIGN = "tegn";
    static final String FIRST_SIGN = "gruppe-tegn";

    /** A field of the content as the service names it: {@code groups[2].code} or {@code groups[2].signs[0].name}. */
    private static final Pattern FIELD = Pattern.compile("^groups\\[(\\d+)](?:\\.signs\\[(\\d+)])?\\.(\\w+)$");

    private final Template page;
    private final SharedLanguage language;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public LanguageStructurePage(@Location("katalog/faelles-sprog-opbygning.html") Template page, SharedLanguage language, Validator validator, SecurityIdentity identity, AppMessages msg) {
        this.page = page;
        this.language = language;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
    }

    /**
     * The two forms that add to the draft, as sent, with their messages.
     *
     * @param errors the messages of the fields that are not a sign's, by the field's id: {@code tegn-group},
     *               {@code gruppe-code}, {@code gruppe-name}
     */
    @TemplateData
    public record Additions(String signGroup, SignForm sign, String groupCode, String groupName, SignForm firstSign,
            Map<String, String> errors) {

        static Additions none() {
            return new Additions("", SignForm.empty(), "", "", SignForm.empty(), Map.of());
        }
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> form(@RestPath String number, @RestQuery String besked) {
        return LanguageDrafts.draft(language, number)
                .map(draft -> show(draft, Additions.none(), null, DraftNotices.of(besked, msg), RestResponse.Status.OK));
    }

    @POST
    @Path("/tegn")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> addSign(@RestPath String number, MultivaluedMap<String, String> form) {
        String group = text(form, NEW_SIGN + "-group");
        var errors = new HashMap<String, String>();
        if (group.isEmpty()) {
            errors.put(NEW_SIGN + "-group", msg.language_group_missing());
        }
        var signErrors = new FormErrors();
        SignForm sent = SignForm.readNew(NEW_SIGN, form);
        LanguageContent.Sign sign = checked(sent, signErrors);
        return LanguageDrafts.draft(language, number).chain(draft -> {
            if (!errors.isEmpty() || !signErrors.isEmpty()) {
                return Uni.createFrom().item(show(draft, new Additions(group, sent.withErrors(signErrors.byField()), "", "",
                        SignForm.empty(), errors), null, null, RestResponse.Status.BAD_REQUEST));
            }
            LanguageContent changed = LanguageEdits.withSign(draft.content(), group, sign);
            int g = indexOf(changed, group);
            Function<Map<String, Map<String, String>>, Additions> shown = found -> new Additions(group,
                    sent.withErrors(found.getOrDefault(NEW_SIGN, Map.of())), "", "", SignForm.empty(), Map.of());
            return save(draft, form.getFirst("version"), changed, "gruppe-" + group, shown,
                    problem -> at(problem, g, changed.groups().get(g).signs().size() - 1, NEW_SIGN));
        });
    }

    @POST
    @Path("/grupper")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> addGroup(@RestPath String number, MultivaluedMap<String, String> form) {
        String code = text(form, "gruppe.code"), name = text(form, "gruppe.name");
        var signErrors = new FormErrors();
        SignForm sent = SignForm.readNew(FIRST_SIGN, form);
        LanguageContent.Sign sign = checked(sent, signErrors);
        var group = new LanguageContent.SignGroup(code, name, List.of(sign));
        var errors = new HashMap<String, String>();
        validator.validate(group).stream().filter(v -> !v.getPropertyPath().toString().startsWith("signs"))
                .forEach(v -> errors.putIfAbsent("gruppe-" + v.getPropertyPath(), v.getMessage()));
        return LanguageDrafts.draft(language, number).chain(draft -> {
            if (!errors.isEmpty() || !signErrors.isEmpty()) {
                return Uni.createFrom().item(show(draft, new Additions("", SignForm.empty(), code, name,
                        sent.withErrors(signErrors.byField()), errors), null, null, RestResponse.Status.BAD_REQUEST));
            }
            LanguageContent changed = LanguageEdits.withGroup(draft.content(), group);
            int g = changed.groups().size() - 1;
            Function<Map<String, Map<String, String>>, Additions> shown = found -> new Additions("", SignForm.empty(),
                    code, name, sent.withErrors(found.getOrDefault(FIRST_SIGN, Map.of())), prefixed("gruppe-",
                    found.getOrDefault("gruppe", Map.of())));
            return save(draft, form.getFirst("version"), changed, "gruppe-" + code, shown, problem -> {
                String field = at(problem, g, 0, FIRST_SIGN);
                return field != null ? field : at(problem, g, -1, "gruppe");
            });
        });
    }

    @POST
    @Path("/tegn/{sign}/fjern")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> removeSign(@RestPath String number, @RestPath String sign,
            @RestForm String version) {
        return LanguageDrafts.draft(language, number).chain(draft -> save(draft, version,
                LanguageEdits.withoutSign(draft.content(), sign), "gruppe-" + LanguageEdits.groupOf(draft.content(), sign)));
    }

    /**
     * @param retning {@code op} or {@code ned} within the sign's group
     * @param gruppe  when no direction is sent: the group the sign moves to the end of
     */
    @POST
    @Path("/tegn/{sign}/flyt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> moveSign(@RestPath String number, @RestPath String sign,
            @RestForm String version, @RestForm String retning, @RestForm String gruppe) {
        return LanguageDrafts.draft(language, number).chain(draft -> {
            LanguageContent content = draft.content();
            if ("op".equals(retning) || "ned".equals(retning)) {
                return save(draft, version, LanguageEdits.signMoved(content, sign, "op".equals(retning) ? -1 : 1),
                        "gruppe-" + LanguageEdits.groupOf(content, sign));
            }
            if (gruppe == null || gruppe.isBlank()) {
                return Uni.createFrom().item(show(draft, Additions.none(), msg.language_move_missing(), null,
                        RestResponse.Status.BAD_REQUEST));
            }
            return save(draft, version, LanguageEdits.signMovedTo(content, sign, gruppe.strip()), "gruppe-" + gruppe.strip());
        });
    }

    /** @param bekraeft the checkbox that says the group's signs go too: a group is removed with all it holds */
    @POST
    @Path("/grupper/{group}/fjern")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> removeGroup(@RestPath String number, @RestPath String group,
            @RestForm String version, @RestForm String bekraeft) {
        return LanguageDrafts.draft(language, number).chain(draft -> {
            LanguageContent changed = LanguageEdits.withoutGroup(draft.content(), group);
            if (!"ja".equals(bekraeft)) {
                return Uni.createFrom().item(show(draft, Additions.none(), msg.language_remove_group_unconfirmed(), null,
                        RestResponse.Status.BAD_REQUEST));
            }
            return save(draft, version, changed, "grupper");
        });
    }

    /** A move or a removal: whatever the service refuses is about the draft as a whole. */
    private Uni<RestResponse<TemplateInstance>> save(VersionView<LanguageContent> draft, String version,
            LanguageContent changed, String anchor) {
        return save(draft, version, changed, anchor, found -> Additions.none(), problem -> null);
    }

    /**
     * Saves the changed draft and sends the editor back to the page; otherwise the page again, nothing stored, with
     * each of the service's messages beside the field it is about, or at the top.
     *
     * @param fieldOf the form's field a message of the service is about, as {@code prefix.field}; null for the top
     * @param shown   the forms as sent, given the messages found, by prefix and field
     */
    private Uni<RestResponse<TemplateInstance>> save(VersionView<LanguageContent> draft, String version,
            LanguageContent changed, String anchor, Function<Map<String, Map<String, String>>, Additions> shown,
            Function<FieldError, String> fieldOf) {
        Long expected = VersionNumbers.lock(version);
        return (expected == null ? Uni.createFrom().<VersionView<LanguageContent>>failure(new OptimisticLockException("No version"))
                : language.updateDraft(draft.number(), expected, changed))
                .map(saved -> RestResponse.<TemplateInstance>seeOther(URI.create("/katalog/faelles-sprog/versioner/"
                        + saved.number() + "/opbygning?besked=gemt#" + anchor)))
                .onFailure(InvalidInputException.class).recoverWithItem(e -> {
                    var found = new HashMap<String, Map<String, String>>();
                    String alert = null;
                    for (FieldError problem : ((InvalidInputException) e).errors()) {
                        String field = fieldOf.apply(problem);
                        if (field == null) {
                            alert = alert == null ? problem.message() : alert;
                        } else {
                            int dot = field.indexOf('.');
                            found.computeIfAbsent(field.substring(0, dot), p -> new HashMap<>())
                                    .putIfAbsent(field.substring(dot + 1), problem.message());
                        }
                    }
                    return show(draft, shown.apply(found), alert, null, RestResponse.Status.BAD_REQUEST);
                })
                .onFailure(SaveFailures::stale).recoverWithItem(e -> show(draft, shown.apply(Map.of()), msg.draft_stale(),
                        null, RestResponse.Status.CONFLICT))
                .onFailure(SaveFailures::refusedByState).recoverWithItem(e -> show(draft, shown.apply(Map.of()),
                        e.getMessage(), null, RestResponse.Status.CONFLICT));
    }

    /** The sign as sent, with the messages of its own fields; the rules across signs are the service's. */
    private LanguageContent.Sign checked(SignForm sent, FormErrors errors) {
        LanguageContent.Sign sign = sent.sign(errors, msg.not_whole_number());
        errors.addViolations(validator.validate(sign));
        return sign;
    }

    /**
     * @param sign the sign's index in the group, or -1 for the group's own fields
     * @return {@code prefix.field} when the problem is about that group or sign, else null
     */
    private static String at(FieldError problem, int group, int sign, String prefix) {
        var field = FIELD.matcher(problem.field());
        if (!field.matches() || Integer.parseInt(field.group(1)) != group) {
            return null;
        }
        int s = field.group(2) == null ? -1 : Integer.parseInt(field.group(2));
        return s == sign ? prefix + "." + field.group(3) : null;
    }

    private static int indexOf(LanguageContent content, String group) {
        return content.groups().stream().map(LanguageContent.SignGroup::code).toList().indexOf(group);
    }

    private static Map<String, String> prefixed(String prefix, Map<String, String> errors) {
        var result = new HashMap<String, String>();
        errors.forEach((field, message) -> result.put(prefix + field, message));
        return result;
    }

    private static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private RestResponse<TemplateInstance> show(VersionView<LanguageContent> draft, Additions additions, String alert,
            String notice, RestResponse.Status status) {
        var summary = new ArrayList<FormErrors.Entry>();
        additions.errors().forEach((field, message) -> summary.add(new FormErrors.Entry(field, label(field), message)));
        addSummary(summary, NEW_SIGN, msg.language_add_sign(), additions.sign());
        addSummary(summary, FIRST_SIGN, msg.language_first_sign(), additions.firstSign());
        List<LanguageContent.SignGroup> groups = draft.content().groups();
        return RestResponse.status(status, page.data("user", CurrentUser.of(identity))
                .data("number", draft.number())
                .data("version", draft.version())
                .data("groups", groups)
                .data("groupOptions", groups.stream()
                        .map(g -> new Option(g.code(), g.name(), g.code().equals(additions.signGroup()))).toList())
                .data("additions", additions)
                .data("summary", summary)
                .data("alert", alert)
                .data("notice", notice));
    }

    private void addSummary(List<FormErrors.Entry> summary, String prefix, String form, SignForm sign) {
        sign.errors().forEach((field, message) -> summary.add(new FormErrors.Entry(prefix + "-" + field,
                form + ", " + SignForm.label(field, msg), message)));
    }

    private String label(String field) {
        return switch (field) {
            case "gruppe-code" -> msg.language_add_group() + ", " + msg.field_code();
            case "gruppe-name" -> msg.language_add_group() + ", " + msg.language_group_name();
            default -> msg.language_add_sign() + ", " + msg.language_group();
        };
    }
}
