package dk.rodtraad.followup.evaluation;

import dk.rodtraad.followup.evaluation.PlanFacts.OutcomeSeries;
import dk.rodtraad.followup.fit.ChildAge;
import dk.rodtraad.followup.fit.ClinicalCutOff;
import dk.rodtraad.followup.fit.FitForm;
import dk.rodtraad.followup.fit.Rater;
import dk.rodtraad.followup.plan.GoalAttainment;
import dk.rodtraad.followup.plan.PlanEndReason;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The evaluation's facts from the plans' tables (db/migration/V20261202_0500): three queries — the plans with a
 * catalogue intervention, their scores, their goals' latest evaluations — returning ids, dates, codes and totals only,
 * never a goal's words or the family's view.
 * <p>
 * The evaluated rater of a plan: FIT keeps each rater's series apart and never averages them, so one series speaks for
 * the plan — the child's own when the child has an outcome score in it, else the parent's, else the other adult's
 * ({@link Rater}'s order). Its first outcome total is the intake, its last the end; the cut-off is that of the last
 * one's form, rater and the child's age at its session; the alliance is the same rater's last alliance total.
 */
@ApplicationScoped
public class SqlEvaluationFacts implements EvaluationFacts {

    private static final String PLANS = """
            select p.id, p.child_id, p.intervention_id, p.starts_on, p.birth_month, p.end_reason
              from plan p
             where p.intervention_id is not null""";

    private static final String SCORES = """
            select s.plan_id, s.number, s.held_on, sc.rater, sc.kind, sc.form, sc.total
              from score sc
              join session s on s.id = sc.session_id
              join plan p on p.id = s.plan_id
             where p.intervention_id is not null
             order by s.plan_id, s.number""";

    /** Each evaluated goal's latest evaluation: the one on the latest date, the latest recorded of that date. */
    private static final String GOALS = """
            select distinct on (g.id) g.plan_id, e.attainment
              from goal g
              join goal_evaluation e on e.goal_id = g.id
              join plan p on p.id = g.plan_id
             where p.intervention_id is not null
             order by g.id, e.evaluated_on desc, e.evaluated_at desc""";

    /** One score as the query returns it. */
    private record ScoreRow(int number, LocalDate heldOn, Rater rater, boolean outcome, FitForm form,
            BigDecimal total) {
    }

    @Override
    @WithSession
    public Uni<List<PlanFacts>> plans() {
        return Panache.getSession().chain(session -> rows(session, PLANS)
                .chain(plans -> rows(session, SCORES)
                        .chain(scores -> rows(session, GOALS)
                                .map(goals -> assemble(plans, scores, goals)))));
    }

    private static Uni<List<Object[]>> rows(Mutiny.Session session, String sql) {
        return session.createNativeQuery(sql, Object[].class).getResultList();
    }

    private static List<PlanFacts> assemble(List<Object[]> plans, List<Object[]> scores, List<Object[]> goals) {
        Map<UUID, List<ScoreRow>> scoresOf = new HashMap<>();
        for (Object[] row : scores) {
            scoresOf.computeIfAbsent((UUID) row[0], plan -> new ArrayList<>()).add(new ScoreRow(
                    ((Number) row[1]).intValue(), (LocalDate) row[2], Rater.valueOf((String) row[3]),
                    "OUTCOME".equals(row[4]), FitForm.valueOf((String) row[5]), (BigDecimal) row[6]));
        }
        Map<UUID, List<GoalAttainment>> goalsOf = new HashMap<>();
        for (Object[] row : goals) {
            goalsOf.computeIfAbsent((UUID) row[0], plan -> new ArrayList<>()).add(GoalAttainment.valueOf((String) row[1]));
        }
        return plans.stream().map(row -> {
            UUID id = (UUID) row[0];
            LocalDate startsOn = (LocalDate) row[3];
            YearMonth birthMonth = YearMonth.from((LocalDate) row[4]);
            List<ScoreRow> planScores = scoresOf.getOrDefault(id, List.of());
            Optional<Rater> rater = evaluatedRater(planScores);
            return new PlanFacts((UUID) row[1], (UUID) row[2], startsOn, ChildAge.yearsAt(birthMonth, startsOn),
                    Optional.ofNullable((String) row[5]).map(PlanEndReason::valueOf), rater.map(r -> outcome(planScores, r, birthMonth)),
                    List.copyOf(goalsOf.getOrDefault(id, List.of())),
                    rater.flatMap(r -> planScores.stream().filter(s -> !s.outcome() && s.rater() == r)
                            .max(Comparator.comparingInt(ScoreRow::number)).map(ScoreRow::total)));
        }).toList();
    }

    private static Optional<Rater> evaluatedRater(List<ScoreRow> scores) {
        return scores.stream().filter(ScoreRow::outcome).map(ScoreRow::rater).min(Comparator.naturalOrder());
    }

    private static OutcomeSeries outcome(List<ScoreRow> scores, Rater rater, YearMonth birthMonth) {
        List<ScoreRow> series = scores.stream().filter(s -> s.outcome() && s.rater() == rater)
                .sorted(Comparator.comparingInt(ScoreRow::number)).toList();
        ScoreRow last = series.getLast();
        return new OutcomeSeries(series.getFirst().form(), series.getFirst().total(), last.total(), series.size(),
                ClinicalCutOff.of(last.form(), rater, ChildAge.yearsAt(birthMonth, last.heldOn())));
    }
}
