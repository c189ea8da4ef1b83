package dk.rodtraad.chassis.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Says yes at most once per interval, to whichever caller asks first: for work that may be skipped when recent. */
final class OncePer {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong last;

    OncePer(Duration interval) {
        this(interval, System::nanoTime);
    }

    OncePer(Duration interval, LongSupplier nanoTime) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.last = new AtomicLong(nanoTime.getAsLong() - intervalNanos);
    }

    /** Whether the interval has passed since the last yes; a yes starts the next interval. */
    boolean due() {
        long now = nanoTime.getAsLong();
        long before = last.get();
        return now - before >= intervalNanos && last.compareAndSet(before, now);
    }
}
