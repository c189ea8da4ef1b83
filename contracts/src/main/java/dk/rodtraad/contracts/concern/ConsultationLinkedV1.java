package dk.rodtraad.contracts.concern;

import java.time.Instant;
import java.util.UUID;

/**
 * An anonymous consultation (anonym sparring) about a situation was linked to a named child
 * ({@code dk.rodtraad.concern.consultation-linked.v1}); from now on its history is part of the child's case.
 * Carries no CPR number, no name and no free text.
 *
 * @param openedAt when the consultation began, before anyone knew which child it was about
 */
public record ConsultationLinkedV1(UUID consultationId, UUID childId, Instant openedAt, Instant linkedAt) {
}
