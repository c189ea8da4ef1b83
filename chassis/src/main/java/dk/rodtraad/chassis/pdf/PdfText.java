package dk.rodtraad.chassis.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Text for the services' PDFs (Apache PDFBox, ADR 0007), which write with the standard fonts: lines wrapped to a width,
 * and characters the font cannot show replaced, so that a PDF never fails on a name or a family's own words.
 */
public final class PdfText {

    private PdfText() {
    }

    /** The text in lines no wider than {@code width} points at {@code size}, broken between words. */
    public static List<String> wrap(PDFont font, float size, float width, String text) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text with every character the font cannot show as '?'. */
    public static String printable(PDFont font, String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String s = new String(Character.toChars(c));
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
