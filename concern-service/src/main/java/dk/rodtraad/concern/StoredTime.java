package dk.rodtraad.concern;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time of a change, as PostgreSQL stores it: what is returned then equals what is read back later. */
public final class StoredTime {

    private StoredTime() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
