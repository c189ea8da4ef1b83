package dk.rodtraad.contracts.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One use of a child's data in a service other than concern-service, or a refused attempt
 * ({@code dk.rodtraad.audit.child-data-used.v1}), sent so that concern-service can assemble the citizen's report of
 * every look-up of a child across all services. Pseudonymous and without free text: no username, no name, no CPR.
 *
 * @param service    the service where the use happened, e.g. {@code network-meeting-service}
 * @param action     {@code READ}, {@code WRITE} or {@code REFUSED}
 * @param what       what was used, a code such as {@code timeline}
 * @param purpose    why, a fixed Danish phrase from the code (never text a user typed)
 * @param role       the realm role the user acted in, e.g. {@code fagperson} or {@code myndighed}
 * @param discipline the professional's discipline, or null for a role without one
 * @param status     the HTTP status the use was answered with (200 for a use, 403/404 for a refusal)
 */
public record ChildDataUsedV1(UUID childId, Instant at, String service, String action, String what, String purpose,
        String role, String discipline, int status) {
}
