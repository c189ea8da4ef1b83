package dk.rodtraad.concern.recording;

import dk.rodtraad.chassis.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The age rule (alder): born by the day seen, under 18 then, or a listed reason such as efterværn until 23. */
class ChildAgeTest {

    private static final LocalDate BORN = LocalDate.of(2004, 3, 15);
    private final ChildAge age = new ChildAge(Map.of("eftervaern", new ChildAge.Reason("Efterværn", 23)));

    @Test
    void refusesAChildBornTheDayAfterTheSignsWereSeen() {
        var refused = assertThrows(InvalidInputException.class, () -> age.require(BORN, BORN.minusDays(1), null));
        assertEquals("child.cpr", refused.errors().getFirst().field());
        assertDoesNotThrow(() -> age.require(BORN, BORN, null));
    }

    @Test
    void refusesSomeoneOnTheir18thBirthdayWithoutAReason() {
        assertDoesNotThrow(() -> age.require(BORN, BORN.plusYears(18).minusDays(1), null));
        var refused = assertThrows(InvalidInputException.class, () -> age.require(BORN, BORN.plusYears(18), null));
        assertEquals("child.cpr", refused.errors().getFirst().field());
        assertTrue(refused.errors().getFirst().message().contains("fyldt 18 år"));
    }

    @Test
    void efterværnHoldsAt22AndEndsOnThe23rdBirthday() {
        assertEquals("eftervaern", age.require(BORN, BORN.plusYears(18), " eftervaern "));
        assertEquals("eftervaern", age.require(BORN, BORN.plusYears(23).minusDays(1), "eftervaern"));
        var refused = assertThrows(InvalidInputException.class,
                () -> age.require(BORN, BORN.plusYears(23), "eftervaern"));
        assertEquals("child.cpr", refused.errors().getFirst().field());
        assertTrue(refused.errors().getFirst().message().contains("»Efterværn« gælder kun, til den unge fylder 23"));
    }

    @Test
    void keepsNoReasonForAChild() {
        assertNull(age.require(BORN, BORN.plusYears(18).minusDays(1), "eftervaern"));
        assertNull(age.require(BORN, BORN.plusYears(10), null));
    }

    @Test
    void refusesAReasonTheMunicipalityDoesNotList() {
        var refused = assertThrows(InvalidInputException.class,
                () -> age.require(BORN, BORN.plusYears(19), "pension"));
        assertEquals("ageReason", refused.errors().getFirst().field());
    }

    @Test
    void refusesAReasonEndingBefore18AtStart() {
        assertThrows(IllegalStateException.class, () -> new ChildAge(Map.of("kort", new ChildAge.Reason("Kort", 18))));
    }
}
