package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.problem.Problem;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.annotation.Annotation;
import java.util.Set;

/**
 * quarkus-rest-csrf refuses a form POST without a valid token with an empty {@code 400}; this turns that answer into
 * a Danish {@code 403} that says nothing was stored: a page where the request was for one, problem+json where it was
 * for the API (an API client that sent its body as a form), as {@link RefusalMappers} tells them apart. Recognised
 * as: an unsafe method with a form body (urlencoded or multipart), answered 400 without a body, and the token not
 * verified (the filter marks a verified request).
 */
public class CsrfRefusalPage {

    private static final Logger LOG = Logger.getLogger(CsrfRefusalPage.class);
    private static final String VERIFIED = "csrf_token_verified";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Problem REFUSED = Problem.of(403, "Formularen er afvist", "Formularen manglede sit sikkerhedsfelt "
            + "(csrf-token), eller feltet var udløbet. Intet er gemt. API'et tager imod JSON (Content-Type: "
            + "application/json) og behøver intet sikkerhedsfelt.");

    private final Template page;

    CsrfRefusalPage(@Location("rodtraad/formular-afvist.html") Template page) {
        this.page = page;
    }

    @ServerResponseFilter
    public void refuse(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing,
            ResourceInfo resource) {
        if (response.getStatus() != 400 || response.hasEntity() || SAFE.contains(request.getMethod())
                || routing.get(VERIFIED) != null || !isForm(request.getMediaType())) {
            return;
        }
        LOG.warnf("Refused %s %s: the form's CSRF token is missing or wrong", request.getMethod(),
                routing.normalizedPath());
        response.setStatus(403);
        if (RefusalMappers.isPage(resource, request.getAcceptableMediaTypes())) {
            answer(response, page.render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        } else {
            answer(response, REFUSED, MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private static void answer(ContainerResponseContext response, Object body, MediaType type) {
        response.getHeaders().putSingle("Content-Type", type);
        response.setEntity(body, new Annotation[0], type);
    }

    private static boolean isForm(MediaType type) {
        return type != null && ("application".equals(type.getType()) && "x-www-form-urlencoded".equals(type.getSubtype())
                || "multipart".equals(type.getType()) && "form-data".equals(type.getSubtype()));
    }
}
