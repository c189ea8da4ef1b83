package dk.rodtraad.chassis.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class BarChartTest {

    @Test
    void aBarIsAsLongAsItsShareAndOneWithoutANumberIsNotDrawn() {
        var chart = BarChart.of("x", "Efter distrikt", List.of(
                new BarChart.Entry("Nord", Optional.of(50.0), "50 %"),
                new BarChart.Entry("Syd", Optional.of(100.0), "100 %"),
                new BarChart.Entry("Vest", Optional.empty(), "for få")));
        assertEquals(List.of(BarChart.BAR_LENGTH / 2, BarChart.BAR_LENGTH, 0),
                chart.bars().stream().map(BarChart.Bar::length).toList());
        assertFalse(chart.bars().get(2).drawn());
        assertEquals("Efter distrikt: Nord 50 %; Syd 100 %; Vest for få.", chart.description(),
                "the description says every number, for a screen reader");
    }

    @Test
    void theBarsStandOneBelowTheOtherAndTheDrawingFitsThem() {
        var chart = BarChart.of("x", "T", List.of(new BarChart.Entry("A", Optional.of(0.0), "0 %"),
                new BarChart.Entry("B", Optional.of(10.0), "10 %")));
        var first = chart.bars().get(0);
        var second = chart.bars().get(1);
        assertEquals(second.barY() - first.barY(), second.labelY() - first.labelY());
        assertEquals(true, second.labelY() > first.barY() + chart.barHeight(), "a label stands below the bar above it");
        assertEquals(true, chart.height() >= second.barY() + chart.barHeight());
        assertEquals(true, chart.valueX() > BarChart.BAR_LENGTH, "the numbers stand right of the longest bar");
    }
}
