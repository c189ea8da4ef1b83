package dk.rodtraad.chassis.aggregate;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which groups of an aggregate report may show their numbers, so that none can single out a family. The groups form
 * a tree: a whole split into parts (the municipality into districts, a district into units; an intervention into
 * intake bands), and every counted unit (a course, a child) lies in exactly one part of each level. Network-meeting-
 * service's fidelity view and followup-service's evaluation ask it alike.
 * <ol>
 *   <li>A group counting fewer than {@value #MINIMUM} shows no number: "for få" ({@link Visibility#TOO_FEW}).</li>
 *   <li>A parent minus its shown children is its hidden children together. So, under a shown parent, the hidden
 *       children must count none or at least {@value #MINIMUM}; else its smallest shown children are hidden too
 *       ({@link Visibility#HIDDEN_TO_PROTECT}), one at a time, until they do. A district total minus its units then
 *       never reveals a small unit, nor the municipality minus its districts a small district.</li>
 *   <li>A hidden parent counting enough could be worked out again as the sum of its children, and then subtracted
 *       like a shown one: so its hidden children too must count at least {@value #MINIMUM}. This also keeps the
 *       root minus all shown leaves (the leaves' table read alone) at 0 or at least {@value #MINIMUM}.</li>
 * </ol>
 * Ties between children of the same size are broken by name, so the same numbers always hide the same groups.
 */
public final class Suppression {

    /** The fewest a group may count and show a number: 5 (courses, children). */
    public static final int MINIMUM = 5;

    /** A group, how many it counts, and the groups it is split into. */
    public record Node(String name, int size, List<Node> children) {
    }

    private Suppression() {
    }

    /** Every node's visibility, by identity. */
    public static Map<Node, Visibility> of(Node root) {
        var visibility = new IdentityHashMap<Node, Visibility>();
        visibility.put(root, byItself(root));
        decideChildren(root, visibility);
        return visibility;
    }

    private static void decideChildren(Node parent, Map<Node, Visibility> visibility) {
        parent.children().forEach(child -> visibility.put(child, byItself(child)));
        int hidden = parent.children().stream().filter(child -> visibility.get(child) != Visibility.SHOWN)
                .mapToInt(Node::size).sum();
        int needed = visibility.get(parent) != Visibility.SHOWN || hidden > 0 ? MINIMUM : 0;
        List<Node> shownSmallestFirst = parent.children().stream()
                .filter(child -> visibility.get(child) == Visibility.SHOWN)
                .sorted(Comparator.comparingInt(Node::size).thenComparing(Node::name, Comparator.nullsLast(
                        Comparator.naturalOrder())))
                .toList();
        for (Node child : shownSmallestFirst) {
            if (hidden >= needed) {
                break;
            }
            visibility.put(child, Visibility.HIDDEN_TO_PROTECT);
            hidden += child.size();
        }
        parent.children().forEach(child -> decideChildren(child, visibility));
    }

    private static Visibility byItself(Node node) {
        return node.size() < MINIMUM ? Visibility.TOO_FEW : Visibility.SHOWN;
    }
}
