package dk.rodtraad.networkmeeting.fidelity;

import dk.rodtraad.chassis.aggregate.Suppression;
import dk.rodtraad.chassis.aggregate.Visibility;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fidelity measures of a period for the municipality, by district and by unit, with only the groups large enough
 * to show numbers showing them ({@link Suppression}). No course, no child: groups only.
 *
 * @param districts in Danish alphabetical order, an unknown district last
 * @param units     by district as {@code districts}, then by unit alike: a unit is shown under the district its
 *                  courses were recorded in, so one unit in two districts is two rows
 */
public record FidelityReport(FidelityPeriod period, Group municipality, List<Group> districts, List<Group> units) {

    /**
     * One row of the report.
     *
     * @param district the district; null for the municipality, and for courses whose district is not known
     * @param unit     the unit; null for the municipality and a district, and for courses whose unit is not known
     * @param measures the numbers, only when they are {@link Visibility#SHOWN}
     */
    public record Group(String district, String unit, Visibility visibility, Optional<GroupMeasures> measures) {
    }

    private static final Comparator<String> BY_NAME = Comparator.nullsLast(
            Comparator.comparing(name -> name, Collator.getInstance(Locale.of("da"))));

    /** @param now the time to judge the 24 hours at */
    public static FidelityReport of(FidelityPeriod period, List<CourseFacts> courses, Instant now) {
        var byDistrict = new TreeMap<String, Map<String, List<CourseMeasures>>>(BY_NAME);
        for (CourseFacts course : courses) {
            byDistrict.computeIfAbsent(named(course.district()), district -> new TreeMap<>(BY_NAME))
                    .computeIfAbsent(named(course.unit()), unit -> new ArrayList<>())
                    .add(CourseMeasures.of(course, now));
        }
        List<Branch> districts = byDistrict.entrySet().stream()
                .map(district -> Branch.of(district.getKey(), district.getValue().entrySet().stream()
                        .map(unit -> Branch.leaf(unit.getKey(), unit.getValue())).toList()))
                .toList();
        Branch municipality = Branch.of(null, districts);
        Map<Suppression.Node, Visibility> visibility = Suppression.of(municipality.node());
        return new FidelityReport(period, municipality.group(null, null, visibility),
                districts.stream().map(district -> district.group(district.name(), null, visibility)).toList(),
                districts.stream().flatMap(district -> district.children().stream()
                        .map(unit -> unit.group(district.name(), unit.name(), visibility))).toList());
    }

    /** A group's courses and its node in the suppression tree. */
    private record Branch(String name, List<CourseMeasures> courses, List<Branch> children, Suppression.Node node) {

        static Branch leaf(String name, List<CourseMeasures> courses) {
            return new Branch(name, courses, List.of(), new Suppression.Node(name, courses.size(), List.of()));
        }

        static Branch of(String name, Collection<Branch> children) {
            List<CourseMeasures> courses = children.stream().flatMap(child -> child.courses().stream()).toList();
            return new Branch(name, courses, List.copyOf(children), new Suppression.Node(name, courses.size(),
                    children.stream().map(Branch::node).toList()));
        }

        Group group(String district, String unit, Map<Suppression.Node, Visibility> visibility) {
            Visibility shown = visibility.get(node);
            return new Group(district, unit, shown,
                    shown == Visibility.SHOWN ? Optional.of(GroupMeasures.of(courses)) : Optional.empty());
        }
    }

    /** A name as given, a blank one as unknown. */
    private static String named(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }
}
