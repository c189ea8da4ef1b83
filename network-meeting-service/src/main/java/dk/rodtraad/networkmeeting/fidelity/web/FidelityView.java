package dk.rodtraad.networkmeeting.fidelity.web;

import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.chassis.web.BarChart;
import dk.rodtraad.networkmeeting.fidelity.FidelityReport;
import dk.rodtraad.networkmeeting.fidelity.FidelityReport.Group;
import dk.rodtraad.networkmeeting.web.AppMessages;
import io.quarkus.qute.TemplateData;

import java.util.List;

/**
 * A fidelity report as the page shows it: the municipality's numbers as a list beside its chart, the districts and
 * the units as tables, every cell already in words.
 *
 * @param period        which courses the numbers are of, in a sentence
 * @param headings      the measures' headings, the tables' columns after the group's name
 * @param municipality  each measure's heading and the municipality's number
 * @param shareChart    the municipality's shares
 * @param districtChart the share of first meetings within 24 hours, by district
 */
@TemplateData
public record FidelityView(String period, List<String> headings, List<Cell> municipality, List<Row> districts,
        List<Row> units, BarChart shareChart, BarChart districtChart) {

    /** A measure and its number. */
    @TemplateData
    public record Cell(String heading, String value) {
    }

    /** A group: its district, its unit (null in the districts' table) and its numbers in the columns' order. */
    @TemplateData
    public record Row(String district, String unit, List<String> cells) {
    }

    static FidelityView of(FidelityReport report, FidelityColumns columns, AppMessages msg) {
        var municipality = report.municipality();
        String period = msg.fidelity_period(DanishDates.date(report.period().from().firstDay()),
                DanishDates.date(report.period().to().lastDay()));
        return new FidelityView(period, columns.all().stream().map(FidelityColumns.Column::heading).toList(),
                columns.all().stream().map(column -> new Cell(column.heading(), columns.pageCell(municipality, column)))
                        .toList(),
                report.districts().stream().map(group -> row(group, null, columns)).toList(),
                report.units().stream().map(group -> row(group, columns.name(group.unit()), columns)).toList(),
                BarChart.of("andele", msg.fidelity_chart_shares(), columns.shares().stream()
                        .map(column -> entry(column.heading(), municipality, column, columns)).toList()),
                BarChart.of("distrikter", msg.fidelity_chart_districts(), report.districts().stream()
                        .map(group -> entry(columns.name(group.district()), group, columns.within24Hours(), columns))
                        .toList()));
    }

    private static Row row(Group group, String unit, FidelityColumns columns) {
        return new Row(columns.name(group.district()), unit,
                columns.all().stream().map(column -> columns.pageCell(group, column)).toList());
    }

    private static BarChart.Entry entry(String label, Group group, FidelityColumns.Column column,
            FidelityColumns columns) {
        return new BarChart.Entry(label, group.measures().flatMap(column.value()), columns.pageCell(group, column));
    }
}
