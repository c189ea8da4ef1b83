package dk.rodtraad.catalogue.intervention.web;

import dk.rodtraad.catalogue.intervention.Audience;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.catalogue.intervention.Interventions;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.catalogue.results.LocalResults;
import dk.rodtraad.catalogue.results.web.ResultsTable;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.catalogue.web.FormValues;
import dk.rodtraad.catalogue.web.SaveFailures;
import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.chassis.web.FormErrors;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * One intervention with every field for staff, and beside its description the municipality's own results of it from
 * followup-service (staff only: the family pages never show them); for the katalogredaktør also its status buttons
 * and version history.
 * Status changes post back here and then redirect, so a reload never repeats them.
 */
@Cancellable(false)
@Path("/katalog/indsatser")
@Produces(MediaType.TEXT_HTML)
public class InterventionPage {

    private final Template page;
    private final Template history;
    private final Interventions interventions;
    private final SharedLanguage language;
    private final LocalResults results;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final People people;

    public InterventionPage(@Location("katalog/indsats.html") Template page,
            @Location("katalog/historik.html") Template history, Interventions interventions, SharedLanguage language, LocalResults results, SecurityIdentity identity,
            AppMessages msg, People people) {
        this.page = page;
        this.history = history;
        this.interventions = interventions;
        this.language = language;
        this.results = results;
        this.identity = identity;
        this.msg = msg;
        this.people = people;
    }

    /** @param besked what was just done here, to confirm it: oprettet, gemt or status */
    @GET
    @Path("/{id}")
    @RolesAllowed("${rodtraad.web.roles}")
    public Uni<TemplateInstance> show(@RestPath String id, @RestQuery String besked) {
        return interventions.get(parseId(id), Audience.of(identity)).chain(found -> render(found, notice(besked, found), null));
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    public Uni<RestResponse<TemplateInstance>> changeStatus(@RestPath String id, @RestForm String version, @RestForm String status) {
        UUID interventionId = parseId(id);
        var errors = new FormErrors();
        InterventionStatus next = FormValues.coded(InterventionStatus.class, status, "status", errors);
        Long expected = version == null || !version.strip().matches("\\d{1,18}") ? null : Long.valueOf(version.strip());
        if (next == null || expected == null) {
            return refused(interventionId, errors.isEmpty() ? msg.stale() : errors.get("status"), RestResponse.Status.BAD_REQUEST);
        }
        return interventions.changeStatus(interventionId, expected, next, identity.getPrincipal().getName())
                .map(changed -> RestResponse.<TemplateInstance>seeOther(URI.create("/katalog/indsatser/" + changed.id + "?besked=status")))
                .onFailure(SaveFailures::stale).recoverWithUni(e -> refused(interventionId, msg.stale(), RestResponse.Status.CONFLICT))
                .onFailure(SaveFailures::refusedByState).recoverWithUni(e -> refused(interventionId, e.getMessage(), RestResponse.Status.CONFLICT));
    }

    @GET
    @Path("/{id}/historik")
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    public Uni<TemplateInstance> history(@RestPath String id) {
        UUID interventionId = parseId(id);
        return interventions.get(interventionId, Audience.EDITOR).chain(found -> interventions.history(interventionId)
                .chain(revisions -> language.currentSigns().chain(signs -> people.names().map(names -> history
                        .data("user", CurrentUser.of(identity))
                        .data("intervention", found)
                        .data("revisions", revisions.stream().map(r -> RevisionRow.of(r, signs, msg, names))
                                .toList())))));
    }

    /** An address with a broken id names no intervention: the same answer as one that does not exist. */
    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Interventions.missing();
        }
    }

    private Uni<RestResponse<TemplateInstance>> refused(UUID id, String alert, RestResponse.Status status) {
        return interventions.get(id, Audience.EDITOR).chain(found -> render(found, null, alert))
                .map(instance -> RestResponse.status(status, instance));
    }

    private Uni<TemplateInstance> render(Intervention found, String notice, String alert) {
        boolean editor = identity.hasRole(Roles.KATALOGREDAKTOER);
        return language.currentSigns().chain(signs -> results.of(found.id).chain(own -> people.names().map(names -> page
                .data("user", CurrentUser.of(identity))
                .data("results", own.map(r -> ResultsTable.of(r, msg)).orElse(null))
                .data("intervention", found)
                .data("status", found.status.label())
                .data("facts", Fact.of(found.content(), signs, msg))
                .data("changedAt", DanishDates.dateTime(found.changedAt))
                .data("changedBy", names.of(found.changedBy))
                .data("editor", editor)
                .data("editable", found.status != InterventionStatus.RETIRED)
                .data("actions", editor ? StatusAction.from(found.status, msg) : List.<StatusAction>of())
                .data("notice", notice)
                .data("alert", alert))));
    }

    private String notice(String besked, Intervention found) {
        return switch (besked == null ? "" : besked) {
            case "oprettet" -> msg.notice_created();
            case "gemt" -> msg.notice_edited();
            case "status" -> msg.notice_status(found.status.label());
            default -> null;
        };
    }
}
