package dk.rodtraad.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KafkaBaselinesTest {

    @Test
    void readsTheProducersFinalSummaryNotItsProgressLines() {
        String output = """
                150257 records sent, 30039.4 records/sec (29.34 MB/sec), 512.1 ms avg latency, 800.0 ms max latency.
                500000 records sent, 61050.123 records/sec (59.62 MB/sec), 420.50 ms avg latency, 900.00 ms max latency, 400 ms 50th, 700 ms 95th, 850 ms 99th, 890 ms 99.9th.
                """;
        assertEquals("61050.123", KafkaBaselines.last(KafkaBaselines.PRODUCER_SUMMARY, output).group(2));
    }

    @Test
    void readsEndToEndLatencysAverageAndPercentiles() {
        String output = """
                0	3.1
                Avg latency: 1.2345 ms
                Percentiles: 50th = 1, 99th = 7, 99.9th = 12
                """;
        assertEquals("1.2345", KafkaBaselines.last(KafkaBaselines.END_TO_END_AVERAGE, output).group(1));
        var percentiles = KafkaBaselines.last(KafkaBaselines.END_TO_END_PERCENTILES, output);
        assertEquals("1", percentiles.group(1));
        assertEquals("7", percentiles.group(2));
    }

    @Test
    void saysWhatItMissedWhenTheToolPrintedNoFigure() {
        var error = assertThrows(IllegalStateException.class,
                () -> KafkaBaselines.last(KafkaBaselines.END_TO_END_AVERAGE, "Exception in thread main"));
        assertEquals(true, error.getMessage().contains("Exception in thread main"));
    }
}
