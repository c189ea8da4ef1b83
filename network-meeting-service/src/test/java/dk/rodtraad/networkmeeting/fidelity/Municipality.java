package dk.rodtraad.networkmeeting.fidelity;

import dk.rodtraad.networkmeeting.meeting.MeetingPlace;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static dk.rodtraad.networkmeeting.fidelity.ACourse.days;
import static dk.rodtraad.networkmeeting.fidelity.ACourse.hours;

/**
 * A municipality's courses for the page tests, with every kind of group: shown, "for få" and hidden to protect.
 * Nord (Sundhedsplejen 6, Skolen 5), Syd (Klubben 7, Dagtilbuddet 6) and Vest (Klubben 2): Vest is too few, so Nord,
 * the smaller district left, is hidden too, and within it Skolen, so that Nord cannot be added up from its units.
 */
public final class Municipality {

    /** In Syd every first meeting is within 24 hours, at home, with every voice and the core team. */
    public static List<CourseFacts> courses() {
        var courses = new ArrayList<CourseFacts>();
        courses.addAll(some("Nord", "Sundhedsplejen", 6));
        courses.addAll(some("Nord", "Skolen", 5));
        courses.addAll(some("Syd", "Klubben", 7));
        courses.addAll(some("Syd", "Dagtilbuddet", 6));
        courses.addAll(IntStream.range(0, 2).mapToObj(i -> ACourse.in("Vest", "Klubben")
                .held(days(3), MeetingPlace.RAADHUS, false, false, 0, 1).facts()).toList());
        return courses;
    }

    /** Five courses of a district with a name a spreadsheet would run as a formula. */
    public static List<CourseFacts> withAFormulaForAName() {
        return some("=1+1", "Skolen", 5);
    }

    private static List<CourseFacts> some(String district, String unit, int count) {
        return IntStream.range(0, count).mapToObj(i -> ACourse.in(district, unit).held(hours(10 + i))
                .held(days(14)).agreement(hours(10 + i), days(14)).facts()).toList();
    }

    private Municipality() {
    }
}
