package dk.rodtraad.networkmeeting.fidelity;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which groups of a fidelity report may show their numbers, so that none can single out a family. A group is a tree
 * of groups: the municipality is split into districts, a district into units, and every course lies in exactly one
 * unit of one district.
 * <ol>
 *   <li>A group with fewer than {@value #MINIMUM_COURSES} courses shows no number: "for få" ({@link Visibility#TOO_FEW}).</li>
 *   <li>A parent minus its shown children is its hidden children together. So, under a shown parent, the hidden
 *       children must hold no course or at least {@value #MINIMUM_COURSES}; else its smallest shown children are
 *       hidden too ({@link Visibility#HIDDEN_TO_PROTECT}), one at a time, until they do. A district total minus its
 *       units then never reveals a small unit, nor the municipality minus its districts a small district.</li>
 *   <li>A hidden parent with enough courses could be worked out again as the sum of its children, and then subtracted
 *       like a shown one: so its hidden children too must hold at least {@value #MINIMUM_COURSES} courses. This also
 *       keeps the municipality minus all shown units (the units' table read alone) at 0 or at least
 *       {@value #MINIMUM_COURSES} courses.</li>
 * </ol>
 * Ties between children of the same size are broken by name, so the same numbers always hide the same groups.
 */
final class Suppression {

    static final int MINIMUM_COURSES = 5;

    /** A group of courses and the groups it is split into. */
    record Node(String name, int courses, List<Node> children) {
    }

    private Suppression() {
    }

    /** Every node's visibility, by identity. */
    static Map<Node, Visibility> of(Node root) {
        var visibility = new IdentityHashMap<Node, Visibility>();
        visibility.put(root, byItself(root));
        decideChildren(root, visibility);
        return visibility;
    }

    private static void decideChildren(Node parent, Map<Node, Visibility> visibility) {
        parent.children().forEach(child -> visibility.put(child, byItself(child)));
        int hidden = parent.children().stream().filter(child -> visibility.get(child) != Visibility.SHOWN)
                .mapToInt(Node::courses).sum();
        int needed = visibility.get(parent) != Visibility.SHOWN || hidden > 0 ? MINIMUM_COURSES : 0;
        List<Node> shownSmallestFirst = parent.children().stream()
                .filter(child -> visibility.get(child) == Visibility.SHOWN)
                .sorted(Comparator.comparingInt(Node::courses).thenComparing(Node::name, Comparator.nullsLast(
                        Comparator.naturalOrder())))
                .toList();
        for (Node child : shownSmallestFirst) {
            if (hidden >= needed) {
                break;
            }
            visibility.put(child, Visibility.HIDDEN_TO_PROTECT);
            hidden += child.courses();
        }
        parent.children().forEach(child -> decideChildren(child, visibility));
    }

    private static Visibility byItself(Node node) {
        return node.courses() < MINIMUM_COURSES ? Visibility.TOO_FEW : Visibility.SHOWN;
    }
}
