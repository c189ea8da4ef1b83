package dk.rodtraad.followup.evaluation;

import dk.rodtraad.chassis.aggregate.Suppression;
import dk.rodtraad.chassis.aggregate.Visibility;
import dk.rodtraad.chassis.codes.AgeGroup;
import dk.rodtraad.followup.evaluation.InterventionEvaluation.Group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What works: every intervention's plans measured in groups — all, by intake band, by age group — with no figure that
 * could single out a child ({@link Suppression}). A child counts once per intervention, by its latest plan with it, so
 * that a group's plans are its children and the bands (and the age groups) split the whole without overlap.
 * <p>
 * Each measure is suppressed on its own, over the children of its base: a measure of ended plans may be "for få" in a
 * group that shows how many plans were started. The bands are one tree under the whole, the age groups another, each
 * decided by {@link Suppression} — so the whole minus the shown bands never holds fewer than 5 children, nor the whole
 * minus the shown age groups.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /** The interventions with at least one plan, by id. */
    public static List<InterventionEvaluation> of(List<PlanFacts> plans) {
        Map<UUID, List<PlanFacts>> byIntervention = latestPerChild(plans).stream()
                .collect(Collectors.groupingBy(PlanFacts::interventionId, LinkedHashMap::new, Collectors.toList()));
        return byIntervention.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(intervention -> evaluate(intervention.getKey(), intervention.getValue())).toList();
    }

    private static List<PlanFacts> latestPerChild(List<PlanFacts> plans) {
        record ChildWith(UUID child, UUID intervention) {
        }
        return List.copyOf(plans.stream().collect(Collectors.toMap(
                plan -> new ChildWith(plan.childId(), plan.interventionId()), Function.identity(),
                (a, b) -> a.startsOn().isAfter(b.startsOn()) ? a : b, LinkedHashMap::new)).values());
    }

    private static InterventionEvaluation evaluate(UUID interventionId, List<PlanFacts> plans) {
        var bands = Split.of(IntakeBands.ALL, plans, plan -> IntakeBands.of(plan.outcome()));
        var ages = Split.of(Arrays.stream(AgeGroup.values()).map(AgeGroup::code).toList(), plans,
                plan -> AgeGroup.of(plan.ageAtStart()).code());
        var total = new ArrayList<Figure>();
        var bandFigures = new ArrayList<List<Figure>>();
        var ageFigures = new ArrayList<List<Figure>>();
        for (Measure measure : Measure.values()) {
            List<Figure> byBand = bands.measure(measure, plans);
            List<Figure> byAge = ages.measure(measure, plans);
            // The whole is decided by its own size alone, so both splits give it the same figure.
            total.add(byBand.getFirst());
            bandFigures.add(byBand.subList(1, byBand.size()));
            ageFigures.add(byAge.subList(1, byAge.size()));
        }
        return new InterventionEvaluation(interventionId, new Group(Group.TOTAL, List.copyOf(total)),
                bands.groups(bandFigures), ages.groups(ageFigures));
    }

    /** A split of an intervention's plans into parts (the bands, or the age groups), every part listed. */
    private record Split(List<String> parts, Map<String, List<PlanFacts>> plansByPart) {

        static Split of(List<String> parts, List<PlanFacts> plans, Function<PlanFacts, String> partOf) {
            Map<String, List<PlanFacts>> byPart = new LinkedHashMap<>();
            parts.forEach(part -> byPart.put(part, new ArrayList<>()));
            plans.forEach(plan -> byPart.get(partOf.apply(plan)).add(plan));
            return new Split(parts, byPart);
        }

        /** The measure's figure for the whole, then for each part in order. */
        List<Figure> measure(Measure measure, List<PlanFacts> plans) {
            List<PlanFacts> wholeBase = plans.stream().filter(measure::counts).toList();
            var partNodes = new ArrayList<Suppression.Node>();
            var partBases = new ArrayList<List<PlanFacts>>();
            for (String part : parts) {
                List<PlanFacts> base = plansByPart.get(part).stream().filter(measure::counts).toList();
                partBases.add(base);
                partNodes.add(new Suppression.Node(part, base.size(), List.of()));
            }
            var whole = new Suppression.Node(Group.TOTAL, wholeBase.size(), List.copyOf(partNodes));
            Map<Suppression.Node, Visibility> visibility = Suppression.of(whole);
            var figures = new ArrayList<Figure>();
            figures.add(figure(measure, visibility.get(whole), wholeBase));
            for (int i = 0; i < parts.size(); i++) {
                figures.add(figure(measure, visibility.get(partNodes.get(i)), partBases.get(i)));
            }
            return figures;
        }

        /** Each part as a group, from the parts' figures of each measure in the measures' order. */
        List<Group> groups(List<List<Figure>> partsByMeasure) {
            return IntStream.range(0, parts.size()).mapToObj(i -> new Group(parts.get(i),
                    partsByMeasure.stream().map(figures -> figures.get(i)).toList())).toList();
        }

        private static Figure figure(Measure measure, Visibility visibility, List<PlanFacts> base) {
            return visibility == Visibility.SHOWN ? Figure.shown(measure, base.size(), measure.of(base))
                    : Figure.withheld(measure, visibility);
        }
    }
}
