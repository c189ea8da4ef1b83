package dk.rodtraad.concern.archfixture;

import java.time.Instant;

/** Breaks rule (f): it reads the system's clock instead of the injected one. */
public class FeatureReadsTheSystemClock {

    public Instant when() {
        return Instant.now();
    }
}
