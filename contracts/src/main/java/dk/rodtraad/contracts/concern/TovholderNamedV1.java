package dk.rodtraad.contracts.concern;

import java.time.Instant;
import java.util.UUID;

/**
 * A child's cross-disciplinary case got its tovholder ({@code dk.rodtraad.concern.tovholder-named.v1}). Names
 * the tovholder's discipline, not the person.
 *
 * @param profession the tovholder's discipline: {@code sundhedsplejerske}, {@code paedagog}, {@code laerer} or
 *                   {@code klubmedarbejder}
 */
public record TovholderNamedV1(UUID childId, String profession, Instant namedAt) {
}
