package dk.rodtraad.contracts.concern;

import java.time.Instant;
import java.util.UUID;

/**
 * The tovholder of a child's case handed the task over to another professional
 * ({@code dk.rodtraad.concern.tovholder-handed-over.v1}). Names disciplines, not persons.
 */
public record TovholderHandedOverV1(UUID childId, String fromProfession, String toProfession, Instant handedOverAt) {
}
