package dk.rodtraad.concern.deadline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DanishHolidaysTest {

    @ParameterizedTest(name = "Easter Sunday {0} is {1}")
    @CsvSource({
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2028, 2028-04-16",
            "2029, 2029-04-01",
            "2030, 2030-04-21",
    })
    void computesEasterSundayAsOfficiallyPublished(int year, LocalDate easter) {
        assertEquals(easter, DanishHolidays.easterSunday(year));
    }

    @ParameterizedTest(name = "movable holidays {0}")
    @CsvSource({
            // year, skærtorsdag, langfredag, påskedag, 2. påskedag, Kristi himmelfartsdag, pinsedag, 2. pinsedag
            "2025, 2025-04-17, 2025-04-18, 2025-04-20, 2025-04-21, 2025-05-29, 2025-06-08, 2025-06-09",
            "2026, 2026-04-02, 2026-04-03, 2026-04-05, 2026-04-06, 2026-05-14, 2026-05-24, 2026-05-25",
            "2027, 2027-03-25, 2027-03-26, 2027-03-28, 2027-03-29, 2027-05-06, 2027-05-16, 2027-05-17",
            "2028, 2028-04-13, 2028-04-14, 2028-04-16, 2028-04-17, 2028-05-25, 2028-06-04, 2028-06-05",
            "2029, 2029-03-29, 2029-03-30, 2029-04-01, 2029-04-02, 2029-05-10, 2029-05-20, 2029-05-21",
            "2030, 2030-04-18, 2030-04-19, 2030-04-21, 2030-04-22, 2030-05-30, 2030-06-09, 2030-06-10",
    })
    void namesEveryMovableHoliday(int year, LocalDate skaertorsdag, LocalDate langfredag, LocalDate paaskedag,
                                  LocalDate andenPaaskedag, LocalDate kristiHimmelfart, LocalDate pinsedag,
                                  LocalDate andenPinsedag) {
        var holidays = DanishHolidays.of(year);
        assertEquals("Skærtorsdag", holidays.get(skaertorsdag));
        assertEquals("Langfredag", holidays.get(langfredag));
        assertEquals("Påskedag", holidays.get(paaskedag));
        assertEquals("2. påskedag", holidays.get(andenPaaskedag));
        assertEquals("Kristi himmelfartsdag", holidays.get(kristiHimmelfart));
        assertEquals("Pinsedag", holidays.get(pinsedag));
        assertTrue(holidays.get(andenPinsedag).startsWith("2. pinsedag"), holidays.get(andenPinsedag));
    }

    @Test
    void listsTheFixedClosingDaysIncludingTheDaysPublicOfficesAreClosed() {
        var holidays = DanishHolidays.of(2026);
        assertEquals("Nytårsdag", holidays.get(LocalDate.of(2026, 1, 1)));
        assertEquals("Grundlovsdag", holidays.get(LocalDate.of(2026, 6, 5)));
        assertEquals("Juleaftensdag", holidays.get(LocalDate.of(2026, 12, 24)));
        assertEquals("Juledag", holidays.get(LocalDate.of(2026, 12, 25)));
        assertEquals("2. juledag", holidays.get(LocalDate.of(2026, 12, 26)));
        assertEquals("Nytårsaftensdag", holidays.get(LocalDate.of(2026, 12, 31)));
        assertEquals(13, holidays.size());
    }

    @Test
    void keepsBothNamesWhenPinseFallsOnGrundlovsdag() {
        var holidays = DanishHolidays.of(2028);
        assertEquals("2. pinsedag og Grundlovsdag", holidays.get(LocalDate.of(2028, 6, 5)));
        assertEquals(12, holidays.size());
    }

    @Test
    void hasNoStoreBededagFrom2024() {
        for (int year = 2024; year <= 2030; year++) {
            assertFalse(DanishHolidays.of(year).containsValue("Store bededag"), "store bededag in " + year);
        }
        // Easter 2025 + 26 days would have been Friday 2025-05-16.
        assertFalse(DanishHolidays.isHoliday(LocalDate.of(2025, 5, 16)));
    }

    @Test
    void keepsStoreBededagBefore2024() {
        assertEquals("Store bededag", DanishHolidays.of(2023).get(LocalDate.of(2023, 5, 5)));
        assertEquals(14, DanishHolidays.of(2023).size());
    }

    @Test
    void listsTheDaysInDateOrder() {
        List<LocalDate> dates = new ArrayList<>(DanishHolidays.of(2026).keySet());
        assertEquals(dates.stream().sorted().toList(), dates);
    }

    @Test
    void tellsWhetherADayIsAHoliday() {
        assertTrue(DanishHolidays.isHoliday(LocalDate.of(2026, 4, 3)));
        assertFalse(DanishHolidays.isHoliday(LocalDate.of(2026, 4, 7)));
    }

    @Test
    void cannotBeChangedByACaller() {
        Map<LocalDate, String> holidays = DanishHolidays.of(2026);
        assertThrows(UnsupportedOperationException.class,
                () -> holidays.put(LocalDate.of(2026, 7, 1), "Sommerferie"));
    }
}
