package dk.rodtraad.followup.web;

import dk.rodtraad.followup.fit.Expectation;
import dk.rodtraad.followup.fit.ExpectationSource;
import dk.rodtraad.followup.fit.FitColour;
import dk.rodtraad.followup.fit.Trend;
import dk.rodtraad.followup.fit.chart.FitChart;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the pages say about FIT beyond the code lists' labels (codes.properties): the colour with its dot, the trend
 * with the number of sessions, and the rule the expectation came from.
 */
@ApplicationScoped
public class FitWords {

    /** A colour as the pages show it: its words, and the dot's colour beside them ({@code tags/fitfarve.html}). */
    @TemplateData
    public record Colour(String label, String swatch, boolean red) {
    }

    private final AppMessages msg;

    public FitWords(AppMessages msg) {
        this.msg = msg;
    }

    /** The dot has the chart's colour; the words carry the meaning. */
    public Colour colour(FitColour colour) {
        return new Colour(colour.label(), FitChart.fill(colour), colour == FitColour.RED);
    }

    /** "Ingen fremgang efter 4 sessioner", as the timeline says it; the other trends by their labels. */
    public String trend(Trend trend, int sessions) {
        return trend == Trend.NO_PROGRESS ? msg.trend_no_progress(sessions) : trend.label();
    }

    public String rule(Expectation expectation) {
        return expectation.source() == ExpectationSource.DERIVED ? msg.rule_derived(expectation.plans())
                : msg.rule_default();
    }
}
