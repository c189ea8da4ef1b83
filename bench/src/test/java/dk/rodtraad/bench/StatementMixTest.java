package dk.rodtraad.bench;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatementMixTest {

    @Test
    void perConcernMixIsTheCountersGrowthOverTheConcerns() {
        var mix = StatementMix.of(1000, 8700, 1000, 2000);
        assertEquals(8.7, mix.inserts());
        assertEquals(1.0, mix.updates());
        assertEquals(2.0, mix.commits());
    }

    @Test
    void sharesOfAFractionalAverageAddUpToIt() {
        assertEquals(87, LongStream.range(0, 10).map(unit -> StatementMix.share(8.7, unit)).sum());
        assertEquals(8700, LongStream.range(0, 1000).map(unit -> StatementMix.share(8.7, unit)).sum());
    }

    @Test
    void sharesAreWholeNumbersNextToTheAverage() {
        LongStream.range(0, 100).forEach(unit -> {
            int share = StatementMix.share(8.7, unit);
            assertEquals(true, share == 8 || share == 9, "unit " + unit + " got " + share);
        });
    }
}
