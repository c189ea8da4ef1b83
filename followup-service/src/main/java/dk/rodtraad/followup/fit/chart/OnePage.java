package dk.rodtraad.followup.fit.chart;

import dk.rodtraad.chassis.pdf.PdfText;
import dk.rodtraad.followup.fit.FitColour;
import dk.rodtraad.followup.fit.RaterAssessment;
import dk.rodtraad.followup.fit.ReliableChange;
import dk.rodtraad.followup.fit.SessionFlags;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * One A4 page written top to bottom (Helvetica: its WinAnsi encoding holds æ, ø and å), that never runs onto a second:
 * the first block that does not fit is replaced by a line pointing to the plan's page, and nothing follows it.
 */
final class OnePage implements AutoCloseable {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float SIZE = 10;
    private static final float LEADING = SIZE * 1.35f;
    /** Kept free at the bottom: the line saying the page is full, and the footer's two small lines under it. */
    private static final float FOOTER = 3 * LEADING;
    private static final float GRAPH_HEIGHT = 80;
    private static final int MAX_TOTAL = 40;
    private static final String FULL = "Resten står på planens side i Rød Tråd.";

    private final PDPageContentStream content;
    private float y = PDRectangle.A4.getHeight() - MARGIN;
    /** How far down the text may go: above the footer, until the footer itself is written. */
    private float floor = MARGIN + FOOTER;
    private boolean full;

    OnePage(PDDocument document) throws IOException {
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
    }

    void heading(float size, String text) throws IOException {
        y -= size * 0.6f;
        write(BOLD, size, text);
    }

    /** A little space between blocks. */
    void gap() {
        y -= LEADING / 2;
    }

    void bold(String text) throws IOException {
        write(BOLD, SIZE, text);
    }

    void text(String text) throws IOException {
        write(REGULAR, SIZE, text);
    }

    /** Whether about {@code lines} lines still fit; if not, says where the rest is, once, and the page is full. */
    boolean room(int lines) throws IOException {
        return room(lines * LEADING);
    }

    boolean roomForGraph() throws IOException {
        return room(GRAPH_HEIGHT + 3 * LEADING);
    }

    /**
     * A small graph of a series: the band of reliable change around the intake, the cut-off as a dashed line, the
     * totals as a line with a dot per session in its colour.
     */
    void graph(RaterAssessment series) throws IOException {
        float top = y - 4;
        float bottom = top - GRAPH_HEIGHT;
        int columns = Math.max(6, series.latest().sessionNumber());
        float column = WIDTH / columns;
        BigDecimal low = series.intake().subtract(ReliableChange.POINTS).max(BigDecimal.ZERO);
        BigDecimal high = series.intake().add(ReliableChange.POINTS).min(BigDecimal.valueOf(MAX_TOTAL));
        content.setNonStrokingColor(new Color(0xe3, 0xee, 0xf9));
        content.addRect(MARGIN, at(low, bottom), WIDTH, at(high, bottom) - at(low, bottom));
        content.fill();
        content.setStrokingColor(Color.DARK_GRAY);
        content.addRect(MARGIN, bottom, WIDTH, GRAPH_HEIGHT);
        content.stroke();
        var cutOff = series.latest().cutOff();
        if (cutOff.isPresent()) {
            content.setStrokingColor(new Color(0x00, 0x59, 0xb3));
            content.setLineDashPattern(new float[] {4, 2}, 0);
            content.moveTo(MARGIN, at(cutOff.get(), bottom));
            content.lineTo(MARGIN + WIDTH, at(cutOff.get(), bottom));
            content.stroke();
            content.setLineDashPattern(new float[] {}, 0);
        }
        content.setStrokingColor(Color.BLACK);
        List<SessionFlags> sessions = series.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            float x = MARGIN + (sessions.get(i).sessionNumber() - 0.5f) * column;
            float yy = at(sessions.get(i).total(), bottom);
            if (i == 0) {
                content.moveTo(x, yy);
            } else {
                content.lineTo(x, yy);
            }
        }
        content.stroke();
        for (SessionFlags session : sessions) {
            content.setNonStrokingColor(colour(session.colour()));
            content.addRect(MARGIN + (session.sessionNumber() - 0.5f) * column - 3, at(session.total(), bottom) - 3, 6,
                    6);
            content.fill();
        }
        content.setNonStrokingColor(Color.BLACK);
        y = bottom - LEADING;
    }

    /** The small print at the foot of the page, written whether or not the page is full. */
    void footer(String text) throws IOException {
        y = MARGIN + 2 * LEADING;
        floor = MARGIN;
        full = false;
        write(REGULAR, 8, text);
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    private boolean room(float height) throws IOException {
        if (!full && y - height < floor) {
            full();
        }
        return !full;
    }

    private void write(PDType1Font font, float size, String text) throws IOException {
        for (String line : PdfText.wrap(font, size, WIDTH, PdfText.printable(font, text))) {
            if (full) {
                return;
            }
            if (y - size * 1.35f < floor) {
                full();
                return;
            }
            y -= size * 1.35f;
            show(font, size, line);
        }
    }

    /** Says where the rest is, in the room kept for it above the footer; nothing more is written but the footer. */
    private void full() throws IOException {
        y -= LEADING;
        show(REGULAR, SIZE, FULL);
        full = true;
    }

    private void show(PDType1Font font, float size, String line) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(MARGIN, y);
        content.showText(line);
        content.endText();
    }

    private static float at(BigDecimal total, float bottom) {
        return bottom + total.floatValue() * GRAPH_HEIGHT / MAX_TOTAL;
    }

    private static Color colour(FitColour colour) {
        return switch (colour) {
            case GREY -> new Color(0x6b, 0x6b, 0x6b);
            case GREEN -> new Color(0x2e, 0x7d, 0x32);
            case ORANGE -> new Color(0xb3, 0x59, 0x00);
            case RED -> new Color(0xc6, 0x28, 0x28);
        };
    }
}
