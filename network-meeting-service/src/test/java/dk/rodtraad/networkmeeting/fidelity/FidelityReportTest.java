package dk.rodtraad.networkmeeting.fidelity;

import dk.rodtraad.chassis.aggregate.Suppression;
import dk.rodtraad.chassis.aggregate.Visibility;
import dk.rodtraad.networkmeeting.fidelity.FidelityReport.Group;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import static dk.rodtraad.networkmeeting.fidelity.ACourse.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FidelityReportTest {

    private static final FidelityPeriod PERIOD = FidelityPeriod.yearUpTo(new Quarter(2026, 4));
    private static final Instant NOW = Instant.parse("2026-12-20T12:00:00Z");

    @Test
    void fiveCoursesShowTheirNumbersFourAreTooFew() {
        var five = report(courses("Nord", "Skolen", 5));
        assertEquals(Visibility.SHOWN, unit(five, "Nord", "Skolen").visibility());
        assertEquals(5, unit(five, "Nord", "Skolen").measures().orElseThrow().courses());
        assertEquals(5, five.municipality().measures().orElseThrow().courses());
        var four = report(courses("Nord", "Skolen", 4));
        assertEquals(Visibility.TOO_FEW, unit(four, "Nord", "Skolen").visibility());
        assertEquals(Optional.empty(), unit(four, "Nord", "Skolen").measures(), "no number at all for too few");
        assertEquals(Visibility.TOO_FEW, district(four, "Nord").visibility());
        assertEquals(Visibility.TOO_FEW, four.municipality().visibility());
    }

    @Test
    void aDistrictOfFiveBesideOneOfFourIsHiddenTooElseTheMunicipalityMinusItWouldShowTheFour() {
        var report = report(courses("Nord", "Skolen", 5), courses("Syd", "Klubben", 4));
        assertEquals(Visibility.SHOWN, report.municipality().visibility());
        assertEquals(Visibility.TOO_FEW, district(report, "Syd").visibility());
        assertEquals(Visibility.HIDDEN_TO_PROTECT, district(report, "Nord").visibility());
        assertEquals(Visibility.HIDDEN_TO_PROTECT, unit(report, "Nord", "Skolen").visibility(),
                "else Nord would be its one unit again");
    }

    @Test
    void aDistrictMinusItsUnitsNeverRevealsASmallUnit() {
        var report = report(courses("Nord", "Skolen", 7), courses("Nord", "Klubben", 3), courses("Syd", "Dagtilbuddet", 9));
        assertEquals(Visibility.SHOWN, district(report, "Nord").visibility());
        assertEquals(Visibility.TOO_FEW, unit(report, "Nord", "Klubben").visibility());
        assertEquals(Visibility.HIDDEN_TO_PROTECT, unit(report, "Nord", "Skolen").visibility(),
                "else Nord minus Skolen would be Klubben's 3 courses");
        assertEquals(Optional.empty(), unit(report, "Nord", "Skolen").measures());
    }

    @Test
    void theSmallestOfTheOtherUnitsIsHiddenAndNoMore() {
        var report = report(courses("Nord", "A", 8), courses("Nord", "B", 6), courses("Nord", "C", 6),
                courses("Nord", "D", 2));
        assertEquals(Visibility.TOO_FEW, unit(report, "Nord", "D").visibility());
        assertEquals(Visibility.HIDDEN_TO_PROTECT, unit(report, "Nord", "B").visibility(), "the first of the two sixes");
        assertEquals(Visibility.SHOWN, unit(report, "Nord", "C").visibility());
        assertEquals(Visibility.SHOWN, unit(report, "Nord", "A").visibility());
    }

    @Test
    void theMunicipalityMinusItsDistrictsNeverRevealsASmallDistrictNorCanTheHiddenOneBeAddedUpFromItsUnits() {
        var report = report(courses("Nord", "A", 12), courses("Nord", "B", 8), courses("Syd", "C", 3));
        assertEquals(Visibility.SHOWN, report.municipality().visibility());
        assertEquals(Visibility.TOO_FEW, district(report, "Syd").visibility());
        assertEquals(Visibility.HIDDEN_TO_PROTECT, district(report, "Nord").visibility());
        assertEquals(Visibility.HIDDEN_TO_PROTECT, unit(report, "Nord", "B").visibility(),
                "else Nord would be A plus B, and the municipality minus Nord would be Syd");
        assertEquals(Visibility.SHOWN, unit(report, "Nord", "A").visibility());
    }

    @Test
    void aMunicipalityWithFewerThanFiveCoursesShowsNothing() {
        var report = report(courses("Nord", "A", 2), courses("Syd", "B", 2));
        assertEquals(Visibility.TOO_FEW, report.municipality().visibility());
        assertTrue(report.districts().stream().allMatch(group -> group.visibility() == Visibility.TOO_FEW));
        assertTrue(report.units().stream().allMatch(group -> group.measures().isEmpty()));
    }

    @Test
    void noCoursesAtAllAreTooFew() {
        var report = FidelityReport.of(PERIOD, List.of(), NOW);
        assertEquals(Visibility.TOO_FEW, report.municipality().visibility());
        assertEquals(List.of(), report.districts());
        assertEquals(List.of(), report.units());
    }

    @Test
    void districtsAndUnitsComeInDanishOrderTheUnknownLast() {
        var report = report(courses("Øst", "Å-skolen", 5), courses("Vest", "Ærøvej", 5), courses(null, "Skolen", 5),
                courses("Vest", "  ", 5), courses("Vest", "Bakken", 5));
        assertEquals(Arrays.asList("Vest", "Øst", null), report.districts().stream().map(Group::district).toList());
        assertEquals(Arrays.asList("Bakken", "Ærøvej", null, "Å-skolen", "Skolen"),
                report.units().stream().map(Group::unit).toList());
        assertEquals(25, report.municipality().measures().orElseThrow().courses());
    }

    @Test
    void aUnitInTwoDistrictsIsTwoRows() {
        var report = report(courses("Nord", "Sundhedsplejen", 5), courses("Syd", "Sundhedsplejen", 6));
        assertEquals(List.of(5, 6), report.units().stream()
                .map(group -> group.measures().orElseThrow().courses()).toList());
    }

    /**
     * What a reader can subtract, for many municipalities at random: the municipality minus its shown districts, a
     * shown district minus its shown units, the municipality minus every shown unit. Each is no course or at least 5.
     */
    @Test
    void nothingAReaderCanSubtractHoldsFewerThanFiveCourses() {
        var random = new Random(13);
        for (int round = 0; round < 500; round++) {
            var courses = new ArrayList<CourseFacts>();
            int districts = 1 + random.nextInt(4);
            for (int d = 0; d < districts; d++) {
                int units = 1 + random.nextInt(4);
                for (int u = 0; u < units; u++) {
                    courses.addAll(courses("D" + d, "U" + u, 1 + random.nextInt(12)));
                }
            }
            var report = FidelityReport.of(PERIOD, courses, NOW);
            if (report.municipality().visibility() != Visibility.SHOWN) {
                continue;
            }
            int all = courses.size();
            assertSafe(all - shown(report.districts()), report);
            assertSafe(all - shown(report.units()), report);
            for (Group district : report.districts()) {
                if (district.visibility() == Visibility.SHOWN) {
                    assertSafe(district.measures().orElseThrow().courses() - shown(report.units().stream()
                            .filter(unit -> unit.district().equals(district.district())).toList()), report);
                }
            }
        }
    }

    private static void assertSafe(int difference, FidelityReport report) {
        assertTrue(difference == 0 || difference >= Suppression.MINIMUM, difference + " courses in " + report);
    }

    private static int shown(List<Group> groups) {
        return groups.stream().flatMap(group -> group.measures().stream()).mapToInt(GroupMeasures::courses).sum();
    }

    @SafeVarargs
    private static FidelityReport report(List<CourseFacts>... groups) {
        return FidelityReport.of(PERIOD, Arrays.stream(groups).flatMap(List::stream).toList(), NOW);
    }

    private static List<CourseFacts> courses(String district, String unit, int count) {
        return IntStream.range(0, count).mapToObj(i -> ACourse.in(district, unit).held(hours(i)).facts()).toList();
    }

    private static Group district(FidelityReport report, String name) {
        return report.districts().stream().filter(group -> name.equals(group.district())).findFirst().orElseThrow();
    }

    private static Group unit(FidelityReport report, String district, String name) {
        return report.units().stream().filter(group -> district.equals(group.district()) && name.equals(group.unit()))
                .findFirst().orElseThrow();
    }
}
