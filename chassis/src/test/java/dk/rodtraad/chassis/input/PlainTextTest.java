package dk.rodtraad.chassis.input;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextTest {

    @Test
    void acceptsWhatAPersonTypesLineBreaksAndTabsIncluded() {
        assertTrue(PlainText.isPlain("Æblegrød på Ø, 1½ kop – “citat” 😀"));
        assertTrue(PlainText.isPlain("linje 1\r\nlinje 2\n\tindrykket"));
        assertTrue(PlainText.isPlain(""));
    }

    @Test
    void refusesNulAndTheOtherControlCharacters() {
        assertFalse(PlainText.isPlain("a\u0000b"));
        assertFalse(PlainText.isPlain("\u0001"));
        assertFalse(PlainText.isPlain("lodret\u000Btabulator"));
        assertFalse(PlainText.isPlain("side\u000Cskift"));
        assertFalse(PlainText.isPlain("escape\u001B[31m"));
        assertFalse(PlainText.isPlain("del\u007F"));
        assertFalse(PlainText.isPlain("c1\u0085"));
    }

    @Test
    void refusesASurrogateWithoutItsPair() {
        assertFalse(PlainText.isPlain("\uD83D"));
        assertFalse(PlainText.isPlain("a\uDE00b"));
        assertFalse(PlainText.isPlain("\uDE00\uD83D"));
    }
}
