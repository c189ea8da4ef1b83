package dk.rodtraad.followup.fit.chart;

/** The one-page summary of a plan as a PDF, to use with the family. */
public final class PlanSummaryPdf {

    private PlanSummaryPdf() {
    }

    /** The PDF's bytes. */
    public static byte[] of(PlanSummary summary) {
        throw new UnsupportedOperationException("coming in the next commit on fu-rules");
    }
}
