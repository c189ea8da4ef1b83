package dk.rodtraad.followup.fit.chart;

import dk.rodtraad.followup.fit.ExpectationRule;
import dk.rodtraad.followup.fit.FitAssessment;
import dk.rodtraad.followup.fit.FitForm;
import dk.rodtraad.followup.fit.Rater;
import dk.rodtraad.followup.fit.RaterAssessment;
import dk.rodtraad.followup.fit.Rating;
import dk.rodtraad.followup.fit.Score;
import dk.rodtraad.followup.fit.SessionScores;
import dk.rodtraad.followup.fit.Sessions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chart is well-formed SVG, an image with a title and a description that says its numbers, and it draws what the
 * issue asks: the cut-off line, the band of reliable change around the intake, a point per session in its colour, and
 * the alliance beneath. Coordinates are checked by hand: the outcome panel maps 0–40 onto y 272–32 (6 units a point),
 * six columns of 96 units from x 48.
 */
class FitChartTest {

    @Test
    void itIsAnImageWithATitleAndADescriptionThatSaysEveryNumber() throws Exception {
        Element svg = parse(FitChart.svg(parentSeries("18.0", "19.0", "13.0")));
        assertEquals("img", svg.getAttribute("role"));
        assertEquals("fit-parent-title fit-parent-desc", svg.getAttribute("aria-labelledby"));
        assertEquals("FIT over sessionerne: Forælder", text(svg, "title").getFirst());
        String description = text(svg, "desc").getFirst();
        assertEquals("Trivsel på ORS fra 0 til 40. Klinisk grænse 25. Første måling 18,0; pålidelig forandring er 5 "
                + "point op eller ned fra den. Session 1: trivsel 18,0, samarbejde 38,0, grå; Session 2: trivsel 19,0, "
                + "samarbejde 38,0, grøn; Session 3: trivsel 13,0, samarbejde 38,0, rød. Samarbejdet bekymrer ved 36 "
                + "eller lavere eller et fald fra sidst.", description);
    }

    @Test
    void itDrawsTheCutOffAndTheBandOfReliableChange() throws Exception {
        Element svg = parse(FitChart.svg(parentSeries("18.0", "19.0")));
        // cut-off 25: y = 272 − 25 × 6 = 122
        Element cutOff = elements(svg, "line").getFirst();
        assertEquals("122", cutOff.getAttribute("y1"));
        assertTrue(text(svg, "text").contains("Klinisk grænse 25"));
        // band 13.0–23.0: y from 272 − 23 × 6 = 134 to 272 − 13 × 6 = 194
        Element band = elements(svg, "rect").getFirst();
        assertEquals("134", band.getAttribute("y"));
        assertEquals("60", band.getAttribute("height"));
    }

    @Test
    void eachSessionIsAPointInItsColourAndTheAllianceIsBeneath() throws Exception {
        Element svg = parse(FitChart.svg(parentSeries("18.0", "19.0", "13.0")));
        List<Element> points = elements(svg, "circle");
        // session 1 at x = 48 + 0.5 × 96 = 96, y = 272 − 18 × 6 = 164; session 3 at x = 288, 13.0 → y 194, red
        assertEquals(List.of("96", "164", "#6b6b6b"), List.of(points.get(0).getAttribute("cx"),
                points.get(0).getAttribute("cy"), points.get(0).getAttribute("fill")));
        assertEquals(List.of("288", "194", "#c62828"), List.of(points.get(2).getAttribute("cx"),
                points.get(2).getAttribute("cy"), points.get(2).getAttribute("fill")));
        assertEquals(2, elements(svg, "polyline").size());
        assertTrue(text(svg, "text").contains("Samarbejde (alliance), 0-40"));
    }

    @Test
    void aYoungChildsChartHasNoCutOffLine() throws Exception {
        var scores = List.of(new SessionScores(1, LocalDate.of(2026, 1, 5), Rater.CHILD, 4,
                new Rating(FitForm.YCORS, Score.of("5", "5", "5", "5")), Optional.empty()));
        RaterAssessment child = FitAssessment.assess(scores, ExpectationRule.openDefault()).raters().getFirst();
        Element svg = parse(FitChart.svg(child));
        assertTrue(text(svg, "desc").getFirst().contains("Ingen klinisk grænse for dette skema."));
        assertTrue(text(svg, "text").stream().noneMatch(t -> t.startsWith("Klinisk grænse")));
        // only the alliance panel's line at 36 remains
        assertEquals(1, elements(svg, "line").size());
    }

    private static RaterAssessment parentSeries(String... totals) {
        var scores = new ArrayList<SessionScores>();
        for (int i = 0; i < totals.length; i++) {
            scores.add(new SessionScores(i + 1, LocalDate.of(2026, 1, 5).plusWeeks(i), Rater.PARENT, 9,
                    new Rating(FitForm.ORS, Sessions.spread(totals[i])), Optional.of(new Rating(FitForm.SRS,
                    Score.of("9.5", "9.5", "9.5", "9.5")))));
        }
        return FitAssessment.assess(scores, ExpectationRule.openDefault()).raters().getFirst();
    }

    private static Element parse(String svg) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static List<Element> elements(Element svg, String name) {
        NodeList nodes = svg.getElementsByTagName(name);
        var elements = new ArrayList<Element>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<String> text(Element svg, String name) {
        return elements(svg, name).stream().map(Element::getTextContent).toList();
    }
}
