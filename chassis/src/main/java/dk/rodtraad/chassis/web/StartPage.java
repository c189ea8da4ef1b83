package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.security.CurrentUser;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every service's Danish start page, behind login. The page itself is the service's own
 * {@code templates/start.html} with its {@code msg} bundle; who may see it is the service's
 * {@code rodtraad.web.roles}; any other role gets a Danish page that says so, not problem+json.
 */
@Cancellable(false)
@Path("/")
public class StartPage {

    private final Template start;
    private final SecurityIdentity identity;

    public StartPage(@Location("start.html") Template start, SecurityIdentity identity) {
        this.start = start;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("${rodtraad.web.roles}")
    public TemplateInstance start() {
        return start.data("user", CurrentUser.of(identity));
    }

}
