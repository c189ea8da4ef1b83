package dk.rodtraad.analytics.pseudonymiser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The small-numbers rule: no record carries place, age band and signs together at full detail. */
class SmallNumbersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void signsWithAnAgeBandLoseTheDistrictAndTheUnit() throws Exception {
        assertEquals(record("{'week':'2026-W48','ageBand':'13-17','signs':['selvskade']}"),
                SmallNumbers.generalise(record(
                        "{'week':'2026-W48','ageBand':'13-17','district':'Nord','unit':'Rødby Skole','signs':['selvskade']}")));
    }

    @Test
    void signsOrAnAgeBandAloneLoseOnlyTheUnit() throws Exception {
        assertEquals(record("{'district':'Nord','signs':['angst']}"),
                SmallNumbers.generalise(record("{'district':'Nord','unit':'Rødby Skole','signs':['angst']}")));
        assertEquals(record("{'district':'Nord','ageBand':'0-2'}"),
                SmallNumbers.generalise(record("{'district':'Nord','unit':'Sundhedsplejen','ageBand':'0-2'}")));
    }

    @Test
    void aRecordWithoutSignsOrAgeBandKeepsItsPlace() throws Exception {
        var record = record("{'district':'Nord','unit':'Rødby Skole','outcome':'gennemfoert','signs':[]}");
        assertEquals(record.deepCopy(), SmallNumbers.generalise(record));
    }

    private static ObjectNode record(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
    }
}
