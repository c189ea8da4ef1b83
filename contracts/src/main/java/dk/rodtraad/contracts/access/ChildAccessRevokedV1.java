package dk.rodtraad.contracts.access;

import java.time.Instant;
import java.util.UUID;

/**
 * A professional may no longer see a child's data ({@code dk.rodtraad.concern.child-access-revoked.v1}): the
 * tovholder removed them from the case team, or the case was closed. The authority's statutory access is never
 * revoked this way.
 *
 * @param reason {@code fjernet} (removed from the case team) or {@code sag-lukket} (the case was closed)
 */
public record ChildAccessRevokedV1(UUID childId, String username, String reason, Instant revokedAt) {
}
