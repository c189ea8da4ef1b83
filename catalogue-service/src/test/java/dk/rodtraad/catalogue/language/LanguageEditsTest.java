package dk.rodtraad.catalogue.language;

import dk.rodtraad.chassis.problem.NotFound;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LanguageEditsTest {

    private static final LanguageContent CONTENT = new LanguageContent(
            List.of(group("a", "a1", "a2", "a3"), group("b", "b1")),
            List.of(new LanguageContent.ScaleLevel("green", "Grøn", "Trives", "Fortsæt")),
            new LanguageContent.AcuteFlag("Akut", "Ring"));

    @Test
    void movesASignUpAndDownWithinItsGroupAndLeavesItAtEitherEnd() {
        assertEquals(List.of("a2", "a1", "a3"), codes(LanguageEdits.signMoved(CONTENT, "a2", -1), 0));
        assertEquals(List.of("a1", "a3", "a2"), codes(LanguageEdits.signMoved(CONTENT, "a2", 1), 0));
        assertSame(CONTENT, LanguageEdits.signMoved(CONTENT, "a1", -1));
        assertSame(CONTENT, LanguageEdits.signMoved(CONTENT, "a3", 1));
    }

    @Test
    void movesASignToTheEndOfAnotherGroup() {
        LanguageContent moved = LanguageEdits.signMovedTo(CONTENT, "a1", "b");
        assertEquals(List.of("a2", "a3"), codes(moved, 0));
        assertEquals(List.of("b1", "a1"), codes(moved, 1));
    }

    @Test
    void addsAndRemovesSignsAndGroupsKeepingTheScale() {
        LanguageContent added = LanguageEdits.withSign(CONTENT, "b", sign("b2"));
        assertEquals(List.of("b1", "b2"), codes(added, 1));
        assertEquals(List.of("a1", "a3"), codes(LanguageEdits.withoutSign(CONTENT, "a2"), 0));
        LanguageContent grown = LanguageEdits.withGroup(CONTENT, group("c", "c1"));
        assertEquals("c", grown.groups().getLast().code());
        LanguageContent shrunk = LanguageEdits.withoutGroup(grown, "a");
        assertEquals(List.of("b", "c"), shrunk.groups().stream().map(LanguageContent.SignGroup::code).toList());
        assertEquals(CONTENT.scale(), shrunk.scale());
        assertEquals("b", LanguageEdits.groupOf(CONTENT, "b1"));
    }

    @Test
    void anUnknownSignOrGroupIsNotFound() {
        assertThrows(NotFound.class, () -> LanguageEdits.withoutSign(CONTENT, "findes-ikke"));
        assertThrows(NotFound.class, () -> LanguageEdits.signMovedTo(CONTENT, "a1", "findes-ikke"));
        assertThrows(NotFound.class, () -> LanguageEdits.withoutGroup(CONTENT, "findes-ikke"));
    }

    private static List<String> codes(LanguageContent content, int group) {
        return content.groups().get(group).signs().stream().map(LanguageContent.Sign::code).toList();
    }

    private static LanguageContent.SignGroup group(String code, String... signs) {
        return new LanguageContent.SignGroup(code, code.toUpperCase(), List.of(signs).stream().map(LanguageEditsTest::sign).toList());
    }

    private static LanguageContent.Sign sign(String code) {
        return new LanguageContent.Sign(code, code.toUpperCase(), "Beskrivelse", 0, 18);
    }
}
