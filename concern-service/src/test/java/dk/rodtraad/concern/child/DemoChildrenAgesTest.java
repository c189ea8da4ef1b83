package dk.rodtraad.concern.child;

import dk.rodtraad.testkit.cli.DemoConcerns;
import dk.rodtraad.testkit.cli.DemoConcerns.DemoConcern;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local stack's demo children (testkit's {@link DemoConcerns}) have the ages their settings imply, read from their
 * CPR numbers by this service's own century rule ({@link CprNumber}): no health nurse's concern about a 101-year-old.
 * The test lives here, not in testkit, because testkit cannot depend on a service.
 */
class DemoChildrenAgesTest {

    /** The ages, in whole years on the day observed, at which a child is met in each setting the demo uses. */
    private static final Map<String, AgeRange> AGES_BY_SETTING = Map.of(
            "sundhedspleje", new AgeRange(0, 0),
            "dagtilbud", new AgeRange(1, 5),
            "skole", new AgeRange(6, 16),
            "fritid", new AgeRange(6, 17));

    private record AgeRange(int from, int to) {

        boolean holds(int age) {
            return from <= age && age <= to;
        }
    }

    /** Today, a leap day and a day far ahead: the demo's children keep their ages whenever it is loaded. */
    private static final List<LocalDate> LOADED_ON = List.of(LocalDate.now(), LocalDate.of(2028, 2, 29),
            LocalDate.of(2050, 12, 31));

    @Test
    void everyDemoChildHasAnAgeItsSettingImplies() {
        for (LocalDate today : LOADED_ON) {
            for (DemoConcern concern : DemoConcerns.ALL) {
                var cpr = CprNumber.parse(concern.child().cpr(today));
                LocalDate observed = concern.observed(today);
                var ages = AGES_BY_SETTING.get(concern.setting());
                assertNotNull(ages, "the ages of setting " + concern.setting());
                assertTrue(cpr.birthDate().isBefore(observed), concern.child().name() + " born " + cpr.birthDate()
                        + ", observed " + observed);
                int age = cpr.ageOn(observed);
                assertTrue(ages.holds(age), concern.child().name() + " is " + age + " in " + concern.setting()
                        + " on " + observed);
            }
        }
    }

    @Test
    void theDemoSpansAnInfantAPreschoolChildASchoolChildAndATeenager() {
        LocalDate today = LocalDate.now();
        List<Integer> ages = DemoConcerns.ALL.stream()
                .map(concern -> CprNumber.parse(concern.child().cpr(today)).ageOn(concern.observed(today)))
                .toList();
        assertTrue(ages.stream().anyMatch(age -> age == 0), "an infant among " + ages);
        assertTrue(ages.stream().anyMatch(age -> 1 <= age && age <= 5), "a preschool child among " + ages);
        assertTrue(ages.stream().anyMatch(age -> 6 <= age && age <= 12), "a school child among " + ages);
        assertTrue(ages.stream().anyMatch(age -> 13 <= age && age <= 17), "a teenager among " + ages);
    }
}
