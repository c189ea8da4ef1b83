package dk.rodtraad.catalogue.results.web;

import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.contracts.followup.InterventionResultsV1;
import dk.rodtraad.contracts.followup.InterventionResultsV1.Figure;
import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * An intervention's own results on its staff page, in words: a row for all its children and one per age group, a
 * column per measure in the event's order, each cell the number and how many children it is of ("60 % af 5"), or
 * "for få" / "skjult" where followup-service sent no number.
 *
 * @param computed when followup-service computed them, in Danish
 */
@TemplateData
public record ResultsTable(String computed, List<String> headings, List<Row> rows) {

    /** A group: its name and a cell per measure. */
    @TemplateData
    public record Row(String group, List<String> cells) {
    }

    private static final Locale DANISH = Locale.of("da");

    public static ResultsTable of(InterventionResultsV1 results, AppMessages msg) {
        List<String> headings = results.total().figures().stream().map(figure -> heading(figure.measure(), msg))
                .toList();
        List<Row> rows = Stream.concat(Stream.of(results.total()), results.byAgeGroup().stream())
                .map(group -> new Row(group(group.group(), msg),
                        group.figures().stream().map(figure -> cell(figure, msg)).toList()))
                .toList();
        return new ResultsTable(DanishDates.dateTime(results.computedAt()), headings, rows);
    }

    private static String group(String code, AppMessages msg) {
        if (code.equals("i-alt")) {
            return msg.own_results_total();
        }
        String[] ages = code.split("-");
        return msg.own_results_age(ages[0], ages[1]);
    }

    private static String cell(Figure figure, AppMessages msg) {
        return switch (figure.visibility()) {
            case "vist" -> figure.value() == null ? msg.own_results_nothing() : shown(figure, msg);
            case "skjult" -> msg.own_results_hidden();
            default -> msg.own_results_too_few();
        };
    }

    private static String shown(Figure figure, AppMessages msg) {
        return switch (figure.measure()) {
            case "planer-startet" -> String.format(DANISH, "%.0f", figure.value());
            case "gennemsnitlig-forandring", "alliance" -> msg.own_results_of(decimal(figure.value()), figure.children());
            default -> msg.own_results_of(String.format(DANISH, "%.0f\u00a0%%", figure.value()), figure.children());
        };
    }

    private static String decimal(BigDecimal value) {
        return String.format(DANISH, "%.1f", value);
    }

    private static String heading(String measure, AppMessages msg) {
        return switch (measure) {
            case "planer-startet" -> msg.own_results_plans_started();
            case "gennemfoert" -> msg.own_results_completed();
            case "paalidelig-bedring" -> msg.own_results_reliable_improvement();
            case "over-klinisk-graense" -> msg.own_results_above_cut_off();
            case "gennemsnitlig-forandring" -> msg.own_results_mean_change();
            case "maal-naaet" -> msg.own_results_goals_reached();
            case "maal-delvist" -> msg.own_results_goals_partly();
            case "alliance" -> msg.own_results_alliance();
            // A measure added by a later minor version: shown by its code until this service learns its name.
            default -> measure;
        };
    }
}
