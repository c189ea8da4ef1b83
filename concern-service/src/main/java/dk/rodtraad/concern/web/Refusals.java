package dk.rodtraad.concern.web;

import dk.rodtraad.chassis.security.CurrentUser;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A page's answer, in Danish HTML, when there is nothing to show (a child the professional is not involved with is
 * one that does not exist), the role does not reach it, or the service cannot serve it yet. Each page class maps
 * the exceptions to this in its own {@code @ServerExceptionMapper}, which applies to that class alone, so the JSON
 * API keeps the chassis's problem+json for the same cases.
 */
@ApplicationScoped
class Refusals {

    private final Template page;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    Refusals(@Location("bekymringer/afvist.html") Template page, SecurityIdentity identity, AppMessages msg) {
        this.page = page;
        this.identity = identity;
        this.msg = msg;
    }

    /** @param refusal a {@link ForbiddenException} from a role check, or a {@link WebApplicationException} */
    RestResponse<TemplateInstance> page(RuntimeException refusal) {
        int status = refusal instanceof WebApplicationException web ? web.getResponse().getStatus() : 403;
        String title = switch (status) {
            case 404 -> msg.not_found_title();
            case 403 -> msg.forbidden_title();
            case 503 -> msg.unavailable_title();
            default -> refusal.getMessage();
        };
        // Not the exception's own words for 404: they would tell a child that exists from one the user may not see.
        String text = status == 404 ? msg.not_found_text()
                : refusal instanceof WebApplicationException ? refusal.getMessage() : msg.forbidden_text();
        return RestResponse.status(RestResponse.Status.fromStatusCode(status),
                page.data("user", CurrentUser.of(identity)).data("title", title).data("text", text));
    }
}
