package dk.rodtraad.followup.fit.chart;

import dk.rodtraad.followup.fit.ExpectationRule;
import dk.rodtraad.followup.fit.FitAssessment;
import dk.rodtraad.followup.fit.Rater;
import dk.rodtraad.followup.fit.SessionScores;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static dk.rodtraad.followup.fit.Sessions.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summary is one page of Danish text, read back with PDFBox's own text extraction. */
class PlanSummaryPdfTest {

    /** The seeds' journey: six sessions without progress, the young person's alliance falling to 36. */
    private static final List<SessionScores> WITHOUT_PROGRESS = List.of(
            session(1, Rater.CHILD, 14, "18.0", "38.0"), session(2, Rater.CHILD, 14, "18.5", "38.0"),
            session(3, Rater.CHILD, 14, "19.0", "38.0"), session(4, Rater.CHILD, 14, "18.0", "37.0"),
            session(5, Rater.CHILD, 14, "18.5", "36.0"), session(6, Rater.CHILD, 14, "18.0", "36.0"),
            session(1, Rater.PARENT, 14, "20.0", "39.0"), session(6, Rater.PARENT, 14, "21.0", "39.0"));

    private static final PlanSummary.Goal GOAL = new PlanSummary.Goal("Den unges eget mål",
            "Jeg vil i skole hver dag.", "Fraværet er under 5 % i en måned.", LocalDate.of(2026, 3, 1),
            Optional.of("Nået delvist"), Optional.of("Det går bedre om morgenen"));

    @Test
    void itSaysThePlanTheGoalsAndWhereFitStandsInDanish() throws IOException {
        String text = text(PlanSummaryPdf.of(summary(List.of(GOAL))));
        assertTrue(text.contains("Indsatsplan: Familiesamtaler i hjemmet"), text);
        assertTrue(text.contains("Barn: Emil"), text);
        assertTrue(text.contains("Start: 5. januar 2026. Opfølgning: 2. februar 2026, 2. marts 2026."), text);
        assertTrue(text.contains("Den unges eget mål: Jeg vil i skole hver dag."), text);
        assertTrue(text.contains("Vurdering: Nået delvist. Familiens syn: Det går bedre om morgenen."), text);
        assertTrue(text.contains("Farve nu: Rød. Udvikling: ingen fremgang efter 6 sessioner."), text);
        assertTrue(text.contains("Forventet fremgang: standardregel"), text);
        assertTrue(text.contains("Overvej: tal med familien og barnet om samarbejdet; overvej at justere indsatsen; "
                + "inddrag en kollega; overvej et netværksmøde."), text);
        // the young person (14, ORS): intake 18.0, latest 18.0, cut-off 28 for 13–17, alliance 36.0
        assertTrue(text.contains("Barnet/den unge (ORS): første måling 18,0, seneste 18,0, klinisk grænse 28, "
                + "samarbejde 36,0."), text);
        // the parent (ORS): cut-off 25 for adults
        assertTrue(text.contains("Forælder (ORS): første måling 20,0, seneste 21,0, klinisk grænse 25, samarbejde 39,0."),
                text);
        assertTrue(text.contains("Dannet 20. marts 2026 i Rød Tråd."), text);
    }

    @Test
    void whatDoesNotFitOnOnePagePointsToThePlansPage() throws IOException {
        byte[] pdf = PlanSummaryPdf.of(summary(Collections.nCopies(40, GOAL)));
        try (var document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
        }
        String text = text(pdf);
        assertTrue(text.contains("Resten står på planens side i Rød Tråd."), text);
        assertTrue(text.contains("Dannet 20. marts 2026 i Rød Tråd."), text);
    }

    @Test
    void aPlanWithoutScoresSaysSoAndACharacterTheFontLacksIsReplaced() throws IOException {
        var goal = new PlanSummary.Goal("Familiens mål", "Flere gode aftener \uD83D\uDE42", "Vi spiser sammen.",
                LocalDate.of(2026, 3, 1), Optional.empty(), Optional.empty());
        var summary = new PlanSummary("Emil", "Familiesamtaler i hjemmet", "Sara Holm", LocalDate.of(2026, 1, 5),
                List.of(), Optional.empty(), List.of(goal), FitAssessment.assess(List.of(),
                ExpectationRule.openDefault()), LocalDate.of(2026, 1, 5));
        String text = text(PlanSummaryPdf.of(summary));
        assertTrue(text.contains("Familiens mål: Flere gode aftener ?"), text);
        assertTrue(text.contains("Der er endnu ingen målinger."), text);
    }

    private static PlanSummary summary(List<PlanSummary.Goal> goals) {
        return new PlanSummary("Emil", "Familiesamtaler i hjemmet", "Sara Holm", LocalDate.of(2026, 1, 5),
                List.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 2)), Optional.empty(), goals,
                FitAssessment.assess(WITHOUT_PROGRESS, ExpectationRule.openDefault()), LocalDate.of(2026, 3, 20));
    }

    /** The page's text with its lines joined, as the wrapping broke them between words. */
    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\R", " ");
        }
    }
}
