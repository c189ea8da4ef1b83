package dk.rodtraad.followup.fit.chart;

import dk.rodtraad.followup.fit.FitColour;
import dk.rodtraad.followup.fit.RaterAssessment;
import dk.rodtraad.followup.fit.ReliableChange;
import dk.rodtraad.followup.fit.SessionFlags;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One rater's FIT series as an SVG chart, drawn by the server: the outcome totals over the sessions (0–40) with the
 * clinical cut-off (klinisk grænse) as a dashed line and the band of reliable change (±5 from the intake) behind them,
 * each point in the session's colour; beneath it the alliance totals with the line at 36. No script, no style
 * attributes (the Content-Security-Policy), presentation attributes only. To assistive technology it is one image
 * ({@code role="img"}) with a {@code <title>} and a {@code <desc>} that says every number; the page shows the same
 * numbers in a table beside it. A record in ({@link RaterAssessment}), a string out.
 */
public final class FitChart {

    static final int WIDTH = 640;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int OUTCOME_TOP = 32;
    private static final int OUTCOME_HEIGHT = 240;
    private static final int ALLIANCE_TOP = OUTCOME_TOP + OUTCOME_HEIGHT + 72;
    private static final int ALLIANCE_HEIGHT = 120;
    static final int HEIGHT = ALLIANCE_TOP + ALLIANCE_HEIGHT + 40;
    private static final int MAX_TOTAL = 40;
    /** Room for at least six sessions, so that the first points do not stretch over the whole width. */
    private static final int MIN_COLUMNS = 6;
    private static final BigDecimal ALLIANCE_LINE = new BigDecimal("36");

    /** Colours with at least 3:1 contrast to white (WCAG 1.4.11); the table beside says the colour in words. */
    private static final String INK = "#1a1a1a";
    private static final String CUT_OFF = "#0059b3";
    private static final String BAND = "#e3eef9";

    private FitChart() {
    }

    /** The chart of one rater's series: an {@code <svg>} element as a string, ready to put into a page. */
    public static String svg(RaterAssessment series) {
        String id = "fit-" + series.rater().name().toLowerCase(Locale.ROOT).replace('_', '-');
        int columns = Math.max(MIN_COLUMNS, series.latest().sessionNumber());
        var svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" width=\"100%\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(xml(FitChartText.title(series)))
                .append("</title><desc id=\"").append(id).append("-desc\">")
                .append(xml(FitChartText.description(series))).append("</desc>");
        outcome(svg, series, columns);
        alliance(svg, series, columns);
        return svg.append("</svg>").toString();
    }

    private static void outcome(StringBuilder svg, RaterAssessment series, int columns) {
        heading(svg, OUTCOME_TOP - 12, "Trivsel (" + series.intakeForm().name() + "), 0-40");
        BigDecimal low = series.intake().subtract(ReliableChange.POINTS).max(BigDecimal.ZERO);
        BigDecimal high = series.intake().add(ReliableChange.POINTS).min(BigDecimal.valueOf(MAX_TOTAL));
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y(high, OUTCOME_TOP, OUTCOME_HEIGHT))
                .append("\" width=\"").append(WIDTH - LEFT - RIGHT).append("\" height=\"")
                .append(y(low, OUTCOME_TOP, OUTCOME_HEIGHT) - y(high, OUTCOME_TOP, OUTCOME_HEIGHT))
                .append("\" fill=\"").append(BAND).append("\"/>");
        frame(svg, OUTCOME_TOP, OUTCOME_HEIGHT, columns, series);
        svg.append(text(LEFT + 6, y(low, OUTCOME_TOP, OUTCOME_HEIGHT) - 6, "start", INK,
                "Pålidelig forandring: ±5 fra første måling"));
        Optional<BigDecimal> cutOff = series.latest().cutOff();
        cutOff.ifPresent(line -> {
            int y = y(line, OUTCOME_TOP, OUTCOME_HEIGHT);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(y).append("\" y2=\"").append(y).append("\" stroke=\"").append(CUT_OFF)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"8 4\"/>")
                    .append(text(WIDTH - RIGHT - 4, y - 6, "end", CUT_OFF, "Klinisk grænse " + number(line)));
        });
        List<Point> points = series.sessions().stream()
                .map(s -> new Point(x(s.sessionNumber(), columns), y(s.total(), OUTCOME_TOP, OUTCOME_HEIGHT),
                        s.colour()))
                .toList();
        line(svg, points);
        for (Point point : points) {
            svg.append("<circle cx=\"").append(point.x()).append("\" cy=\"").append(point.y())
                    .append("\" r=\"6\" fill=\"").append(fill(point.colour())).append("\" stroke=\"").append(INK)
                    .append("\"/>");
        }
    }

    private static void alliance(StringBuilder svg, RaterAssessment series, int columns) {
        heading(svg, ALLIANCE_TOP - 12, "Samarbejde (alliance), 0-40");
        frame(svg, ALLIANCE_TOP, ALLIANCE_HEIGHT, columns, series);
        int y = y(ALLIANCE_LINE, ALLIANCE_TOP, ALLIANCE_HEIGHT);
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y)
                .append("\" y2=\"").append(y).append("\" stroke=\"").append(CUT_OFF)
                .append("\" stroke-width=\"1\" stroke-dasharray=\"4 4\"/>")
                .append(text(WIDTH - RIGHT - 4, y + 14, "end", CUT_OFF, "36"));
        List<Point> points = series.sessions().stream().filter(s -> s.allianceTotal().isPresent())
                .map(s -> new Point(x(s.sessionNumber(), columns),
                        y(s.allianceTotal().get(), ALLIANCE_TOP, ALLIANCE_HEIGHT),
                        s.allianceConcerns().isEmpty() ? FitColour.GREEN : FitColour.RED))
                .toList();
        line(svg, points);
        for (Point point : points) {
            svg.append("<rect x=\"").append(point.x() - 5).append("\" y=\"").append(point.y() - 5)
                    .append("\" width=\"10\" height=\"10\" fill=\"").append(fill(point.colour()))
                    .append("\" stroke=\"").append(INK).append("\"/>");
        }
    }

    /** The axes of a panel: 0, 20 and 40 on the left, the session numbers beneath. */
    private static void frame(StringBuilder svg, int top, int height, int columns, RaterAssessment series) {
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(top).append("\" width=\"")
                .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(height)
                .append("\" fill=\"none\" stroke=\"").append(INK).append("\"/>");
        for (int total = 0; total <= MAX_TOTAL; total += 20) {
            svg.append(text(LEFT - 6, y(BigDecimal.valueOf(total), top, height) + 4, "end", INK,
                    String.valueOf(total)));
        }
        for (SessionFlags session : series.sessions()) {
            svg.append(text(x(session.sessionNumber(), columns), top + height + 16, "middle", INK,
                    String.valueOf(session.sessionNumber())));
        }
    }

    private static void heading(StringBuilder svg, int y, String words) {
        svg.append(text(LEFT, y, "start", INK, words));
    }

    private static void line(StringBuilder svg, List<Point> points) {
        if (points.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"2\" points=\"")
                    .append(points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" ")))
                    .append("\"/>");
        }
    }

    private static String text(int x, int y, String anchor, String colour, String words) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" fill=\"" + colour
                + "\" font-size=\"13\" font-family=\"IBM Plex Sans, Arial, sans-serif\">" + xml(words) + "</text>";
    }

    private static int x(int sessionNumber, int columns) {
        double column = (double) (WIDTH - LEFT - RIGHT) / columns;
        return (int) Math.round(LEFT + (sessionNumber - 0.5) * column);
    }

    private static int y(BigDecimal total, int top, int height) {
        return (int) Math.round(top + height - total.doubleValue() * height / MAX_TOTAL);
    }

    private static String fill(FitColour colour) {
        return switch (colour) {
            case GREY -> "#6b6b6b";
            case GREEN -> "#2e7d32";
            case ORANGE -> "#b35900";
            case RED -> "#c62828";
        };
    }

    static String number(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private record Point(int x, int y, FitColour colour) {
    }
}
