package dk.rodtraad.followup.fit;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The clinical cut-off (klinisk grænse) of an outcome form: a total below it is in the range of people who seek help,
 * at or above it in the range of those who do not. ORS 25 for adult raters, 28 for a young person's own rating at
 * 13–17, CORS 32 (figures and sources: {@link PublishedFigures}). YCORS has no published cut-off, so none is drawn or
 * used; an alliance form has none either.
 */
public final class ClinicalCutOff {

    private ClinicalCutOff() {
    }

    public static Optional<BigDecimal> of(FitForm form, Rater rater, int childAgeYears) {
        return switch (form) {
            case ORS -> Optional.of(rater == Rater.CHILD && childAgeYears < 18
                    ? PublishedFigures.ORS_CUT_OFF_YOUNG_PERSON
                    : PublishedFigures.ORS_CUT_OFF_ADULT);
            case CORS -> Optional.of(PublishedFigures.CORS_CUT_OFF);
            case YCORS, SRS, CSRS, YCSRS -> Optional.empty();
        };
    }
}
