package dk.rodtraad.analytics.pseudonymiser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The small-numbers rule's logic, with its counts in a map: a record shows its district, and its unit, only once
 * {@link SmallNumbers#K} children share its week, age band, place and each of its signs. (With the counts in the
 * stream task's store: AnalyticsTopologyTest.)
 */
class SmallNumbersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SmallNumbers rule = counting();

    /** The rule with its counts in a map, for tests of what it does with them. */
    static SmallNumbers counting() {
        Map<String, Set<String>> cells = new HashMap<>();
        return new SmallNumbers((week, combination, child) -> {
            var children = cells.computeIfAbsent(week + "|" + combination, cell -> new HashSet<>());
            if (children.size() < SmallNumbers.K) {
                children.add(child);
            }
            return children.size();
        });
    }

    @Test
    void theFirstFourChildrenOfACombinationShowTheMunicipalityAndTheFifthItsDistrictAndUnit() throws Exception {
        for (int child = 1; child < SmallNumbers.K; child++) {
            assertEquals(record(child, "'ageBand':'13-17','signs':['selvskade']"),
                    rule.generalise(record(child, "'ageBand':'13-17','district':'Nord','unit':'Rødby Skole','signs':['selvskade']")));
        }
        assertEquals(record(5, "'ageBand':'13-17','district':'Nord','unit':'Rødby Skole','signs':['selvskade']"),
                rule.generalise(record(5, "'ageBand':'13-17','district':'Nord','unit':'Rødby Skole','signs':['selvskade']")));
    }

    @Test
    void aDistrictSharedByFiveChildrenShowsWithoutTheUnitsTheyDoNotShare() throws Exception {
        for (int child = 1; child < SmallNumbers.K; child++) {
            rule.generalise(record(child, "'ageBand':'6-12','district':'Syd','unit':'Skole " + child + "','signs':['angst']"));
        }
        assertEquals(record(5, "'ageBand':'6-12','district':'Syd','signs':['angst']"),
                rule.generalise(record(5, "'ageBand':'6-12','district':'Syd','unit':'Skole 5','signs':['angst']")));
    }

    @Test
    void aRareSignHidesTheDistrictThoughTheRecordsOtherSignIsCommon() throws Exception {
        for (int child = 1; child <= SmallNumbers.K; child++) {
            rule.generalise(record(child, "'ageBand':'6-12','district':'Syd','signs':['angst']"));
        }
        assertEquals(record(6, "'ageBand':'6-12','signs':['angst','selvskade']"),
                rule.generalise(record(6, "'ageBand':'6-12','district':'Syd','signs':['angst','selvskade']")));
        assertEquals(record(7, "'ageBand':'6-12','district':'Syd','signs':['angst']"),
                rule.generalise(record(7, "'ageBand':'6-12','district':'Syd','signs':['angst']")));
    }

    @Test
    void oneChildCountsOnceHoweverManyItsRecords() throws Exception {
        for (int time = 0; time < 2 * SmallNumbers.K; time++) {
            assertEquals(record(1, "'ageBand':'0-2','signs':['trivsel-vaegt']"),
                    rule.generalise(record(1, "'ageBand':'0-2','district':'Nord','signs':['trivsel-vaegt']")));
        }
    }

    @Test
    void anotherAgeBandOrWeekIsAnotherCombination() throws Exception {
        for (int child = 1; child <= SmallNumbers.K; child++) {
            rule.generalise(record(child, "'ageBand':'6-12','district':'Syd','signs':['angst']"));
        }
        assertEquals(record(6, "'ageBand':'13-17','signs':['angst']"),
                rule.generalise(record(6, "'ageBand':'13-17','district':'Syd','signs':['angst']")));
        var nextWeek = record(7, "'ageBand':'6-12','district':'Syd','signs':['angst']").put("week", "2026-W49");
        assertEquals(nextWeek.deepCopy().without("district"), rule.generalise(nextWeek));
    }

    @Test
    void aRecordWithoutAPlaceIsLeftAsItIs() throws Exception {
        var record = record(1, "'ageBand':'3-5','signs':['angst'],'level':'yellow'");
        assertEquals(record.deepCopy(), rule.generalise(record));
    }

    private static ObjectNode record(int child, String fields) throws Exception {
        return (ObjectNode) JSON.readTree(("{'week':'2026-W48','child':'child-" + child + "'," + fields + "}")
                .replace('\'', '"'));
    }
}
