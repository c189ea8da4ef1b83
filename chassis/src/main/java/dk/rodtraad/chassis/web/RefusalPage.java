package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.chassis.problem.Problem;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import dk.rodtraad.chassis.problem.Refusal;
import dk.rodtraad.chassis.security.CurrentUser;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * A page's answer, in Danish HTML, when the page cannot be shown: nothing to show (404: a child the user may not see
 * reads exactly like one that does not exist), the role does not reach it (403), the request clashes with the state
 * of things (409) or the service cannot serve it yet (503). {@link RefusalMappers} chooses it for every page of every
 * service; the JSON API answers the same cases with problem+json.
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

    /**
     * @param refusal the feature's own refusal, whose Danish words are shown; {@code null} for a refusal of the HTTP
     *                edge (a role check, a path that matches no page), whose words are English or technical and so
     *                are replaced by the status's usual Danish ones
     */
    public Response of(int status, Refusal refusal) {
        boolean nameable = refusal instanceof NotFound notFound && notFound.isNameable();
        String title = switch (status) {
            // Never the feature's own words for a 404 (unless it is nameable: nothing about a child): they could tell
            // a child (or a notification about one) that exists from one the user may not see.
            case 404 -> msg.not_found_title();
            case 403 -> msg.forbidden_title();
            case 409 -> refusal != null && refusal.title() != null ? refusal.title() : msg.conflict_title();
            case 503 -> msg.unavailable_title();
            default -> msg.error_title();
        };
        String text = switch (status) {
            case 404 -> nameable ? refusal.getMessage() : msg.not_found_text();
            case 403 -> refusal != null ? refusal.getMessage() : msg.forbidden_text();
            default -> refusal != null ? refusal.getMessage() : msg.error_text();
        };
        return render(status, title, text, List.of());
    }

    /** Input that cannot be read, e.g. a parameter of the address: the fields named, in the API's words. */
    public Response invalid(List<FieldError> errors) {
        Problem invalid = Problem.invalid(errors);
        return render(400, invalid.title(), invalid.detail(), errors);
    }

    private Response render(int status, String title, String text, List<FieldError> errors) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.data("user", CurrentUser.of(identity)).data("title", title).data("text", text)
                        .data("errors", errors))
                .build();
    }
}
