package dk.rodtraad.concern.web;

import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The Danish start page, behind login. */
@Path("/")
public class StartPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(CurrentUser user);
    }

    private final SecurityIdentity identity;

    public StartPage(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.ADMIN})
    public TemplateInstance start() {
        return Templates.start(CurrentUser.of(identity));
    }
}
