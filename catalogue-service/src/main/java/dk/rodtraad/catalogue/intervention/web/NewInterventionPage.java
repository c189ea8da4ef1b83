package dk.rodtraad.catalogue.intervention.web;

import dk.rodtraad.catalogue.intervention.Interventions;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The katalogredaktør creates an intervention; it starts as a draft that only editors see. */
@Cancellable(false)
@Path("/katalog/ny")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.KATALOGREDAKTOER)
public class NewInterventionPage {

    private final EditorForms forms;
    private final Interventions interventions;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public NewInterventionPage(EditorForms forms, Interventions interventions,
            SecurityIdentity identity, AppMessages msg) {
        this.forms = forms;
        this.interventions = interventions;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> form() {
        return show(new InterventionForm(), new FormErrors(), null, RestResponse.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> create(@BeanParam InterventionForm form) {
        return forms.save(form, content -> interventions.create(content, identity.getPrincipal().getName()).map(created -> created.id),
                "oprettet", this::show);
    }

    private Uni<RestResponse<TemplateInstance>> show(InterventionForm form, FormErrors errors, String alert, RestResponse.Status status) {
        return forms.show(msg.new_title(), "/katalog/ny", "/katalog", true, form, errors, alert, status);
    }
}
