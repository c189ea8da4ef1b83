package dk.rodtraad.followup.web;

import dk.rodtraad.followup.fit.Expectation;
import dk.rodtraad.followup.fit.ExpectationSource;
import dk.rodtraad.followup.fit.FitColour;
import dk.rodtraad.followup.fit.Trend;
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

    /** The dots keep a contrast of at least 3:1 against the white page (WCAG 1.4.11); the words carry the meaning. */
    public Colour colour(FitColour colour) {
        String swatch = switch (colour) {
            case GREY -> "#747474";
            case GREEN -> "#358000";
            case ORANGE -> "#c35e00";
            case RED -> "#b51d09";
        };
        return new Colour(colour.label(), swatch, colour == FitColour.RED);
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
