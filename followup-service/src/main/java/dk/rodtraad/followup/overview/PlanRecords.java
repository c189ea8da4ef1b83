package dk.rodtraad.followup.overview;

import dk.rodtraad.chassis.access.ChildAccessRule;
import dk.rodtraad.chassis.access.Tovholders;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.followup.alert.Alerts;
import dk.rodtraad.followup.fit.FitAssessment;
import dk.rodtraad.followup.plan.Plan;
import dk.rodtraad.followup.plan.PlanAccess;
import dk.rodtraad.followup.plan.PlanStatus;
import dk.rodtraad.followup.plan.PlanView;
import dk.rodtraad.followup.plan.Plans;
import dk.rodtraad.followup.session.ReferencePlans;
import dk.rodtraad.followup.session.ScoredSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reading plans: one in full, and a professional's active plans with their alerts first (Mine planer). Only those who
 * may see the child read a plan (ADR 0006); every read is audited.
 */
@ApplicationScoped
public class PlanRecords {

    private final PlanAccess access;
    private final Plans plans;
    private final ChildAccessRule rule;
    private final ReferencePlans referencePlans;
    private final Tovholders tovholders;
    private final SecurityIdentity identity;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String concernService;

    public PlanRecords(PlanAccess access, Plans plans, ChildAccessRule rule, ReferencePlans referencePlans,
            Tovholders tovholders, SecurityIdentity identity, AuditLog auditLog, Clock clock,
            @ConfigProperty(name = "rodtraad.links.concern") String concernService) {
        this.access = access;
        this.plans = plans;
        this.rule = rule;
        this.referencePlans = referencePlans;
        this.tovholders = tovholders;
        this.identity = identity;
        this.auditLog = auditLog;
        this.clock = clock;
        this.concernService = concernService;
    }

    /** The plan in full; audited as a read of the child's plan. */
    @WithTransaction
    public Uni<PlanRecord> find(UUID planId) {
        return access.seen(planId, "plan")
                .call(plan -> auditLog.read(plan.childId, "plan", "Indsatsplan med FIT vist"))
                .chain(plan -> plans.viewOf(plan).chain(view -> ScoredSession.of(plan.id)
                        .chain(sessions -> referencePlans.rule().chain(expectation -> Alerts.of(plan.id).map(alerts -> {
                            var fit = FitAssessment.assess(ScoredSession.forFit(plan, sessions), expectation);
                            return new PlanRecord(view, sessions.stream().map(ScoredSession::view).toList(), fit,
                                    alerts, notifyAuthority(plan, view, fit));
                        })))));
    }

    /**
     * My active plans: those I am responsible for, and those of the children I am tovholder of, among the children I
     * may see; those with open alerts for me first (newest alert first), then by the next review.
     */
    @WithTransaction
    public Uni<List<MyPlan>> mine() {
        String me = identity.getPrincipal().getName();
        return tovholders.childrenOf(me).chain(tovholderOf -> Plan.<Plan>list(
                        "status = ?1 and (responsibleUsername = ?2" + (tovholderOf.isEmpty() ? ")" : " or childId in ?3)")
                                + " order by startsOn, id",
                        tovholderOf.isEmpty() ? new Object[] {PlanStatus.AKTIV, me}
                                : new Object[] {PlanStatus.AKTIV, me, tovholderOf})
                .chain(found -> Multi.createFrom().iterable(found)
                        .onItem().transformToUniAndConcatenate(plan -> rule.maySee(plan.childId)
                                .chain(maySee -> maySee ? mine(plan, me, tovholderOf).map(Optional::of)
                                        : Uni.createFrom().item(Optional.<MyPlan>empty())))
                        .collect().asList())
                .map(mine -> mine.stream().flatMap(Optional::stream)
                        .sorted(Comparator.comparing((MyPlan p) -> p.openAlerts().isEmpty())
                                .thenComparing(p -> p.openAlerts().isEmpty() ? null : p.openAlerts().getFirst().raisedAt(),
                                        Comparator.nullsLast(Comparator.reverseOrder()))
                                .thenComparing(MyPlan::nextReview, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList()));
    }

    private Uni<MyPlan> mine(Plan plan, String me, List<UUID> tovholderOf) {
        return auditLog.read(plan.childId, "plan", "Mine planer vist")
                .chain(() -> plans.viewOf(plan))
                .chain(view -> ScoredSession.of(plan.id).chain(sessions -> Alerts.of(plan.id).map(alerts -> {
                    var why = new TreeSet<String>();
                    if (plan.responsibleUsername.equals(me)) {
                        why.add("ansvarlig");
                    }
                    if (tovholderOf.contains(plan.childId)) {
                        why.add("tovholder");
                    }
                    var latest = sessions.isEmpty() ? null : sessions.getLast().session();
                    LocalDate today = DanishDates.today(clock);
                    return new MyPlan(plan.id, plan.childId, view.intervention(), view.localEffort(),
                            plan.startsOn, view.responsible(), why, latest == null ? null : latest.colour,
                            latest == null ? null : latest.trend, sessions.size(),
                            latest == null ? null : latest.heldOn,
                            view.reviewDates().stream().filter(day -> !day.isBefore(today)).findFirst().orElse(null),
                            alerts.stream().filter(alert -> alert.open() && alert.sentTo().contains(me)).toList());
                })));
    }

    /** After repeated red, once the plan's first review date has come, while it runs: the link to notify. */
    private URI notifyAuthority(Plan plan, PlanView view, FitAssessment fit) {
        LocalDate today = DanishDates.today(clock);
        boolean reviewed = view.reviewDates().stream().anyMatch(day -> !day.isAfter(today));
        return plan.isActive() && reviewed && fit.repeatedRed()
                ? URI.create(concernService + "/boern/" + plan.childId) : null;
    }
}
