package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.security.CurrentUser;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A chassis page's answer, in Danish HTML, when the role does not reach it (403) or there is nothing to show (404: a
 * child the user may not see reads exactly like one that does not exist). A page class maps the exceptions to this in
 * its own {@code @ServerExceptionMapper}, which applies to that class alone, so the JSON API keeps the chassis's
 * problem+json for the same cases.
 */
@ApplicationScoped
public class RefusalPage {

    private final Template page;
    private final SecurityIdentity identity;
    private final PageMessages msg;

    public RefusalPage(@Location("rodtraad/afvist.html") Template page, SecurityIdentity identity, PageMessages msg) {
        this.page = page;
        this.identity = identity;
        this.msg = msg;
    }

    /** @param refusal a {@link ForbiddenException} from a role check, or a {@link NotFoundException} */
    public RestResponse<TemplateInstance> of(RuntimeException refusal) {
        int status = refusal instanceof WebApplicationException web ? web.getResponse().getStatus() : 403;
        if (status != 404 && status != 403) {
            throw refusal;
        }
        // Never the exception's own words: for a 404 they could tell a child that exists from one the user may not see.
        boolean notFound = status == 404;
        return RestResponse.status(RestResponse.Status.fromStatusCode(status), page
                .data("user", CurrentUser.of(identity))
                .data("title", notFound ? msg.not_found_title() : msg.forbidden_title())
                .data("text", notFound ? msg.not_found_text() : msg.forbidden_text()));
    }
}
