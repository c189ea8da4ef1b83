package dk.rodtraad.concern.notification.web;

import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.concern.notification.Notifications;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.Cancellable;

/** "Mine underretninger": the professional's notifications, newest first, with the receipt and the outcome. */
@Cancellable(false)
@Path("/underretninger")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FAGPERSON)
public class MyNotificationsPage {

    private final Template page;
    private final Notifications notifications;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final StoredTime time;

    public MyNotificationsPage(@Location("bekymringer/underretninger.html") Template page, Notifications notifications,
            SecurityIdentity identity, AppMessages msg, StoredTime time) {
        this.time = time;
        this.page = page;
        this.notifications = notifications;
        this.identity = identity;
        this.msg = msg;
    }

    /** @param besked sendt right after a notification was sent, to confirm it */
    @GET
    public Uni<TemplateInstance> show(@RestQuery String besked) {
        return notifications.mine().map(mine -> page.data("user", CurrentUser.of(identity))
                .data("notice", "sendt".equals(besked) ? msg.notice_notified() : null)
                .data("notifications", mine.stream().map(view -> MyNotificationRow.of(view, msg, time.now())).toList()));
    }

}
