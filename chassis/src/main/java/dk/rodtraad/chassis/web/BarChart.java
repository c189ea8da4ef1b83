package dk.rodtraad.chassis.web;

import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart of shares (0 to 100 %), drawn as SVG by the server ({@code tags/soejlediagram.html}), for
 * every service's pages of numbers (network-meeting-service's fidelity view, followup-service's evaluation): no
 * script, no chart library, nothing the Content-Security-Policy forbids (attributes only, no style). Each bar has its
 * label above it and its number beside it; a bar without a number ("for få", "–") has its words instead. The chart is
 * an image to assistive technology with a title and a description that says every number; the same numbers stand in
 * a table beside it.
 *
 * @param id    unique on the page, for the title's and description's ids
 * @param width the drawing's width in its own units; it scales to the page's width
 */
@TemplateData
public record BarChart(String id, String title, String description, List<Bar> bars, int width, int height) {

    /**
     * The drawing's width, the length of a bar of 100 % and where the numbers stand, right of every bar. The drawing
     * scales to its column; narrow, so that its words stay readable on a phone.
     */
    static final int WIDTH = 480;
    static final int BAR_LENGTH = 400;
    static final int VALUE_X = BAR_LENGTH + 6;
    private static final int ROW = 48;
    private static final int LABEL_BASELINE = 16;
    private static final int BAR_TOP = 23;
    static final int BAR_HEIGHT = 16;

    /**
     * One bar, placed.
     *
     * @param drawn  whether it has a number to draw; else only its words stand there
     * @param length the bar's length; 0 without a number
     */
    @TemplateData
    public record Bar(String label, String value, boolean drawn, int length, int labelY, int barY, int valueY) {
    }

    /** What goes into a chart: a label, the share in percent if there is one, and how it reads. */
    public record Entry(String label, Optional<Double> percent, String value) {
    }

    public static BarChart of(String id, String title, List<Entry> entries) {
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int top = i * ROW;
            int length = entry.percent().map(p -> (int) Math.round(Math.max(0, Math.min(100, p)) * BAR_LENGTH / 100))
                    .orElse(0);
            bars.add(new Bar(entry.label(), entry.value(), entry.percent().isPresent(), length, top + LABEL_BASELINE,
                    top + BAR_TOP, top + BAR_TOP + BAR_HEIGHT - 3));
        }
        String description = title + ": " + entries.stream().map(entry -> entry.label() + " " + entry.value())
                .collect(Collectors.joining("; ")) + ".";
        return new BarChart(id, title, description, List.copyOf(bars), WIDTH, Math.max(ROW, entries.size() * ROW));
    }

    /** The length of a bar of 100 %, for the track behind each bar. */
    public int track() {
        return BAR_LENGTH;
    }

    public int valueX() {
        return VALUE_X;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }
}
