package dk.rodtraad.chassis.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one clock every service reads the time from (statutory deadlines, the time of a change, an event's time): one
 * bean, so a test can move time instead of waiting for it, by an {@code @Alternative} clock of its own.
 */
@Singleton
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
