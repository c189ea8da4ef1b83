package dk.rodtraad.followup.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.aggregate.Suppression;
import dk.rodtraad.chassis.aggregate.Visibility;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.followup.InterventionResultsV1;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * Publishes each intervention's results ({@code intervention-results.v1} on {@code rodtraad.followup.results}) when
 * they have changed since it last did. It runs on a schedule ({@code rodtraad.evaluation.publish-every}, hourly by
 * default) rather than on each plan's end: the figures move with every session, goal evaluation and end, of any plan,
 * and a grouped figure may appear or vanish when another group's plans change (suppression). Recomputing the whole
 * from the tables and sending only what differs catches every cause in one place, costs one evaluation an hour, and
 * keeps the plans' own transactions free of it. What was last sent is kept as a fingerprint per intervention
 * ({@code published_results}), written in the same transaction as the outbox row.
 */
@ApplicationScoped
public class ResultsPublisher {

    private static final Logger LOG = Logger.getLogger(ResultsPublisher.class);

    private static final String LAST_SENT = "select fingerprint from published_results where intervention_id = :id";
    private static final String REMEMBER = """
            insert into published_results (intervention_id, fingerprint, published_at) values (:id, :fingerprint, :at)
            on conflict (intervention_id) do update set fingerprint = excluded.fingerprint,
                                                        published_at = excluded.published_at""";

    private final EvaluationFacts facts;
    private final Outbox outbox;
    private final StoredTime time;
    private final ObjectMapper json;

    public ResultsPublisher(EvaluationFacts facts, Outbox outbox, StoredTime time, ObjectMapper json) {
        this.facts = facts;
        this.outbox = outbox;
        this.time = time;
        this.json = json;
    }

    @Scheduled(every = "${rodtraad.evaluation.publish-every:1h}", delayed = "${rodtraad.evaluation.publish-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return publishChanged().onFailure().invoke(e -> LOG.warnf("Intervention results will be published later: %s",
                e.getMessage())).onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Publishes the results of every intervention whose results differ from those last sent; how many it sent. */
    public Uni<Integer> publishChanged() {
        return Panache.withTransaction(() -> facts.plans().map(Evaluation::of).chain(evaluations -> {
            Uni<Integer> sent = Uni.createFrom().item(0);
            for (InterventionEvaluation evaluation : evaluations) {
                sent = sent.chain(count -> publishIfChanged(evaluation).map(published -> published ? count + 1 : count));
            }
            return sent;
        }));
    }

    private Uni<Boolean> publishIfChanged(InterventionEvaluation evaluation) {
        InterventionResultsV1 unstamped = payload(evaluation, null);
        String fingerprint = fingerprint(unstamped);
        return Panache.getSession().chain(session -> session.createNativeQuery(LAST_SENT, String.class)
                .setParameter("id", evaluation.interventionId()).getResultList()
                .chain(last -> {
                    if (last.contains(fingerprint)) {
                        return Uni.createFrom().item(false);
                    }
                    var now = time.now();
                    return outbox.publish(EventType.INTERVENTION_RESULTS_V1, evaluation.interventionId(),
                                    payload(evaluation, now))
                            .chain(() -> session.createNativeQuery(REMEMBER).setParameter("id", evaluation.interventionId())
                                    .setParameter("fingerprint", fingerprint)
                                    .setParameter("at", now.atOffset(ZoneOffset.UTC)).executeUpdate())
                            .replaceWith(true);
                }));
    }

    static InterventionResultsV1 payload(InterventionEvaluation evaluation, Instant computedAt) {
        return new InterventionResultsV1(evaluation.interventionId(), computedAt, Suppression.MINIMUM,
                group(evaluation.total()), evaluation.byIntakeBand().stream().map(ResultsPublisher::group).toList(),
                evaluation.byAgeGroup().stream().map(ResultsPublisher::group).toList());
    }

    private static InterventionResultsV1.Group group(InterventionEvaluation.Group group) {
        return new InterventionResultsV1.Group(group.code(), group.figures().stream().map(figure ->
                figure.visibility() == Visibility.SHOWN
                        ? new InterventionResultsV1.Figure(figure.measure().code(), "vist", figure.children(),
                                figure.value().orElse(null))
                        : new InterventionResultsV1.Figure(figure.measure().code(), visibility(figure.visibility()),
                                null, null)).toList());
    }

    private static String visibility(Visibility visibility) {
        return visibility == Visibility.TOO_FEW ? "for-faa" : "skjult";
    }

    private String fingerprint(InterventionResultsV1 unstamped) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(unstamped).getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the results of " + unstamped.interventionId(), e);
        }
    }
}
