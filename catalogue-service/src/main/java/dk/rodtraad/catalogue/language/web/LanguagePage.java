package dk.rodtraad.catalogue.language.web;

import dk.rodtraad.catalogue.language.LanguageContent;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.catalogue.versioning.VersionView;
import dk.rodtraad.catalogue.versioning.web.DraftNotices;
import dk.rodtraad.catalogue.versioning.web.VersionNumbers;
import dk.rodtraad.catalogue.versioning.web.VersionRow;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.catalogue.web.SaveFailures;
import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
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
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The shared language (fælles sprog) for the katalogredaktør: the version in force, the versions, a new draft started
 * from the version in force, and publishing it. The draft's signs are edited a group at a time
 * ({@link LanguageGroupPage}), its shape a change at a time ({@link LanguageStructurePage}).
 */
@Cancellable(false)
@Path("/katalog/faelles-sprog")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.KATALOGREDAKTOER)
public class LanguagePage {

    private final Template page;
    private final SharedLanguage language;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final People people;

    public LanguagePage(@Location("katalog/faelles-sprog.html") Template page, SharedLanguage language,
            SecurityIdentity identity, AppMessages msg, People people) {
        this.page = page;
        this.language = language;
        this.identity = identity;
        this.msg = msg;
        this.people = people;
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> current(@RestQuery String besked) {
        return language.current().chain(v -> render(v, DraftNotices.of(besked, msg), null, List.of(), RestResponse.Status.OK));
    }

    @GET
    @Path("/versioner/{number}")
    public Uni<RestResponse<TemplateInstance>> version(@RestPath String number, @RestQuery String besked) {
        return language.version(VersionNumbers.parse(number), true)
                .chain(v -> render(v, DraftNotices.of(besked, msg), null, List.of(), RestResponse.Status.OK));
    }

    /** Starts the next version as a copy of the one in force, so the editor changes only what should change. */
    @POST
    @Path("/udkast")
    public Uni<RestResponse<TemplateInstance>> startDraft() {
        return language.current().chain(current -> language.createDraft(current.content(), identity.getPrincipal().getName())
                .map(draft -> RestResponse.<TemplateInstance>seeOther(URI.create("/katalog/faelles-sprog/versioner/" + draft.number() + "?besked=udkast")))
                .onFailure(SaveFailures::refusedByState).recoverWithUni(e ->
                        render(current, null, e.getMessage(), List.of(), RestResponse.Status.CONFLICT)));
    }

    @POST
    @Path("/versioner/{number}/offentliggoer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> publish(@RestPath String number, @RestForm String version) {
        int n = VersionNumbers.parse(number);
        Long expected = VersionNumbers.lock(version);
        Uni<VersionView<LanguageContent>> published = expected == null
                ? Uni.createFrom().failure(new OptimisticLockException("The form carries no version"))
                : language.publish(n, expected, identity.getPrincipal().getName());
        return published
                .map(done -> RestResponse.<TemplateInstance>seeOther(URI.create("/katalog/faelles-sprog?besked=offentliggjort")))
                .onFailure(InvalidInputException.class).recoverWithUni(e -> language.version(n, true).chain(draft -> render(draft, null, null,
                        ((InvalidInputException) e).errors().stream().map(p -> p.message()).toList(), RestResponse.Status.BAD_REQUEST)))
                .onFailure(SaveFailures::stale).recoverWithUni(e -> language.version(n, true)
                        .chain(draft -> render(draft, null, msg.draft_stale(), List.of(), RestResponse.Status.CONFLICT)))
                .onFailure(SaveFailures::refusedByState).recoverWithUni(e -> language.version(n, true)
                        .chain(draft -> render(draft, null, e.getMessage(), List.of(), RestResponse.Status.CONFLICT)));
    }

    private Uni<RestResponse<TemplateInstance>> render(VersionView<LanguageContent> shown, String notice, String alert,
            List<String> problems, RestResponse.Status status) {
        return language.versions(true).chain(all -> people.names().map(names -> RestResponse.status(status,
                page.data("user", CurrentUser.of(identity))
                .data("shown", VersionRow.of(shown, msg, names))
                .data("lock", shown.version())
                .data("content", shown.content())
                .data("versions", all.stream().map(v -> VersionRow.of(v, msg, names)).toList())
                .data("hasDraft", all.stream().anyMatch(v -> v.publishedAt() == null))
                .data("notice", notice)
                .data("alert", alert)
                .data("problems", problems))));
    }
}
