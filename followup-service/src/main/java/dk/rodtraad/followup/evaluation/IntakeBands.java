package dk.rodtraad.followup.evaluation;

import dk.rodtraad.followup.evaluation.PlanFacts.OutcomeSeries;
import dk.rodtraad.followup.fit.FitForm;
import dk.rodtraad.followup.fit.IntakeBand;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The intake bands the evaluation reports by: FIT's ({@link IntakeBand}, 5 points wide, per form family, as a CORS
 * total is not an ORS total), every one of them, and a band of its own for the plans without an outcome score, so
 * that the bands together hold every plan. Codes: {@code ors-15-20}, {@code cors-35-40}, {@code uden-maaling}.
 */
final class IntakeBands {

    static final String NOT_MEASURED = "uden-maaling";

    /** Every band's code: ORS's, CORS's, YCORS's, each from the lowest, then the plans without a score. */
    static final List<String> ALL = Stream.concat(Stream.of(FitForm.ORS, FitForm.CORS, FitForm.YCORS)
                    .flatMap(family -> IntStream.rangeClosed(0, 7)
                            .mapToObj(i -> code(new IntakeBand(family, i * IntakeBand.WIDTH)))),
            Stream.of(NOT_MEASURED)).toList();

    private IntakeBands() {
    }

    static String of(Optional<OutcomeSeries> outcome) {
        return outcome.map(series -> code(IntakeBand.of(series.form(), series.intake()))).orElse(NOT_MEASURED);
    }

    private static String code(IntakeBand band) {
        return band.family().code() + "-" + band.from() + "-" + band.to();
    }
}
