package dk.rodtraad.followup.fit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One rater's series assessed session by session: the intake (their first outcome total), the flags of every session,
 * and where the series stands now (the latest session's colour and the trend).
 *
 * @param intakeForm the outcome form of the intake, which fixes the intake band
 * @param sessions   in session order
 */
public record RaterAssessment(Rater rater, FitForm intakeForm, BigDecimal intake, List<SessionFlags> sessions,
                              FitColour colour, Trend trend) {

    public RaterAssessment {
        sessions = List.copyOf(sessions);
    }

    /** Assesses one rater's sessions (any order; one per session number). */
    static RaterAssessment of(Rater rater, List<SessionScores> scores, ExpectationRule rule) {
        List<SessionScores> ordered = scores.stream().sorted(Comparator.comparingInt(SessionScores::sessionNumber))
                .toList();
        SessionScores first = ordered.getFirst();
        BigDecimal intake = first.outcome().score().total();
        var flags = new ArrayList<SessionFlags>();
        Optional<BigDecimal> previousAlliance = Optional.empty();
        for (int i = 0; i < ordered.size(); i++) {
            SessionScores session = ordered.get(i);
            if (i > 0 && session.sessionNumber() == ordered.get(i - 1).sessionNumber()) {
                throw new IllegalArgumentException(rater + " has two scores for session " + session.sessionNumber());
            }
            Optional<BigDecimal> alliance = session.alliance().map(a -> a.score().total());
            Set<AllianceConcern> concerns = alliance.isPresent()
                    ? AllianceCheck.concerns(alliance.get(), previousAlliance) : Set.of();
            flags.add(flagsOf(session, i == 0, intake, first.outcome().form(), alliance, concerns, rule));
            if (alliance.isPresent()) {
                previousAlliance = alliance;
            }
        }
        SessionFlags latest = flags.getLast();
        Trend trend = flags.size() < 2 ? Trend.TOO_EARLY : Trend.between(intake, latest.total());
        return new RaterAssessment(rater, first.outcome().form(), intake, flags, latest.colour(), trend);
    }

    private static SessionFlags flagsOf(SessionScores session, boolean isIntake, BigDecimal intake, FitForm intakeForm,
                                        Optional<BigDecimal> alliance, Set<AllianceConcern> concerns,
                                        ExpectationRule rule) {
        BigDecimal total = session.outcome().score().total();
        Optional<BigDecimal> cutOff = ClinicalCutOff.of(session.outcome().form(), session.rater(),
                session.childAgeYears());
        boolean improvement = ReliableChange.isImprovement(intake, total);
        boolean deterioration = ReliableChange.isDeterioration(intake, total);
        Expectation expectation = rule.at(intakeForm, intake, session.sessionNumber());
        FitColour colour;
        if (isIntake) {
            colour = FitColour.GREY;
        } else if (deterioration || !concerns.isEmpty() || total.compareTo(expectation.lowerBound()) < 0) {
            colour = FitColour.RED;
        } else if (total.compareTo(expectation.expected()) >= 0) {
            colour = FitColour.GREEN;
        } else {
            colour = FitColour.ORANGE;
        }
        return new SessionFlags(session.sessionNumber(), session.date(), total, alliance, cutOff,
                cutOff.map(c -> total.compareTo(c) >= 0).orElse(false), improvement, deterioration, concerns,
                expectation, colour);
    }

    /** The expected progress at the latest session, and the rule that gave it. */
    public Expectation expectation() {
        return sessions.getLast().expectation();
    }

    /** The latest session's flags. */
    public SessionFlags latest() {
        return sessions.getLast();
    }
}
