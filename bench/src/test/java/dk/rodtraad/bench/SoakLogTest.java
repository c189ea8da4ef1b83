package dk.rodtraad.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SoakLogTest {

    private final SoakLog log = new SoakLog();

    @Test
    void anIntervalHoldsWhatWasRecordedSinceTheLastOne() {
        log.record(SoakRequest.SEARCH, 1_000, null);
        log.close(Duration.ofMinutes(1), 1_200);
        log.record(SoakRequest.SEARCH, 2_000, null);
        log.record(SoakRequest.SEARCH, 4_000, "500");
        var second = log.close(Duration.ofMinutes(2), 1_210);

        Tally search = second.tallies().get(SoakRequest.SEARCH);
        assertEquals(2, search.requests());
        assertEquals(1, search.failed());
        assertEquals(4.0, search.maxMillis(), 0.01);
        assertEquals(0, second.tallies().get(SoakRequest.CONCERN).requests());
        assertEquals(Duration.ofMinutes(2), second.end());
        assertEquals(1_210, second.servicesMegabytes());
    }

    @Test
    void theWholeRunIsTheSumOfItsIntervals() {
        log.record(SoakRequest.CONCERN, 10_000, null);
        log.record(SoakRequest.CONCERN, 20_000, "503");
        log.close(Duration.ofMinutes(1), 0);
        log.record(SoakRequest.CONCERN, 30_000, "503");
        log.record(SoakRequest.CONCERN, 40_000, "HttpTimeoutException");
        log.close(Duration.ofMinutes(2), 0);

        Tally concerns = log.total().get(SoakRequest.CONCERN);
        assertEquals(4, concerns.requests());
        assertEquals(Map.of("503", 2L, "HttpTimeoutException", 1L), concerns.errors());
        assertEquals(40.0, concerns.maxMillis(), 0.05);
        assertEquals(2, log.intervals().size());
    }

    @Test
    void theWholeRunLeavesOutTheIntervalStillOpen() {
        log.record(SoakRequest.TIMELINE_FOLLOWUP, 1_000, null);
        log.close(Duration.ofMinutes(1), 0);
        log.record(SoakRequest.TIMELINE_FOLLOWUP, 1_000, null);

        assertEquals(1, log.total().get(SoakRequest.TIMELINE_FOLLOWUP).requests());
    }

    @Test
    void anErrorIsTheUnexpectedStatusOrTheReasonThereWasNoAnswer() {
        assertNull(Tally.error(201, 201, null));
        assertEquals("500", Tally.error(201, 500, null));
        assertEquals("HttpTimeoutException", Tally.error(200, null,
                new CompletionException(new HttpTimeoutException("request timed out"))));
        assertEquals("IOException", Tally.error(200, null, new IOException("closed")));
    }
}
