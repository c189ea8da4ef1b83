package dk.rodtraad.chassis.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * quarkus-rest-csrf refuses a form POST without a valid token with an empty {@code 400}; this turns that answer into
 * a Danish {@code 403} page that says nothing was stored. Recognised as: an unsafe method with a form body (urlencoded
 * or multipart), answered 400 without a body, and the token not verified (the filter marks a verified request).
 */
public class CsrfRefusalPage {

    private static final Logger LOG = Logger.getLogger(CsrfRefusalPage.class);
    private static final String VERIFIED = "csrf_token_verified";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Template page;

    CsrfRefusalPage(@Location("rodtraad/formular-afvist.html") Template page) {
        this.page = page;
    }

    @ServerResponseFilter
    public void refuse(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (response.getStatus() != 400 || response.hasEntity() || SAFE.contains(request.getMethod())
                || routing.get(VERIFIED) != null || !isForm(request.getMediaType())) {
            return;
        }
        LOG.warnf("Refused %s %s: the form's CSRF token is missing or wrong", request.getMethod(),
                routing.normalizedPath());
        response.setStatus(403);
        response.getHeaders().putSingle("Content-Type", MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        response.setEntity(page.render());
    }

    private static boolean isForm(MediaType type) {
        return type != null && ("application".equals(type.getType()) && "x-www-form-urlencoded".equals(type.getSubtype())
                || "multipart".equals(type.getType()) && "form-data".equals(type.getSubtype()));
    }
}
