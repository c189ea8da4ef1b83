package dk.rodtraad.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FootprintTest {

    @Test
    void aServicesStartsAloneCountByTheirMedianAndAreToldInTheOrderTheyRan() {
        var starts = new Footprint.Starts(List.of(4.18, 2.93, 3.21));
        assertEquals(3.21, starts.median());
        assertEquals("3 starts: 4.18, 2.93, 3.21 s", starts.described());
    }
}
