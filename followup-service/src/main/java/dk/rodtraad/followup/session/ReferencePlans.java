package dk.rodtraad.followup.session;

import dk.rodtraad.followup.fit.ExpectationRule;
import dk.rodtraad.followup.fit.FitForm;
import dk.rodtraad.followup.fit.IntakeBand;
import dk.rodtraad.followup.fit.MeanChange;
import dk.rodtraad.followup.fit.ReferenceChanges;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The municipality's own data that expected progress is derived from ({@link ExpectationRule}): the mean change of the
 * ended plans, per intake band and session number, by one SQL query over this service's tables. A reference series is
 * one rater of one ended plan; its intake is the rater's first outcome total, its band that total's band of 5 points
 * on the intake's form; its change at a session number is its outcome total there minus the intake.
 */
@ApplicationScoped
public class ReferencePlans {

    /** Per series (plan, rater): the intake form, the intake band, and the change at each of its session numbers. */
    private static final String MEAN_CHANGES = """
            with outcome as (
                select p.id as plan_id, sc.rater, s.number, sc.form, sc.total
                from plan p
                join session s on s.plan_id = p.id
                join score sc on sc.session_id = s.id
                where p.status = 'AFSLUTTET' and sc.kind = 'OUTCOME'
            ), intake as (
                select distinct on (plan_id, rater) plan_id, rater, form, total
                from outcome
                order by plan_id, rater, number
            )
            select i.form, (least(35, floor(i.total / 5) * 5))::int as band_from, o.number,
                   count(*)::int as plans, avg(o.total - i.total)::numeric as mean_change
            from outcome o join intake i on i.plan_id = o.plan_id and i.rater = o.rater
            group by i.form, band_from, o.number""";

    private final int minimumPlans;

    public ReferencePlans(@ConfigProperty(name = "rodtraad.followup.expectation.minimum-plans",
            defaultValue = "" + ExpectationRule.DEFAULT_MINIMUM_PLANS) int minimumPlans) {
        this.minimumPlans = minimumPlans;
    }

    /** The rule in force now: the open default wherever fewer than the minimum of ended plans exist. Call in a session. */
    public Uni<ExpectationRule> rule() {
        return changes().map(changes -> new ExpectationRule(minimumPlans, changes));
    }

    /** The mean changes of the ended plans as they stand now. Call in a session. */
    public Uni<ReferenceChanges> changes() {
        return Panache.getSession().chain(session -> session.createNativeQuery(MEAN_CHANGES, Object[].class)
                .getResultList()).map(ReferencePlans::changes);
    }

    private static ReferenceChanges changes(List<Object[]> rows) {
        Map<Key, MeanChange> byKey = new HashMap<>();
        for (Object[] row : rows) {
            var band = new IntakeBand(FitForm.valueOf((String) row[0]), ((Number) row[1]).intValue());
            byKey.put(new Key(band, ((Number) row[2]).intValue()),
                    new MeanChange(((Number) row[3]).intValue(), (BigDecimal) row[4]));
        }
        return (band, sessionNumber) -> byKey.getOrDefault(new Key(band, sessionNumber), MeanChange.NONE);
    }

    private record Key(IntakeBand band, int sessionNumber) {
    }
}
