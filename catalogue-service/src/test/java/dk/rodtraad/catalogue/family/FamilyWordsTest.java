package dk.rodtraad.catalogue.family;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the family search reads what parents write: filler dropped, synonyms both ways, negations kept whole. */
class FamilyWordsTest {

    private final FamilyWords words = new FamilyWords(FamilyWords.parseGroups("""
            # a comment
            skolevægring, vil ikke i skole, skolefravær, fravær
            mistrivsel, depression, ked af det, trist

            mobning, mobbet, drillet
            """), List.of("søn", "datter", "vores", "barn", "så"));

    @Test
    void fillerAndStopWordsAreDroppedAndTheRestAreWordsOfTheirOwn() {
        assertEquals(List.of("mobning or mobbet or drillet"), words.query("Min søn bliver mobbet"));
        assertEquals(List.of("cykel", "hjelm"), words.query("vores barn og en cykel-hjelm!"));
        assertEquals(List.of(), words.query("min datter"));
    }

    @Test
    void aPhraseWithANegationIsRecognisedButNotSearchedAsItsOpposite() {
        assertEquals(List.of("skolevægring or skolefravær or fravær"), words.query("min datter vil ikke i skole"));
    }

    @Test
    void synonymsWorkBothWaysAndPhrasesWithoutNegationAreSearchedAsPhrases() {
        String mistrivsel = "mistrivsel or depression or \"ked af det\" or trist";
        assertEquals(List.of(mistrivsel), words.query("depression"));
        assertEquals(List.of(mistrivsel), words.query("Han er så ked af det"));
        assertEquals(List.of(mistrivsel), words.query("mistrivsel"));
        assertEquals(List.of("skolevægring or skolefravær or fravær"), words.query("skolevægring"));
    }

    @Test
    void aOneWordTermAlsoRecognisesTheLongerFormsOfIt() {
        assertEquals(List.of("mistrivsel or depression or \"ked af det\" or trist"), words.query("depressionen"));
    }

    @Test
    void eachThingWrittenIsAGroupOfItsOwnSoMoreMatchesRankFirst() {
        assertEquals(List.of("mobning or mobbet or drillet", "mistrivsel or depression or \"ked af det\" or trist"),
                words.query("vores søn bliver drillet og er trist"));
    }

    @Test
    void nothingOfTheSearchSyntaxGetsThrough() {
        assertEquals(List.of("or", "angst"), words.query("\"-or\" angst:*"));
    }

    @Test
    void theDefaultListKnowsTheWordsOfTheIssue() throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FamilySearchWords.DEFAULT_SYNONYMS)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var defaults = new FamilyWords(FamilyWords.parseGroups(text), List.of("søn", "datter"));
        assertTrue(defaults.query("min datter vil ikke i skole").getFirst().contains("skolefravær"));
        assertTrue(defaults.query("depression").getFirst().contains("trist"));
        assertTrue(defaults.query("min søn bliver mobbet").getFirst().contains("mobning"));
        assertTrue(defaults.query("skolevægring").getFirst().contains("fravær"));
    }
}
