package dk.rodtraad.followup.evaluation.web;

import dk.rodtraad.chassis.aggregate.Visibility;
import dk.rodtraad.chassis.web.BarChart;
import dk.rodtraad.followup.evaluation.Figure;
import dk.rodtraad.followup.evaluation.InterventionEvaluation;
import dk.rodtraad.followup.evaluation.InterventionEvaluation.Group;
import dk.rodtraad.followup.evaluation.Measure;
import dk.rodtraad.followup.web.AppMessages;
import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The evaluation as the page shows it: a chart of the share with reliable improvement by intervention, then each
 * intervention's table of the whole and its age groups, and of its intake bands, every cell already in words.
 *
 * @param headings the measures' headings, the tables' columns after the group's name
 */
@TemplateData
public record EvaluationView(List<String> headings, BarChart chart, List<Intervention> interventions) {

    /** One intervention: its name, its whole and age groups as rows, its intake bands as rows. */
    @TemplateData
    public record Intervention(String id, String name, List<Row> byAge, List<Row> byBand) {
    }

    /** A group: its name and a cell per measure. */
    @TemplateData
    public record Row(String group, List<String> cells) {
    }

    /** An intervention's evaluation and its name in the catalogue. */
    record Named(String name, InterventionEvaluation evaluation) {
    }

    static EvaluationView of(List<Named> interventions, EvaluationCells cells, AppMessages msg) {
        List<String> headings = Arrays.stream(Measure.values()).map(measure -> cells.heading(measure, false)).toList();
        BarChart chart = BarChart.of("bedring", msg.evaluation_chart_title(), interventions.stream()
                .map(named -> entry(named, cells)).toList());
        return new EvaluationView(headings, chart, interventions.stream().map(named -> new Intervention(
                named.evaluation().interventionId().toString(), named.name(),
                Stream.concat(Stream.of(named.evaluation().total()), named.evaluation().byAgeGroup().stream())
                        .map(group -> row(group, true, cells)).toList(),
                named.evaluation().byIntakeBand().stream().map(group -> row(group, false, cells)).toList())).toList());
    }

    private static Row row(Group group, boolean byAge, EvaluationCells cells) {
        return new Row(cells.group(group, byAge), group.figures().stream().map(cells::page).toList());
    }

    private static BarChart.Entry entry(Named named, EvaluationCells cells) {
        Figure improvement = named.evaluation().total().figure(Measure.RELIABLE_IMPROVEMENT);
        return new BarChart.Entry(named.name(), improvement.visibility() == Visibility.SHOWN
                ? improvement.value().map(BigDecimal::doubleValue) : Optional.empty(), cells.page(improvement));
    }
}
