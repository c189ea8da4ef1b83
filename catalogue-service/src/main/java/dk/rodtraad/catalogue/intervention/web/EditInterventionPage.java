package dk.rodtraad.catalogue.intervention.web;

import dk.rodtraad.catalogue.intervention.Audience;
import dk.rodtraad.catalogue.intervention.Interventions;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The katalogredaktør changes an intervention. The form carries the version it was opened at, so a change made by
 * someone else meanwhile is not overwritten unseen.
 */
@Cancellable(false)
@Path("/katalog/indsatser/{id}/rediger")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.KATALOGREDAKTOER)
public class EditInterventionPage {

    private final EditorForms forms;
    private final Interventions interventions;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public EditInterventionPage(EditorForms forms, Interventions interventions,
            SecurityIdentity identity, AppMessages msg) {
        this.forms = forms;
        this.interventions = interventions;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> form(@RestPath String id) {
        UUID interventionId = InterventionPage.parseId(id);
        return interventions.get(interventionId, Audience.EDITOR).chain(found -> show(interventionId, found.name,
                InterventionForm.of(found.content(), found.lockVersion), new FormErrors(), null, RestResponse.Status.OK));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> edit(@RestPath String id, @BeanParam InterventionForm form) {
        UUID interventionId = InterventionPage.parseId(id);
        Long version = form.versionNumber();
        return forms.save(form, content -> version == null
                        ? Uni.createFrom().failure(new OptimisticLockException("The form carries no version"))
                        : interventions.edit(interventionId, version, content, identity.getPrincipal().getName()).map(edited -> edited.id),
                "gemt", (again, errors, alert, status) -> show(interventionId, form.name, again, errors, alert, status));
    }

    private Uni<RestResponse<TemplateInstance>> show(UUID id, String name, InterventionForm form, FormErrors errors,
            String alert, RestResponse.Status status) {
        String page = "/katalog/indsatser/" + id;
        return forms.show(msg.edit_title(name), page + "/rediger", page, false, form, errors, alert, status);
    }
}
