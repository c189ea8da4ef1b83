package dk.rodtraad.systemtests.access;

import dk.rodtraad.systemtests.TheSystem;
import dk.rodtraad.testkit.DemoUsers;

import java.util.Map;
import java.util.UUID;

/**
 * The children a matrix cell is about, made through the API as the health nurse (hanne) makes them: she is on the
 * case team of both, and one of them she notified to the authority.
 */
final class Fixture {

    /** Who started the fixture's cases and so is on their teams. */
    static final String TEAM_MEMBER = DemoUsers.HANNE;

    /** The ids a cell's path or body may name; null where the child has no such thing. */
    record Child(State state, String id, String cpr, String name, String concernId, String consultationId,
            String notificationId, String joinRequestId) {
    }

    /** A professional outside the team with a concern of his own about the child, who asks to join it. */
    static final String ASKS_TO_JOIN = DemoUsers.KASPER;

    /** A ground the demo municipality lists for joining a case team. */
    static final Map<String, Object> GROUND = Map.of("code", "tidlig-forebyggende-indsats");

    /** How the child stands to the fixture's users. */
    enum State {
        /** hanne's case; not notified to the authority. */
        ON_TEAM("hanne's child, not notified"),
        /** hanne's case, notified to the authority. */
        NOTIFIED("hanne's child, notified to the authority"),
        /** No such child: random ids. */
        UNKNOWN("an id that exists nowhere");

        final String description;

        State(String description) {
            this.description = description;
        }
    }

    private Fixture() {
    }

    static Child of(TheSystem system, State state) {
        return switch (state) {
            case ON_TEAM -> child(system, false);
            case NOTIFIED -> child(system, true);
            case UNKNOWN -> new Child(State.UNKNOWN, random(), TheSystem.uniqueCpr(), "Ingen Findes", random(),
                    random(), random(), random());
        };
    }

    private static Child child(TheSystem system, boolean notified) {
        var nurse = system.as(TEAM_MEMBER);
        String cpr = TheSystem.uniqueCpr();
        var concern = nurse.concern(cpr, notified ? "red" : "yellow");
        String childId = (String) concern.get("childId");
        String concernId = (String) concern.get("id");
        var consultation = nurse.postToConcernService("/consultations", Map.of(
                "situation", "Et barn, der virker trist i frikvartererne.", "setting", "skole", "childAgeYears", 8), 201);
        nurse.postToConcernService("/consultations/{id}/child", Map.of("child", Map.of("id", childId),
                "version", consultation.get("version")), 200, consultation.get("id"));
        String notificationId = null;
        if (notified) {
            notificationId = (String) nurse.postToConcernService("/concerns/{id}/notification", Map.of(
                    "ground", "saerlig-stoette", "knownOrSuspected", "Barnet fortæller om svigt derhjemme.",
                    "parentsInformed", true), 201, concernId).get("id");
        }
        var outsider = system.as(ASKS_TO_JOIN);
        outsider.concern(cpr, "yellow");
        String joinRequestId = (String) outsider.postToConcernService("/children/{id}/team/requests",
                Map.of("basis", GROUND), 201, childId).get("id");
        return new Child(notified ? State.NOTIFIED : State.ON_TEAM, childId, cpr, TheSystem.CHILD_NAME, concernId,
                (String) consultation.get("id"), notificationId, joinRequestId);
    }

    private static String random() {
        return UUID.randomUUID().toString();
    }
}
