package dk.rodtraad.concern.child.web;

import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.concern.web.PageIds;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.access.ChildAccess;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * A child's page ({@link ChildPageView}): the whole for its case team and the authority notified about it; what a
 * professional outside the team with records of their own may know; to anyone else the child does not exist.
 */
@Cancellable(false)
@Path("/boern/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
public class ChildPage {

    private final ChildPageView view;
    private final AppMessages msg;

    public ChildPage(ChildPageView view, AppMessages msg) {
        this.view = view;
        this.msg = msg;
    }

    /**
     * @param besked what was just done, to confirm it: registreret, revurderet, tovholder, overdraget, tilfoejet, fjernet, imoedekommet, afvist or
     *              anmodet;
     * @param q what the colleague picker searched for; @param faglighed the discipline it was narrowed to
     */
    @GET
    public Uni<TemplateInstance> show(@RestPath String id, @RestQuery String besked, @RestQuery String q,
            @RestQuery String faglighed) {
        String notice = msg.child_notice(besked == null ? "" : besked);
        var search = new TeamForm();
        search.q = q;
        search.discipline = faglighed;
        return view.render(PageIds.parse(id, ChildAccess.NO_SUCH_CHILD), notice.isBlank() ? null : notice,
                search, new FormErrors(), null);
    }

}
