package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.security.CurrentUser;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * Every service's Danish start page, behind login. The page itself is the service's own
 * {@code templates/start.html} with its {@code msg} bundle; who may see it is the service's
 * {@code rodtraad.web.roles}; any other role gets a Danish page that says so, not problem+json. It gets
 * concern-service's address ({@code rodtraad.links.concern}) as {@code concern}, for the way to a child: the
 * professional's children and the authority's inbox are there.
 */
@Cancellable(false)
@Path("/")
public class StartPage {

    private final Template start;
    private final SecurityIdentity identity;
    private final String concernService;

    public StartPage(@Location("start.html") Template start, SecurityIdentity identity,
            @ConfigProperty(name = "rodtraad.links.concern") String concernService) {
        this.start = start;
        this.identity = identity;
        this.concernService = concernService;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("${rodtraad.web.roles}")
    public TemplateInstance start() {
        return start.data("user", CurrentUser.of(identity)).data("concern", concernService);
    }

}
