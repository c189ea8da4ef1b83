package dk.rodtraad.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SoakOptionsTest {

    @Test
    void runsHalfAnHourAtFourConcernsASecondUnlessTold() {
        assertEquals(new SoakOptions(Duration.ofMinutes(30), 4), SoakOptions.parse(new String[] {"--soak"}));
    }

    @Test
    void takesTheDurationInSecondsMinutesOrHoursAndTheRate() {
        assertEquals(new SoakOptions(Duration.ofSeconds(90), 2),
                SoakOptions.parse(new String[] {"--soak", "90s", "--rate", "2"}));
        assertEquals(Duration.ofMinutes(2), SoakOptions.parse(new String[] {"--soak", "2m"}).duration());
        assertEquals(Duration.ofHours(1), SoakOptions.parse(new String[] {"--soak", "1h"}).duration());
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThrows(IllegalArgumentException.class, () -> SoakOptions.parse(new String[] {"--soak", "30"}));
        assertThrows(IllegalArgumentException.class, () -> SoakOptions.parse(new String[] {"--soak", "2m", "--quick"}));
        assertThrows(IllegalArgumentException.class, () -> SoakOptions.parse(new String[] {"--soak", "--rate", "0"}));
    }

    @Test
    void printsATenthOfTheRunBetweenTenSecondsAndAMinute() {
        assertEquals(Duration.ofMinutes(1), new SoakOptions(Duration.ofMinutes(30), 4).interval());
        assertEquals(Duration.ofSeconds(12), new SoakOptions(Duration.ofMinutes(2), 4).interval());
        assertEquals(Duration.ofSeconds(10), new SoakOptions(Duration.ofSeconds(30), 4).interval());
    }
}
