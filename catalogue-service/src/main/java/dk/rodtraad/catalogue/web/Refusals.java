package dk.rodtraad.catalogue.web;

import dk.rodtraad.chassis.security.CurrentUser;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A page's answer, in Danish HTML, when there is nothing to show or the user's role does not reach it. Each page
 * class maps the exceptions to these in its own {@code @ServerExceptionMapper}s, which apply to that class alone,
 * so the JSON API keeps the chassis's problem+json for the same cases.
 */
@ApplicationScoped
public class Refusals {

    private final Template page;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    Refusals(@Location("katalog/afvist.html") Template page, SecurityIdentity identity, AppMessages msg) {
        this.page = page;
        this.identity = identity;
        this.msg = msg;
    }

    /** @param refusal a {@link ForbiddenException}, or anything else the page cannot find: an intervention */
    public RestResponse<TemplateInstance> page(RuntimeException refusal) {
        return page(refusal, msg.not_found_title(), msg.not_found_text());
    }

    /** @param missing what the page could not find, e.g. "Versionen findes ikke", with what the user may do */
    public RestResponse<TemplateInstance> page(RuntimeException refusal, String missing, String explanation) {
        boolean forbidden = refusal instanceof ForbiddenException;
        return RestResponse.status(forbidden ? RestResponse.Status.FORBIDDEN : RestResponse.Status.NOT_FOUND,
                page.data("user", CurrentUser.of(identity)).data("forbidden", forbidden)
                        .data("missing", missing).data("explanation", explanation));
    }
}
