package dk.rodtraad.chassis.time;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time of a change, from the one {@link Clock}, as PostgreSQL stores it (microseconds): what is returned at once
 * then equals what is read back later.
 */
@Singleton
public class StoredTime {

    private final Clock clock;

    public StoredTime(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
