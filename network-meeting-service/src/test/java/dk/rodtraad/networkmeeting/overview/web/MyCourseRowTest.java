package dk.rodtraad.networkmeeting.overview.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A course's name on Mine forløb: what the first contact was about, shortened at a whole word. */
class MyCourseRowTest {

    @Test
    void aShortTextIsTheNameAsItIs() {
        assertEquals("Mor ringede om Emils morgener.", MyCourseRow.shortened("Mor ringede om Emils morgener."));
    }

    @Test
    void aLongTextIsCutAtTheLastWholeWordThatFitsWithAnEllipsis() {
        String about = "Mor ringede: Emil vil ikke i børnehave, græder om morgenen og sover dårligt, "
                + "og far er bekymret.";
        String name = MyCourseRow.shortened(about);
        assertEquals("Mor ringede: Emil vil ikke i børnehave, græder om morgenen og sover dårligt, og…", name);
        assertTrue(name.length() <= MyCourseRow.ABOUT_LENGTH, name);
    }

    @Test
    void aLongWordWithoutSpacesIsCutToFit() {
        String name = MyCourseRow.shortened("x".repeat(200));
        assertEquals(MyCourseRow.ABOUT_LENGTH, name.length());
        assertTrue(name.endsWith("…"));
    }
}
