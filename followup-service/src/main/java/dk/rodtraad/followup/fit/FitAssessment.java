package dk.rodtraad.followup.fit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one entry point of the FIT rules: a plan's scores in, where the plan stands out. Each rater's series is assessed
 * on its own ({@link RaterAssessment}); the plan's colour and trend are the most serious of its raters' latest, and
 * the advice follows the colour.
 *
 * @param colour   the plan's colour now
 * @param trend    the plan's trend now
 * @param sessions the number of the latest session (for "ingen fremgang efter N sessioner")
 * @param raters   each rater's series, in the order child, parent, other adult
 * @param advice   what to consider; empty unless orange or red
 */
public record FitAssessment(FitColour colour, Trend trend, int sessions, List<RaterAssessment> raters,
                            List<AlertAdvice> advice) {

    /** How many red sessions make "repeated red", at which a review offers to notify the authority. */
    public static final int REPEATED_RED = 2;

    public FitAssessment {
        raters = List.copyOf(raters);
        advice = List.copyOf(advice);
    }

    /** Assesses all of a plan's scores, of every rater; no scores give a grey plan that is too early to judge. */
    public static FitAssessment assess(List<SessionScores> scores, ExpectationRule rule) {
        Map<Rater, List<SessionScores>> byRater = scores.stream()
                .collect(Collectors.groupingBy(SessionScores::rater, TreeMap::new, Collectors.toList()));
        List<RaterAssessment> raters = byRater.entrySet().stream()
                .map(entry -> RaterAssessment.of(entry.getKey(), entry.getValue(), rule)).toList();
        FitColour colour = raters.stream().map(RaterAssessment::colour).reduce(FitColour.GREY, FitColour::worst);
        Trend trend = raters.stream().map(RaterAssessment::trend).reduce(Trend.TOO_EARLY, Trend::worst);
        int sessions = scores.stream().mapToInt(SessionScores::sessionNumber).max().orElse(0);
        return new FitAssessment(colour, trend, sessions, raters, AlertAdvice.forColour(colour));
    }

    /** The number of the plan's sessions at which at least one rater's series was red. */
    public long redSessions() {
        return raters.stream().flatMap(r -> r.sessions().stream())
                .filter(s -> s.colour() == FitColour.RED)
                .map(SessionFlags::sessionNumber).distinct().count();
    }

    /** Red at {@value #REPEATED_RED} sessions or more: the review offers the link to notify the authority. */
    public boolean repeatedRed() {
        return redSessions() >= REPEATED_RED;
    }

    /** Whether any rater's latest alliance score is a concern (the advice then starts with the alliance). */
    public boolean allianceConcern() {
        return raters.stream().anyMatch(r -> !r.latest().allianceConcerns().isEmpty());
    }
}
