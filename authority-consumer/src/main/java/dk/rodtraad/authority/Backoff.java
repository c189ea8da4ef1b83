package dk.rodtraad.authority;

import java.time.Duration;

/** How long to wait before the next attempt at a failing delivery: doubling from the first wait up to the longest. */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** The wait before this attempt; the one after it is twice as long, at most {@code max}. */
    Duration next() {
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
        return wait;
    }

    /** After a success: the next failure waits the first wait again. */
    void reset() {
        next = initial;
    }
}
