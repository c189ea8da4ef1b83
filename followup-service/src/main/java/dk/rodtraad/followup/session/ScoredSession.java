package dk.rodtraad.followup.session;

import dk.rodtraad.followup.fit.Rater;
import dk.rodtraad.followup.fit.Rating;
import dk.rodtraad.followup.fit.SessionScores;
import dk.rodtraad.followup.plan.Plan;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** A session with its rows of scores, as stored; and the same as the FIT rules read it. */
public record ScoredSession(Session session, List<SessionScore> scores) {

    /** The rater's score of the kind at this session, or null when they filled in no such form. */
    SessionScore score(Rater rater, ScoreKind kind) {
        return scores.stream().filter(s -> s.rater == rater && s.kind == kind).findFirst().orElse(null);
    }

    /** The session's scores as the FIT rules read them: one per rater, the child's age on the session's day. */
    List<SessionScores> forFit(Plan plan) {
        int age = plan.childAgeOn(session.heldOn);
        return scores.stream().filter(s -> s.kind == ScoreKind.OUTCOME).map(outcome -> new SessionScores(
                        session.number, session.heldOn, outcome.rater, age, new Rating(outcome.form, outcome.score()),
                        Optional.ofNullable(score(outcome.rater, ScoreKind.ALLIANCE))
                                .map(alliance -> new Rating(alliance.form, alliance.score()))))
                .toList();
    }

    /** A plan's sessions with their scores, first session first. Call in a session. */
    public static Uni<List<ScoredSession>> of(UUID planId) {
        return Session.<Session>list("planId = ?1 order by number", planId).chain(sessions -> sessions.isEmpty()
                ? Uni.createFrom().item(List.<ScoredSession>of())
                : SessionScore.<SessionScore>list("sessionId in ?1", sessions.stream().map(s -> s.id).toList())
                        .map(scores -> {
                            var bySession = scores.stream().collect(Collectors.groupingBy(score -> score.sessionId));
                            return sessions.stream().map(session -> new ScoredSession(session,
                                    bySession.getOrDefault(session.id, List.of()))).toList();
                        }));
    }

    /** All of a plan's scores as the FIT rules read them. */
    public static List<SessionScores> forFit(Plan plan, List<ScoredSession> sessions) {
        return sessions.stream().flatMap(scored -> scored.forFit(plan).stream()).toList();
    }

    public SessionView view() {
        return SessionView.of(this);
    }
}
