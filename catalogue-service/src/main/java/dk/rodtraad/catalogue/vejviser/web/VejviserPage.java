package dk.rodtraad.catalogue.vejviser.web;

import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.language.LanguageContent;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.catalogue.vejviser.Vejviser;
import dk.rodtraad.catalogue.vejviser.VejviserContent;
import dk.rodtraad.catalogue.versioning.VersionView;
import dk.rodtraad.catalogue.versioning.web.DraftNotices;
import dk.rodtraad.catalogue.versioning.web.VersionNumbers;
import dk.rodtraad.catalogue.versioning.web.VersionRow;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.catalogue.web.SaveFailures;
import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The Vejviser for staff: the version in force, and for the katalogredaktør the versions, a new draft started from
 * the version in force, and publishing it. A draft is edited a sign at a time ({@link VejviserSignPage}).
 */
@Cancellable(false)
@Path("/katalog/vejviser")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("${rodtraad.web.roles}")
public class VejviserPage {

    private final Template page;
    private final Vejviser vejviser;
    private final SharedLanguage language;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final People people;

    public VejviserPage(@Location("katalog/vejviser.html") Template page, Vejviser vejviser,
            SharedLanguage language, SecurityIdentity identity, AppMessages msg, People people) {
        this.page = page;
        this.vejviser = vejviser;
        this.language = language;
        this.identity = identity;
        this.msg = msg;
        this.people = people;
    }

    @GET
    @WithSession
    public Uni<RestResponse<TemplateInstance>> current(@RestQuery String besked) {
        return vejviser.current().chain(v -> render(v, DraftNotices.of(besked, msg), null, List.of(), RestResponse.Status.OK));
    }

    @GET
    @Path("/versioner/{number}")
    @WithSession
    public Uni<RestResponse<TemplateInstance>> version(@RestPath String number, @RestQuery String besked) {
        return vejviser.version(VersionNumbers.parse(number), editor())
                .chain(v -> render(v, DraftNotices.of(besked, msg), null, List.of(), RestResponse.Status.OK));
    }

    /** Starts the next version as a copy of the one in force, so the editor changes only what should change. */
    @POST
    @Path("/udkast")
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @WithSession
    public Uni<RestResponse<TemplateInstance>> startDraft() {
        return vejviser.current().chain(current -> vejviser.createDraft(current.content(), identity.getPrincipal().getName())
                .map(draft -> RestResponse.<TemplateInstance>seeOther(URI.create("/katalog/vejviser/versioner/" + draft.number() + "?besked=udkast")))
                .onFailure(SaveFailures::refusedByState).recoverWithUni(e ->
                        render(current, null, e.getMessage(), List.of(), RestResponse.Status.CONFLICT)));
    }

    @POST
    @Path("/versioner/{number}/offentliggoer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @WithSession
    public Uni<RestResponse<TemplateInstance>> publish(@RestPath String number, @RestForm String version) {
        int n = VersionNumbers.parse(number);
        Long expected = VersionNumbers.lock(version);
        Uni<VersionView<VejviserContent>> published = expected == null
                ? Uni.createFrom().failure(new OptimisticLockException("The form carries no version"))
                : vejviser.publish(n, expected, identity.getPrincipal().getName());
        return published
                .map(done -> RestResponse.<TemplateInstance>seeOther(URI.create("/katalog/vejviser?besked=offentliggjort")))
                .onFailure(InvalidInputException.class).recoverWithUni(e -> vejviser.version(n, true)
                        .chain(draft -> render(draft, null, null, ((InvalidInputException) e).errors(), RestResponse.Status.BAD_REQUEST)))
                .onFailure(SaveFailures::stale).recoverWithUni(e -> vejviser.version(n, true)
                        .chain(draft -> render(draft, null, msg.draft_stale(), List.of(), RestResponse.Status.CONFLICT)))
                .onFailure(SaveFailures::refusedByState).recoverWithUni(e -> vejviser.version(n, true)
                        .chain(draft -> render(draft, null, e.getMessage(), List.of(), RestResponse.Status.CONFLICT)));
    }

    /** @param problems what stops the draft from being published, as the service names them ({@code entries[3].sign}) */
    private Uni<RestResponse<TemplateInstance>> render(VersionView<VejviserContent> shown, String notice, String alert,
            List<FieldError> problems, RestResponse.Status status) {
        boolean editor = editor();
        List<String> codes = shown.content().entries().stream().flatMap(e -> e.interventions().stream()).distinct().toList();
        Uni<List<Intervention>> linked = codes.isEmpty() ? Uni.createFrom().item(List.of()) : Intervention.byCodes(codes);
        return language.current().chain(words -> linked.chain(found -> vejviser.versions(editor)
                .chain(all -> people.names().map(staff -> {
                    var names = found.stream().collect(Collectors.toMap(i -> i.code,
                            i -> new GuideView.Linked(i.name, "/katalog/indsatser/" + i.id)));
                    return RestResponse.status(status, page.data("user", CurrentUser.of(identity))
                            .data("shown", VersionRow.of(shown, msg, staff))
                            .data("lock", shown.version())
                            .data("signs", GuideView.of(shown.content(), words.content(), names))
                            .data("versions", all.stream().map(v -> VersionRow.of(v, msg, staff)).toList())
                            .data("editor", editor)
                            .data("hasDraft", all.stream().anyMatch(v -> v.publishedAt() == null))
                            .data("notice", notice)
                            .data("alert", alert)
                            .data("problems", problems.stream()
                                    .map(p -> where(p, shown.content(), words.content()) + p.message()).toList()));
                }))));
    }

    /** Names the entry a problem is in by its sign and level, as the editor knows it, rather than by its index. */
    private static String where(FieldError problem, VejviserContent content, LanguageContent words) {
        var index = Pattern.compile("^entries\\[(\\d+)]").matcher(problem.field());
        if (!index.find()) {
            return "";
        }
        var entry = content.entries().get(Integer.parseInt(index.group(1)));
        String sign = words.groups().stream().flatMap(g -> g.signs().stream()).filter(s -> s.code().equals(entry.sign()))
                .map(LanguageContent.Sign::name).findFirst().orElse(entry.sign());
        String level = words.scale().stream().filter(l -> l.code().equals(entry.level()))
                .map(LanguageContent.ScaleLevel::name).findFirst().orElse(entry.level());
        return sign + ", " + level + ": ";
    }

    private boolean editor() {
        return identity.hasRole(Roles.KATALOGREDAKTOER);
    }
}
