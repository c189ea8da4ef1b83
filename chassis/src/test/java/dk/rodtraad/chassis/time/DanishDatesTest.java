package dk.rodtraad.chassis.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Days and times on staff's pages are the municipality's, whatever zone the server or its clock runs in. */
class DanishDatesTest {

    /** 23.30 UTC on 30 November is 00.30 on 1 December in Copenhagen (winter time, UTC+1). */
    private static final Instant HALF_PAST_MIDNIGHT_IN_DENMARK = Instant.parse("2026-11-30T23:30:00Z");

    @Test
    void anInstantFallsOnTheMunicipalitysDay() {
        assertEquals(LocalDate.of(2026, 12, 1), DanishDates.day(HALF_PAST_MIDNIGHT_IN_DENMARK));
        // Summer time, UTC+2: 22.30 UTC is 00.30 the next day.
        assertEquals(LocalDate.of(2026, 7, 1), DanishDates.day(Instant.parse("2026-06-30T22:30:00Z")));
    }

    @Test
    void todayIsTheMunicipalitysWhateverZoneTheClockIsIn() {
        var utcClock = Clock.fixed(HALF_PAST_MIDNIGHT_IN_DENMARK, ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 12, 1), DanishDates.today(utcClock));
    }

    @Test
    void datesAndTimesReadAsDanishStaffWriteThem() {
        assertEquals("1. december 2026", DanishDates.date(LocalDate.of(2026, 12, 1)));
        assertEquals("", DanishDates.date(null));
        assertEquals("1. december 2026 kl. 00.30", DanishDates.dateTime(HALF_PAST_MIDNIGHT_IN_DENMARK));
    }
}
