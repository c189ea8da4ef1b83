package dk.rodtraad.catalogue.duplicate;

import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.InterventionStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * Two interventions that look like the same offer, why, and what the katalogredaktør decided, if anything yet.
 * The pair is in id order, the order a decision is stored in.
 *
 * @param kept for a merged pair, the id of the one that continues; otherwise null
 */
public record LookAlikePair(Side first, Side second, String reason, DuplicateDecision decision, UUID kept, String note,
        String decidedBy, Instant decidedAt) {

    public record Side(UUID id, String code, String name, String department, InterventionStatus status) {
        static Side of(Intervention intervention) {
            return new Side(intervention.id, intervention.code, intervention.name, intervention.department,
                    intervention.status);
        }
    }

    static LookAlikePair of(Intervention first, Intervention second, String reason, DuplicateReview review) {
        return new LookAlikePair(Side.of(first), Side.of(second), reason,
                review == null ? null : review.decision, review == null ? null : review.keptId,
                review == null ? null : review.note,
                review == null ? null : review.decidedBy, review == null ? null : review.decidedAt);
    }

    public boolean open() {
        return decision == null;
    }
}
