package dk.rodtraad.networkmeeting.fidelity.web;

import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.networkmeeting.fidelity.FidelityPeriod;
import dk.rodtraad.networkmeeting.fidelity.Quarter;
import dk.rodtraad.networkmeeting.web.AppMessages;
import io.quarkus.qute.TemplateData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.stream.IntStream;

/**
 * The period a leader asks for, by the page's form or the CSV's address: {@code fra} and {@code til}, each a quarter
 * by its code ({@code 2026-K1}); either left out is the year up to this quarter. A period may not end after this
 * quarter, nor before it begins.
 *
 * @param period the period asked for; empty when {@code errors} says what is wrong
 */
@TemplateData
public record PeriodChoice(String from, String to, Optional<FidelityPeriod> period, FormErrors errors, List<Option> fromOptions,
        List<Option> toOptions) {

    /** How many quarters back the form offers: three years. */
    private static final int OFFERED = 12;

    static PeriodChoice of(String fra, String til, Quarter current, AppMessages msg) {
        FidelityPeriod standard = FidelityPeriod.yearUpTo(current);
        var errors = new FormErrors();
        Optional<Quarter> from = quarter("fra", fra, standard.from(), current, errors, msg);
        Optional<Quarter> to = quarter("til", til, standard.to(), current, errors, msg);
        if (from.isPresent() && to.isPresent() && from.get().compareTo(to.get()) > 0) {
            errors.add("til", msg.fidelity_error_order());
        }
        Optional<FidelityPeriod> period = errors.isEmpty()
                ? Optional.of(new FidelityPeriod(from.orElseThrow(), to.orElseThrow())) : Optional.empty();
        String fromCode = from.map(Quarter::code).orElse(fra);
        String toCode = to.map(Quarter::code).orElse(til);
        Quarter earliest = from.filter(q -> q.compareTo(current.plus(1 - OFFERED)) < 0).orElse(current.plus(1 - OFFERED));
        return new PeriodChoice(fromCode, toCode, period, errors, options(earliest, current, fromCode, msg),
                options(earliest, current, toCode, msg));
    }

    private static Optional<Quarter> quarter(String field, String code, Quarter standard, Quarter current,
            FormErrors errors, AppMessages msg) {
        if (code == null || code.isBlank()) {
            return Optional.of(standard);
        }
        Optional<Quarter> quarter = Quarter.parse(code);
        if (quarter.isEmpty()) {
            errors.add(field, msg.fidelity_error_quarter());
        } else if (quarter.get().compareTo(current) > 0) {
            errors.add(field, msg.fidelity_error_future());
            return Optional.empty();
        }
        return quarter;
    }

    /** The form's labels of its fields, for the error summary. */
    SequencedMap<String, String> labels(AppMessages msg) {
        var labels = new LinkedHashMap<String, String>();
        labels.put("fra", msg.fidelity_from());
        labels.put("til", msg.fidelity_to());
        return labels;
    }

    /** The quarters the form offers, the newest first. */
    private static List<Option> options(Quarter earliest, Quarter current, String chosen, AppMessages msg) {
        return IntStream.range(0, quarters(earliest, current)).mapToObj(i -> current.plus(-i))
                .map(q -> new Option(q.code(), label(q, msg), q.code().equals(chosen))).toList();
    }

    private static int quarters(Quarter from, Quarter to) {
        return (to.year() - from.year()) * 4 + to.number() - from.number() + 1;
    }

    static String label(Quarter quarter, AppMessages msg) {
        return msg.fidelity_quarter(quarter.number(), quarter.year());
    }
}
