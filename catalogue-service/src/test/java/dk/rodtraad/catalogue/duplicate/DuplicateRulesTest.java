package dk.rodtraad.catalogue.duplicate;

import dk.rodtraad.catalogue.csv.CsvRow;
import dk.rodtraad.catalogue.csv.InterventionCsv;
import dk.rodtraad.catalogue.intervention.InterventionContent;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateRulesTest {

    /** The demo catalogue is read whole: it has 58 interventions. */
    private static final int DEMO_ROWS_AT_MOST = 100;

    @Test
    void theDemoCatalogueHasExactlyItsTwoIntendedDuplicatePairs() throws IOException {
        List<InterventionContent> live = demoCatalogue().stream()
                .filter(row -> row.status() != InterventionStatus.RETIRED).map(CsvRow::content).toList();

        var flagged = new ArrayList<Set<String>>();
        for (int i = 0; i < live.size(); i++) {
            for (int j = i + 1; j < live.size(); j++) {
                if (DuplicateRules.why(live.get(i), live.get(j)).isPresent()) {
                    flagged.add(Set.of(live.get(i).code(), live.get(j).code()));
                }
            }
        }

        assertEquals(Set.of(Set.of("cool-kids-ppr", "cool-kids-familieraadgivning"),
                Set.of("skilsmissegruppe-skole", "boern-i-skilsmisse-familie")), Set.copyOf(flagged));
    }

    @Test
    void theSameMethodInTwoDepartmentsForTheSameAgesIsFlaggedAndSaysWhy() {
        var ppr = content("a", "Cool Kids", "PPR", "Cool Kids", 7, 12, "angst");
        var family = content("b", "Angstforløb", "Familierådgivningen", "cool kids", 10, 16, "isolerer-sig");

        assertEquals("Samme metode (Cool Kids) i PPR og Familierådgivningen for børn i samme alder",
                DuplicateRules.why(ppr, family).orElseThrow());
    }

    @Test
    void oneDepartmentsOwnOffersAreNeverFlagged() {
        var one = content("a", "Cool Kids", "PPR", "Cool Kids", 7, 12, "angst");
        var other = content("b", "Cool Kids for unge", "ppr", "Cool Kids", 13, 17, "angst");

        assertTrue(DuplicateRules.why(one, other).isEmpty());
    }

    @Test
    void offersForDifferentAgesAreNotTheSameOffer() {
        var small = content("a", "Cool Kids", "PPR", "Cool Kids", 7, 12, "angst");
        var big = content("b", "Cool Kids", "Ungdomsskolen", "Cool Kids", 13, 17, "angst");

        assertTrue(DuplicateRules.why(small, big).isEmpty());
    }

    @Test
    void nearlyTheSameNameNeedsASignInCommon() {
        var school = content("a", "Gruppe for skilsmissebørn", "Skole", null, 8, 12, "skilsmisse");
        var centre = content("b", "Gruppe for skilsmissebørn i Familiecentret", "Familiecentret", null, 6, 10, "skilsmisse");
        var otherSign = content("c", "Gruppe for skilsmissebørn", "Familiecentret", null, 6, 10, "sorg");

        assertEquals("Næsten samme navn og samme tegn i Skole og Familiecentret", DuplicateRules.why(school, centre).orElseThrow());
        assertTrue(DuplicateRules.why(school, otherSign).isEmpty());
    }

    @Test
    void similarityCountsMeaningfulWordsOnly() {
        assertEquals(1.0, DuplicateRules.similarity("Forløb for børn og forældre i skilsmisse", "Skilsmisse"));
        assertEquals(0.0, DuplicateRules.similarity("Lektiecafé", "Skilsmissegruppe"));
        assertEquals(0.5, DuplicateRules.similarity("Angst gruppe", "Angst kursus gruppe samtale"));
    }

    private static List<CsvRow> demoCatalogue() throws IOException {
        try (InputStream in = DuplicateRulesTest.class.getResourceAsStream("/demo/interventions.csv")) {
            var file = InterventionCsv.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEMO_ROWS_AT_MOST);
            assertEquals(List.of(), file.errors());
            return file.rows();
        }
    }

    private static InterventionContent content(String code, String name, String department, String method, int from,
            int to, String sign) {
        return new InterventionContent(code, name, "En kort beskrivelse af " + name, "Lang beskrivelse.", from, to,
                List.of(sign), null, null, 3, department, null, "Barnets lov § 30", method, null, List.of(), null, 0,
                null, "kontakt", List.of());
    }
}
