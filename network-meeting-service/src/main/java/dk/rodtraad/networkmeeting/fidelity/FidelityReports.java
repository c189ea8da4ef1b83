package dk.rodtraad.networkmeeting.fidelity;

import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.chassis.time.StoredTime;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The fidelity view's reports, for leaders: the numbers of a period, each use of them audit-logged as a use of
 * aggregated data (an entry without a child, which is why it is never sent to the citizen's report).
 */
@ApplicationScoped
public class FidelityReports {

    /** What the audit log says was used. */
    static final String WHAT = "fidelity";

    /** How the numbers were used, in the audit log's fixed words. */
    public enum Use {
        PAGE("Samlede tal om troskab mod Åben Dialog vist"),
        CSV("Samlede tal om troskab mod Åben Dialog hentet som CSV");

        private final String purpose;

        Use(String purpose) {
            this.purpose = purpose;
        }
    }

    private final FidelityFacts facts;
    private final AuditLog auditLog;
    private final StoredTime time;

    public FidelityReports(FidelityFacts facts, AuditLog auditLog, StoredTime time) {
        this.facts = facts;
        this.auditLog = auditLog;
        this.time = time;
    }

    @WithTransaction
    public Uni<FidelityReport> report(FidelityPeriod period, Use use) {
        var now = time.now();
        return facts.facts(period).map(courses -> FidelityReport.of(period, courses, now))
                .call(() -> auditLog.read(null, WHAT, use.purpose));
    }

    /** The quarter it is now, in the municipality: the last a period may end with. */
    public Quarter currentQuarter() {
        return Quarter.of(DanishDates.day(time.now()));
    }
}
