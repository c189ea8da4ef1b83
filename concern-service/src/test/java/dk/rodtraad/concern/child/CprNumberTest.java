package dk.rodtraad.concern.child;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CprNumberTest {

    @ParameterizedTest(name = "{0} is born {1}")
    @CsvSource({
            // seventh digit 0-3: always the 1900s
            "010100-0123, 1900-01-01",
            "010199-3123, 1999-01-01",
            // seventh digit 4 and 9: 00-36 is the 2000s, 37-99 the 1900s
            "010136-4123, 2036-01-01",
            "010137-4123, 1937-01-01",
            "010136-9123, 2036-01-01",
            "010137-9123, 1937-01-01",
            // seventh digit 5-8: 00-57 is the 2000s, 58-99 the 1800s
            "010157-5123, 2057-01-01",
            "010158-5123, 1858-01-01",
            "010157-8123, 2057-01-01",
            "010158-8123, 1858-01-01",
            "010110-6123, 2010-01-01",
            "010199-7123, 1899-01-01",
    })
    void derivesTheCenturyFromTheSeventhDigitAndTheYear(String cpr, LocalDate birthDate) {
        assertEquals(birthDate, CprNumber.parse(cpr).birthDate());
    }

    @Test
    void acceptsANumberThatFailsTheModulus11Check() {
        // Weighted sum 4,3,2,7,6,5,4,3,2,1 of 0101901234 is 7 mod 11, not 0; such numbers are issued since 2007.
        assertEquals(LocalDate.of(1990, 1, 1), CprNumber.parse("010190-1234").birthDate());
    }

    @Test
    void acceptsTheFormWithoutADashAndSurroundingWhitespace() {
        assertEquals("120487-1234", CprNumber.parse("  1204871234 ").formatted());
    }

    @Test
    void acceptsLeapDayInALeapYear() {
        assertEquals(LocalDate.of(2000, 2, 29), CprNumber.parse("290200-4123").birthDate());
    }

    @Test
    void rejectsLeapDayIn1900WhichWasNoLeapYear() {
        // Same day and year digits as the accepted 290200-4123; the seventh digit 0 puts it in 1900.
        var e = assertThrows(InvalidCprNumberException.class, () -> CprNumber.parse("290200-0123"));
        assertEquals("CPR-nummeret indeholder en dato, der ikke findes", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"310299-1234", "300286-1234", "011386-1234", "000186-1234", "320186-1234"})
    void rejectsADateThatDoesNotExist(String cpr) {
        var e = assertThrows(InvalidCprNumberException.class, () -> CprNumber.parse(cpr));
        assertEquals("CPR-nummeret indeholder en dato, der ikke findes", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12O487-1234", "120487-12a4", "abcdef-ghij"})
    void rejectsCprWithLetters(String cpr) {
        var e = assertThrows(InvalidCprNumberException.class, () -> CprNumber.parse(cpr));
        assertEquals("CPR-nummeret skal have formen DDMMÅÅ-XXXX", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "120487-123", "120487-12345", "12048-1234", "12-04-87-1234", "1204871234 5"})
    void rejectsCprOfTheWrongLength(String cpr) {
        var e = assertThrows(InvalidCprNumberException.class, () -> CprNumber.parse(cpr));
        assertEquals("CPR-nummeret skal have formen DDMMÅÅ-XXXX", e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertThrows(InvalidCprNumberException.class, () -> CprNumber.parse(null));
    }

    @Test
    void isAnIllegalArgumentSoCallersCanTreatItAsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> CprNumber.parse("x"));
    }

    @Test
    void computesTheAgeInWholeYears() {
        var cpr = CprNumber.parse("120415-4123");
        assertEquals(10, cpr.ageOn(LocalDate.of(2025, 4, 12)));
        assertEquals(9, cpr.ageOn(LocalDate.of(2025, 4, 11)));
    }

    @Test
    void toStringMasksTheSerialDigits() {
        var cpr = CprNumber.parse("120487-1234");
        assertEquals("120487-****", cpr.toString());
        assertFalse(cpr.toString().contains("1234"));
    }

    @Test
    void formatsTheFullNumberWithADash() {
        assertEquals("120487-1234", CprNumber.parse("120487-1234").formatted());
    }
}
