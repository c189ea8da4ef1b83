package dk.rodtraad.networkmeeting.fidelity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuarterTest {

    @Test
    void aQuarterReadsAndWritesItsCodeAndKnowsItsDays() {
        var third = Quarter.parse(" 2026-K3 ").orElseThrow();
        assertEquals(new Quarter(2026, 3), third);
        assertEquals("2026-K3", third.code());
        assertEquals(LocalDate.of(2026, 7, 1), third.firstDay());
        assertEquals(LocalDate.of(2026, 9, 30), third.lastDay());
        assertEquals(third, Quarter.of(LocalDate.of(2026, 8, 15)));
    }

    @Test
    void anythingElseIsNoQuarter() {
        for (String code : new String[] {"2026-K5", "2026-3", "26-K1", "", "2026-K1x"}) {
            assertEquals(Optional.empty(), Quarter.parse(code), code);
        }
        assertEquals(Optional.empty(), Quarter.parse(null));
    }

    @Test
    void quartersCountAcrossTheYear() {
        assertEquals(new Quarter(2026, 1), new Quarter(2025, 4).plus(1));
        assertEquals(new Quarter(2025, 2), new Quarter(2026, 1).plus(-3));
    }

    @Test
    void aPeriodRunsFromMidnightOfItsFirstDayToMidnightAfterItsLastInDenmark() {
        var period = FidelityPeriod.yearUpTo(new Quarter(2026, 4));
        assertEquals(new Quarter(2026, 1), period.from());
        assertEquals(Instant.parse("2025-12-31T23:00:00Z"), period.start());
        assertEquals(Instant.parse("2026-12-31T23:00:00Z"), period.end());
        assertThrows(IllegalArgumentException.class, () -> new FidelityPeriod(new Quarter(2026, 2), new Quarter(2026, 1)));
    }
}
