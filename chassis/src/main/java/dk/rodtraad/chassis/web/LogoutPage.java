package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.security.CurrentUser;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * "Vil du logge ud?": where {@code GET /logout} lands (OriginCheck sends it here), so that a link or an image another
 * site shows cannot log anyone out. The form POSTs to {@code /logout}, where Quarkus OIDC ends the session here and
 * in Keycloak.
 */
@Cancellable(false)
@Path("/log-ud")
public class LogoutPage {

    private final Template page;
    private final SecurityIdentity identity;

    LogoutPage(@Location("rodtraad/log-ud.html") Template page, SecurityIdentity identity) {
        this.page = page;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Authenticated
    public TemplateInstance ask() {
        return page.data("user", CurrentUser.of(identity));
    }
}
