package dk.rodtraad.systemtests.architecture;

import static java.util.Comparator.comparing;
import static java.util.stream.Collectors.joining;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * No slice depends, directly or round about, on itself: the slices' dependency graph has no strongly connected
 * component of more than one slice. One violation per such component, reported by its first slice by name, listing
 * every dependency between the component's slices.
 *
 * <p>Why not ArchUnit's own {@code beFreeOfCycles()}: its cycle search (ArchUnit 1.5.0, {@code JohnsonCycleFinder}
 * with {@code TarjanComponentFinder}) takes the first component the depth-first search from the lowest unvisited slice
 * reaches, then goes on only from slices above that component's lowest one, so a component with lower slices that the
 * search did not reach from there is never looked at. Adding the analysts' two packages reordered the slices and
 * the rule stopped seeing a new two-package cycle (ArchitectureTest's fixture). Components found by JGraphT's Kosaraju
 * are all the components, whatever the order; a component is also what this rule forbids: one package in two.
 */
final class BeInNoCycle extends ArchCondition<Slice> {

    private final Map<Slice, Set<Slice>> componentOf = new HashMap<>();

    BeInNoCycle() {
        super("be in no cycle");
    }

    @Override
    public void init(Collection<Slice> slices) {
        componentOf.clear();
        Map<JavaClass, Slice> sliceOf = new HashMap<>();
        slices.forEach(slice -> slice.forEach(javaClass -> sliceOf.put(javaClass, slice)));
        Graph<Slice, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        slices.forEach(graph::addVertex);
        for (Slice slice : slices) {
            for (Dependency dependency : slice.getDependenciesFromSelf()) {
                Slice target = sliceOf.get(dependency.getTargetClass());
                if (target != null && !target.equals(slice)) {
                    graph.addEdge(slice, target);
                }
            }
        }
        for (Set<Slice> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            if (component.size() > 1) {
                component.forEach(slice -> componentOf.put(slice, component));
            }
        }
    }

    @Override
    public void check(Slice slice, ConditionEvents events) {
        Set<Slice> component = componentOf.get(slice);
        if (component == null || !slice.equals(first(component))) {
            return;
        }
        List<Slice> members = component.stream().sorted(comparing(Slice::getDescription)).toList();
        StringBuilder message = new StringBuilder("Cycle detected: ")
                .append(members.stream().map(Slice::getDescription).collect(joining(", ")))
                .append(" depend on each other");
        for (Slice member : members) {
            message.append(System.lineSeparator()).append("  Dependencies of ").append(member.getDescription());
            member.getDependenciesFromSelf().stream()
                    .filter(dependency -> members.stream().anyMatch(other -> other != member
                            && other.contains(dependency.getTargetClass())))
                    .map(Dependency::getDescription).sorted()
                    .forEach(line -> message.append(System.lineSeparator()).append("    - ").append(line));
        }
        events.add(SimpleConditionEvent.violated(slice, message.toString()));
    }

    private static Slice first(Set<Slice> component) {
        return component.stream().min(comparing(Slice::getDescription)).orElseThrow();
    }
}
