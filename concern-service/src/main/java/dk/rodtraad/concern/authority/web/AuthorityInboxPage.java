package dk.rodtraad.concern.authority.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.concern.notification.web.NotificationCard;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.concern.authority.AuthoritySteps;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The authority's inbox of underretninger, in the service's order: overdue first, then the nearest deadline. The
 * service audit-logs every child listed.
 */
@Cancellable(false)
@Path("/myndighed")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.MYNDIGHED)
public class AuthorityInboxPage {

    private final Template page;
    private final AuthoritySteps steps;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final People people;

    public AuthorityInboxPage(@Location("myndighed/indbakke.html") Template page, AuthoritySteps steps,
            SecurityIdentity identity, AppMessages msg, People people) {
        this.people = people;
        this.page = page;
        this.steps = steps;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    public Uni<TemplateInstance> show() {
        return steps.inbox().chain(inbox -> people.names().map(names -> page.data("user", CurrentUser.of(identity))
                .data("notifications", inbox.stream().map(view -> NotificationCard.of(view, msg, names)).toList())));
    }

}
