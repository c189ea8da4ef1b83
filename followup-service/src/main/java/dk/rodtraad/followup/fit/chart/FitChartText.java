package dk.rodtraad.followup.fit.chart;

import dk.rodtraad.followup.fit.RaterAssessment;
import dk.rodtraad.followup.fit.SessionFlags;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words of a {@link FitChart} for those who do not see it: its title and a description that says every number the
 * chart draws (the cut-off, the intake's band of reliable change, each session's totals and colour), in Danish.
 */
final class FitChartText {

    private FitChartText() {
    }

    static String title(RaterAssessment series) {
        return "FIT over sessionerne: " + series.rater().label();
    }

    static String description(RaterAssessment series) {
        var words = new StringBuilder("Trivsel på " + series.intakeForm().name() + " fra 0 til 40. ");
        series.latest().cutOff().ifPresentOrElse(
                cutOff -> words.append("Klinisk grænse ").append(FitChart.number(cutOff)).append(". "),
                () -> words.append("Ingen klinisk grænse for dette skema. "));
        words.append("Første måling ").append(FitChart.number(series.intake()))
                .append("; pålidelig forandring er 5 point op eller ned fra den. ")
                .append(series.sessions().stream().map(FitChartText::session).collect(Collectors.joining("; ")))
                .append(". Samarbejdet bekymrer ved 36 eller lavere eller et fald fra sidst.");
        return words.toString();
    }

    private static String session(SessionFlags session) {
        return "Session " + session.sessionNumber() + ": trivsel " + FitChart.number(session.total())
                + session.allianceTotal().map(a -> ", samarbejde " + FitChart.number(a)).orElse("")
                + ", " + session.colour().label().toLowerCase(Locale.ROOT);
    }
}
