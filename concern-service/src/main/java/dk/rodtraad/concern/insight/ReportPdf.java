package dk.rodtraad.concern.insight;

import dk.rodtraad.chassis.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The citizen's report as a PDF (A4, Helvetica: its WinAnsi encoding holds æ, ø and å), the same content as the
 * page: to hand or send to the citizen. ADR 0007 says why Apache PDFBox.
 */
final class ReportPdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    static byte[] of(CitizensReport report) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var info = new PDDocumentInformation();
            info.setTitle("Indsigt i opslag på et barns oplysninger");
            info.setCreator("Rød Tråd");
            document.setDocumentInformation(info);
            var writer = new Writer(document);
            writer.line(BOLD, 16, "Indsigt: opslag på et barns oplysninger i Rød Tråd");
            writer.gap(6);
            writer.line(REGULAR, 11, "CPR-nummer: " + report.cpr()
                    + (report.name() == null ? "" : "    Navn: " + report.name()));
            writer.line(REGULAR, 11, "Rapporten er dannet " + report.time() + ".");
            writer.line(REGULAR, 10, "Hvert opslag i barnets oplysninger i alle Rød Tråds tjenester, ældste først: "
                    + "hvornår, hvilken slags brug og med hvilket formål, og hvilken faggruppe og rolle den, der "
                    + "så oplysningerne, havde.");
            writer.gap(10);
            if (report.uses().isEmpty()) {
                writer.line(BOLD, 11, report.message());
            }
            int number = 0;
            for (ReportedUse use : report.uses()) {
                number++;
                writer.keepTogether(4);
                writer.line(BOLD, 11, number + ". " + use.time() + " - " + use.kind());
                writer.line(REGULAR, 10, "Formål: " + use.purpose());
                writer.line(REGULAR, 10, "Af: " + (use.discipline() == null ? "" : use.discipline() + ", ")
                        + use.role());
                writer.line(REGULAR, 10, "Tjeneste: " + use.service());
                writer.gap(6);
            }
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The citizen's report could not be written as PDF", e);
        }
    }

    /** Lines top to bottom, wrapped to the page's width, onto as many pages as they need. */
    private static final class Writer {
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            for (String wrapped : PdfText.wrap(font, size, WIDTH, PdfText.printable(font, text))) {
                if (y - size < MARGIN) {
                    newPage();
                }
                y -= size * 1.35f;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(wrapped);
                content.endText();
            }
        }

        void gap(float points) {
            y -= points;
        }

        /** Starts a new page unless about this many lines still fit. */
        void keepTogether(int lines) throws IOException {
            if (y - lines * 15 < MARGIN) {
                newPage();
            }
        }

        void close() throws IOException {
            content.close();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }
    }

    private ReportPdf() {
    }
}
