package dk.rodtraad.systemtests.access;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One endpoint of the authorization matrix: who may call it by role, and whose data it is about.
 *
 * @param roles the realm roles that may call it; {@link #PUBLIC} for everyone, without login too
 * @param scope what its path (or body) names: decides which child a cell is about
 * @param body  the request a cell sends: a sound one, so that a refusal is the access rule speaking, not validation
 */
record Endpoint(String service, String method, String path, Set<String> roles, Scope scope,
        Function<Fixture.Child, Body> body) {

    static final String PUBLIC = "*";

    /** What identifies the child an endpoint is about. */
    enum Scope {
        /** Not about one child (lists, catalogue, forms to start something). */
        NONE,
        /** The child's pseudonymous id in the path. */
        CHILD,
        /** A concern about the child, by id in the path. */
        CONCERN,
        /** A consultation linked to the child, by id in the path. */
        CONSULTATION,
        /** The underretning about the child, by id in the path: the notifier's view. */
        OWN_NOTIFICATION,
        /** The underretning about the child, by id in the path: the authority's view. */
        AUTHORITY_NOTIFICATION,
        /** The child's pseudonymous id in the JSON body ({@code child.id}): a refusal is a 400 on that field. */
        CHILD_IN_BODY,
        /** The child's pseudonymous id in the JSON body ({@code childId}), answered like one in the path: 404. */
        CHILD_IN_BODY_AS_UNKNOWN,
        /** A course of network meetings about the child, by id in the path (with its meeting and participant). */
        COURSE,
        /** An intervention plan (followup-service) for the child, by id in the path (with its goal and alert). */
        PLAN
    }

    /** What a cell sends: nothing, JSON, a form, a file upload or a plain text of a given content type. */
    record Body(Object json, Map<String, ?> form, String upload, String contentType, String text) {
        static final Body NONE = new Body(null, null, null, null, null);

        static Body json(Object json) {
            return new Body(json, null, null, null, null);
        }

        static Body form(Map<String, ?> form) {
            return new Body(null, form, null, null, null);
        }

        /** A multipart upload of one small file in the part named {@code part}. */
        static Body upload(String part) {
            return new Body(null, null, part, null, null);
        }

        static Body text(String contentType, String text) {
            return new Body(null, null, null, contentType, text);
        }
    }

    /**
     * What a cell asks for: pages are the Danish paths, the spreadsheet exports CSV, a meeting's invitation
     * iCalendar, the rest of the API JSON.
     */
    String accepts() {
        if ((path.startsWith("/csv/") || path.endsWith(".csv")) && method.equals("GET")) {
            return "text/csv";
        }
        if (path.endsWith(".ics")) {
            return "text/calendar";
        }
        boolean page = path.equals("/") || java.util.stream.Stream.of("/bekymringer", "/boern", "/sparring",
                        "/myndighed", "/underretninger", "/indsigt", "/katalog", "/familie", "/log-ud", "/troskab",
                        "/forloeb", "/evaluering")
                .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
        return page ? "text/html" : "application/json";
    }

    boolean isPublic() {
        return roles.contains(PUBLIC);
    }

    boolean writes() {
        return !method.equals("GET");
    }

    String name() {
        return method + " " + path;
    }
}
