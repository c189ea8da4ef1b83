package dk.rodtraad.followup.alert;

import dk.rodtraad.chassis.access.Tovholders;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.problem.Conflict;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.followup.AlertRaisedV1;
import dk.rodtraad.followup.fit.AlertAdvice;
import dk.rodtraad.followup.fit.FitAssessment;
import dk.rodtraad.followup.plan.Plan;
import dk.rodtraad.followup.plan.PlanAccess;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Alerts (advarsler): an orange or red session raises one for the responsible professional and the tovholder, with
 * what to consider; one of them acknowledges it. Raised in the session's transaction, published with it.
 */
@ApplicationScoped
public class Alerts {

    private final PlanAccess access;
    private final Tovholders tovholders;
    private final SecurityIdentity identity;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final StoredTime time;

    public Alerts(PlanAccess access, Tovholders tovholders, SecurityIdentity identity, Outbox outbox,
            AuditLog auditLog, StoredTime time) {
        this.access = access;
        this.tovholders = tovholders;
        this.identity = identity;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.time = time;
    }

    /**
     * Raises the alert the assessment after a session calls for, if any (orange or red). Call in the session's
     * transaction.
     */
    public Uni<Optional<Alert>> raise(Plan plan, UUID sessionId, FitAssessment assessment) {
        if (!assessment.colour().raisesAlert()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return tovholders.of(plan.childId).chain(tovholder -> {
            var alert = new Alert();
            alert.id = UUID.randomUUID();
            alert.planId = plan.id;
            alert.sessionId = sessionId;
            alert.colour = assessment.colour();
            alert.advice = assessment.advice().stream().map(AlertAdvice::name).toList();
            alert.responsibleUsername = plan.responsibleUsername;
            alert.tovholderUsername = tovholder.map(Tovholders.Tovholder::username).orElse(null);
            alert.raisedAt = time.now();
            return alert.persist()
                    .call(() -> outbox.publish(EventType.ALERT_RAISED_V1, plan.childId, new AlertRaisedV1(plan.id,
                            plan.childId, alert.id, sessionId, alert.colour.code(),
                            assessment.advice().stream().map(AlertAdvice::code).toList(), alert.raisedAt)))
                    .call(() -> auditLog.write(plan.childId, "alert", "FIT-advarsel givet"))
                    .map(written -> Optional.of(alert));
        });
    }

    /** The plan's alerts, newest first. Call in a session. */
    public static Uni<List<AlertView>> of(UUID planId) {
        return Alert.<Alert>list("planId = ?1 order by raisedAt desc", planId)
                .map(alerts -> alerts.stream().map(AlertView::of).toList());
    }

    /** The responsible professional or the tovholder the alert was raised for acknowledges it: they have seen it. */
    @WithTransaction
    public Uni<AlertView> acknowledge(UUID planId, UUID alertId) {
        String me = identity.getPrincipal().getName();
        return access.seen(planId, "alert").chain(plan -> Alert.<Alert>findById(alertId).chain(alert -> {
            if (alert == null || !alert.planId.equals(plan.id)) {
                throw new InvalidInputException("alertId", "Advarslen hører ikke til planen");
            }
            if (!alert.isOpen()) {
                throw new Conflict("Der er allerede kvitteret for advarslen");
            }
            if (!alert.isFor(me)) {
                throw new Conflict("Advarslen",
                        "Kun den ansvarlige fagperson og tovholderen kan kvittere for advarslen");
            }
            alert.acknowledgedBy = me;
            alert.acknowledgedAt = time.now();
            return auditLog.write(plan.childId, "alert", "FIT-advarsel kvitteret")
                    .replaceWith(() -> AlertView.of(alert));
        }));
    }
}
