package dk.rodtraad.followup.fit.chart;

import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.followup.fit.AlertAdvice;
import dk.rodtraad.followup.fit.ExpectationSource;
import dk.rodtraad.followup.fit.FitAssessment;
import dk.rodtraad.followup.fit.RaterAssessment;
import dk.rodtraad.followup.fit.SessionFlags;
import dk.rodtraad.followup.fit.Trend;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one-page summary of a plan as a PDF, to use with the family: the plan, its goals with their evaluation, where
 * FIT stands (colour, trend, the rule behind the expectation, what to consider) and each rater's series as a small
 * graph with its numbers in words. Apache PDFBox as concern-service's citizen's report (ADR 0007). One page always:
 * what does not fit ends with a pointer to the plan's page. A record in ({@link PlanSummary}), bytes out.
 */
public final class PlanSummaryPdf {

    private PlanSummaryPdf() {
    }

    public static byte[] of(PlanSummary summary) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var info = new PDDocumentInformation();
            info.setTitle("Indsatsplan med opfølgning: " + summary.intervention());
            info.setCreator("Rød Tråd");
            document.setDocumentInformation(info);
            try (var page = new OnePage(document)) {
                plan(page, summary);
                goals(page, summary);
                fit(page, summary.fit());
                page.footer("Dannet " + DanishDates.date(summary.made()) + " i Rød Tråd. Trivsel og samarbejde er "
                        + "summen af fire svar på en linje fra 0 til 10 (0-40). Skemaernes tekst gemmes ikke.");
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The plan's summary could not be written as PDF", e);
        }
    }

    private static void plan(OnePage page, PlanSummary summary) throws IOException {
        page.heading(16, "Indsatsplan: " + summary.intervention());
        page.text("Barn: " + summary.child());
        page.text("Ansvarlig: " + summary.responsible());
        page.text("Start: " + DanishDates.date(summary.start())
                + summary.end().map(end -> ". Slut: " + DanishDates.date(end)).orElse("")
                + (summary.reviews().isEmpty() ? "" : ". Opfølgning: " + summary.reviews().stream()
                .map(DanishDates::date).collect(Collectors.joining(", "))) + ".");
    }

    private static void goals(OnePage page, PlanSummary summary) throws IOException {
        page.gap();
        page.heading(13, "Mål");
        if (summary.goals().isEmpty()) {
            page.text("Planen har endnu ingen mål.");
        }
        for (PlanSummary.Goal goal : summary.goals()) {
            if (!page.room(3)) {
                return;
            }
            page.bold(goal.whose() + ": " + goal.text());
            page.text("Sådan ved vi, at målet er nået: " + goal.howWeKnow() + " Senest " + DanishDates.date(goal.byWhen())
                    + ".");
            if (goal.evaluation().isPresent()) {
                page.text("Vurdering: " + goal.evaluation().get()
                        + goal.familyView().map(view -> ". Familiens syn: " + view).orElse("") + ".");
            }
            page.gap();
        }
    }

    private static void fit(OnePage page, FitAssessment fit) throws IOException {
        if (!page.room(4)) {
            return;
        }
        page.heading(13, "Opfølgning med FIT");
        if (fit.raters().isEmpty()) {
            page.text("Der er endnu ingen målinger.");
            return;
        }
        page.text("Farve nu: " + fit.colour().label() + ". Udvikling: " + trend(fit) + ".");
        var expectation = fit.raters().getFirst().expectation();
        page.text("Forventet fremgang: " + (expectation.source() == ExpectationSource.DERIVED
                ? "udledt af kommunens egne afsluttede planer (" + expectation.plans() + " planer)"
                : "standardregel (fremgang på mindst 5 point fra 4. session)") + ".");
        if (!fit.advice().isEmpty()) {
            page.text("Overvej: " + fit.advice().stream().map(AlertAdvice::label)
                    .map(label -> label.toLowerCase(Locale.ROOT)).collect(Collectors.joining("; ")) + ".");
        }
        page.text("I graferne er den stiplede linje den kliniske grænse, og det blå bånd er 5 point op og ned fra "
                + "første måling (pålidelig forandring).");
        for (RaterAssessment series : fit.raters()) {
            if (!page.roomForGraph()) {
                return;
            }
            page.bold(series.rater().label() + " (" + series.intakeForm().name() + "): " + numbers(series));
            page.graph(series);
        }
    }

    private static String trend(FitAssessment fit) {
        String trend = fit.trend().label().toLowerCase(Locale.ROOT);
        return fit.trend() == Trend.NO_PROGRESS ? trend + " efter " + fit.sessions() + " sessioner" : trend;
    }

    /** The series' numbers in words: first and latest outcome, the cut-off, the latest alliance. */
    private static String numbers(RaterAssessment series) {
        SessionFlags latest = series.latest();
        return "første måling " + FitChart.number(series.intake()) + ", seneste " + FitChart.number(latest.total())
                + latest.cutOff().map(c -> ", klinisk grænse " + FitChart.number(c)).orElse("")
                + latest.allianceTotal().map(a -> ", samarbejde " + FitChart.number(a)).orElse("") + ".";
    }
}
