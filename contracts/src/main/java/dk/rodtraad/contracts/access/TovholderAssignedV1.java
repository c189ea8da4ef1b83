package dk.rodtraad.contracts.access;

import java.time.Instant;
import java.util.UUID;

/**
 * Who is a child's tovholder from now on ({@code dk.rodtraad.concern.tovholder-assigned.v1}): the one professional
 * who coordinates the child's case, named or handed the task. concern-service decides it and publishes it on the
 * restricted access topic, beside the case team's grants, because it names the person: the other services show the
 * tovholder and list what is due for them from a replica of these events, never from a copy kept by hand. The
 * timeline's events ({@code tovholder-named.v1}, {@code tovholder-handed-over.v1}) carry the discipline only.
 *
 * @param username   the tovholder's Keycloak username; always a member of the child's case team
 * @param discipline the tovholder's discipline from Keycloak: {@code sundhedsplejerske}, {@code paedagog},
 *                   {@code laerer} or {@code klubmedarbejder}
 * @param assignedAt when the tovholder was named or handed the task; a replica keeps the latest
 */
public record TovholderAssignedV1(UUID childId, String username, String discipline, Instant assignedAt) {
}
