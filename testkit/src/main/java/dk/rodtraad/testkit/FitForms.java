package dk.rodtraad.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * FIT forms as followup-service's session API takes them ({@code {"form": "cors", "items": [...]}}), built from the
 * total a test or the demo data means: the four items are what a rater marks, the total is what the rules read.
 */
public final class FitForms {

    private static final int ITEMS = 4;

    private FitForms() {
    }

    /** The four items adding up to the total, in tenths as evenly as one decimal allows (22.5 → 5.7 5.6 5.6 5.6). */
    public static List<BigDecimal> items(String total) {
        int tenths = new BigDecimal(total).movePointRight(1).intValueExact();
        var items = new ArrayList<BigDecimal>();
        for (int i = 0; i < ITEMS; i++) {
            items.add(BigDecimal.valueOf(tenths / ITEMS + (i < tenths % ITEMS ? 1 : 0), 1));
        }
        return List.copyOf(items);
    }

    /** A filled-in form, e.g. {@code form("cors", "24.5")}. */
    public static Map<String, Object> form(String form, String total) {
        return Map.of("form", form, "items", items(total));
    }

    /** One rater's forms at a session: the outcome form at its start, the alliance form at its end. */
    public static Map<String, Object> rating(String rater, String outcomeForm, String outcome, String allianceForm,
            String alliance) {
        return Map.of("rater", rater, "outcome", form(outcomeForm, outcome), "alliance", form(allianceForm, alliance));
    }
}
