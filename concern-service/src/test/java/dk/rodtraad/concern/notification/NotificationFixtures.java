package dk.rodtraad.concern.notification;

import dk.rodtraad.chassis.outbox.OutboxEvent;
import dk.rodtraad.concern.access.AuthorityGrant;
import dk.rodtraad.concern.access.CaseTeamMember;
import dk.rodtraad.concern.child.Child;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;

import java.util.HashMap;
import java.util.Map;

/** Notification requests and database counts the notification and authority tests share. */
public final class NotificationFixtures {

    private NotificationFixtures() {
    }

    /** A complete, valid underretning from a concern: abuse suspected, the parents deliberately not told. */
    public static Map<String, Object> notice() {
        var body = new HashMap<String, Object>();
        body.put("ground", "overgreb");
        body.put("knownOrSuspected", "Barnet fortæller, at far slår, når han er vred.");
        body.put("parentsInformed", false);
        body.put("parentsNotInformedReason", "Mistanke om vold i hjemmet: forældrene må ikke advares først.");
        return body;
    }

    /** A complete, valid direct underretning about the child the given CPR number and name identify. */
    public static Map<String, Object> noticeAbout(String cpr, String name) {
        var body = notice();
        body.put("child", new HashMap<>(Map.of("cpr", cpr, "name", name)));
        return body;
    }

    /** Notifications, grants, involvements, children and outgoing events: what a rejected request leaves alone. */
    public static long stored() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Notification.count()
                .chain(notifications -> AuthorityGrant.count().map(grants -> notifications + grants))
                .chain(sum -> CaseTeamMember.count().map(involvements -> sum + involvements))
                .chain(sum -> Child.count().map(children -> sum + children))
                .chain(sum -> OutboxEvent.count().map(events -> sum + events))));
    }
}
