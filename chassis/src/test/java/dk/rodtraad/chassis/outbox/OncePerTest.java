package dk.rodtraad.chassis.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OncePerTest {

    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final OncePer oncePerSecond = new OncePer(Duration.ofSeconds(1), now::get);

    @Test
    void theFirstAskIsDueAndTheNextOnlyASecondLater() {
        assertTrue(oncePerSecond.due(), "the first");
        assertFalse(oncePerSecond.due(), "at once again");
        now.addAndGet(999_000_000L);
        assertFalse(oncePerSecond.due(), "after 999 ms");
        now.addAndGet(1_000_000L);
        assertTrue(oncePerSecond.due(), "after a second");
        assertFalse(oncePerSecond.due(), "at once after that");
    }
}
