package dk.rodtraad.followup.evaluation;

import dk.rodtraad.chassis.audit.AuditLog;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The evaluation of what works, for analysts and leaders: every intervention's figures, each use of them
 * audit-logged as a use of aggregated data (an entry without a child, so never sent to a citizen's report).
 */
@ApplicationScoped
public class Evaluations {

    /** What the audit log says was used. */
    static final String WHAT = "evaluation";

    /** How the figures were used, in the audit log's fixed words. */
    public enum Use {
        PAGE("Samlede tal om indsatsernes resultater vist"),
        CSV("Samlede tal om indsatsernes resultater hentet som CSV");

        private final String purpose;

        Use(String purpose) {
            this.purpose = purpose;
        }
    }

    private final EvaluationFacts facts;
    private final AuditLog auditLog;

    public Evaluations(EvaluationFacts facts, AuditLog auditLog) {
        this.facts = facts;
        this.auditLog = auditLog;
    }

    @WithTransaction
    public Uni<List<InterventionEvaluation>> all(Use use) {
        return facts.plans().map(Evaluation::of).call(() -> auditLog.read(null, WHAT, use.purpose));
    }
}
