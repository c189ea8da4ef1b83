package dk.rodtraad.concern.consultation.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.concern.consultation.Consultations;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import dk.rodtraad.chassis.web.Page;
import dk.rodtraad.concern.web.Search;
import org.jboss.resteasy.reactive.RestQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The anonymous consultations to give sparring on, newest first, for every professional and the authority. They name
 * no child, so listing them is no use of a child's data and is not audit-logged; a linked one is no longer here, and
 * an old one only for its opener (the service's rule).
 */
@Cancellable(false)
@Path("/sparring")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
public class ConsultationListPage {

    private final Template page;
    private final Consultations consultations;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final People people;

    public ConsultationListPage(@Location("sparring/oversigt.html") Template page, Consultations consultations,
            SecurityIdentity identity, AppMessages msg, People people) {
        this.people = people;
        this.page = page;
        this.consultations = consultations;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    public Uni<TemplateInstance> show(@RestQuery String q, @RestQuery String side) {
        String me = identity.getPrincipal().getName();
        return consultations.anonymous().chain(anonymous -> people.names().map(names -> page.data("user", CurrentUser.of(identity))
                .data("listedFor", Consultations.LISTED_FOR_DAYS)
                .data("q", q)
                .data("consultations", Page.slice(anonymous.stream()
                        .filter(view -> Search.matches(q, view.situation(), view.setting().label()))
                        .map(view -> ConsultationCard.of(view, me, msg, names)).toList(),
                        Page.number(side), Page.link("/sparring", "q", q)))));
    }

}
