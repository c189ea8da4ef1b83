package dk.rodtraad.chassis.web;

import io.quarkus.qute.Engine;
import io.quarkus.qute.SectionBlock;
import io.quarkus.qute.TemplateNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The links of the service's main menu, read once from its template ({@code templates/hovedmenu.html}, each link a
 * {@code menupunkt}), so that the menu marks where the user is also on the pages below a link: a concern's
 * reassessment ({@code /bekymringer/…/revurdering}) is in "Mine børn" ({@code /bekymringer}). A link whose pages lie
 * elsewhere as well names those paths too, apart by spaces ({@code also='/boern'}: a child's page is in "Mine børn").
 */
@ApplicationScoped
public class MainMenu {

    private static final String TEMPLATE = "hovedmenu";
    private static final String LINK_TAG = "menupunkt";

    /** A path of the site and the menu link under which it and the pages below it are. */
    record Area(String path, String link) {
    }

    private final List<Area> areas;

    @Inject
    MainMenu(Engine engine) {
        this(areasOf(engine));
    }

    MainMenu(List<Area> areas) {
        this.areas = List.copyOf(areas);
    }

    /**
     * The link that leads to the page at {@code path}, or to the part of the menu it is in: of the paths the links
     * name that are the path itself or a path above it, the longest ({@code /katalog/vejviser/x} is in
     * {@code /katalog/vejviser}, not in {@code /katalog}). The front page ({@code /}) holds only itself.
     */
    public Optional<String> linkTo(String path) {
        return areas.stream()
                .filter(area -> path.equals(area.path()) || !area.path().equals("/")
                        && path.startsWith(area.path() + "/"))
                .max(Comparator.comparingInt(area -> area.path().length()))
                .map(Area::link);
    }

    private static List<Area> areasOf(Engine engine) {
        var menu = engine.getTemplate(TEMPLATE);
        var areas = new ArrayList<Area>();
        if (menu != null) {
            menu.findNodes(node -> node.kind() == TemplateNode.Kind.SECTION
                            && LINK_TAG.equals(node.asSection().getName()))
                    .forEach(node -> areas.addAll(areasOf(node.asSection().getBlocks().getFirst())));
        }
        return areas;
    }

    private static List<Area> areasOf(SectionBlock link) {
        Map<String, String> parameters = link.parameters;
        String href = literal("href", parameters.get("href"));
        var areas = new ArrayList<Area>(List.of(new Area(href, href)));
        if (parameters.containsKey("also")) {
            for (String path : literal("also", parameters.get("also")).split(" +")) {
                areas.add(new Area(path, href));
            }
        }
        return areas;
    }

    /** {@code '/bekymringer'} as the template writes it: a menu's paths are literals, not expressions. */
    private static String literal(String name, String value) {
        if (value == null || value.length() < 2 || "'\"".indexOf(value.charAt(0)) < 0
                || value.charAt(value.length() - 1) != value.charAt(0)) {
            throw new IllegalStateException("A " + LINK_TAG + " of templates/" + TEMPLATE + ".html needs a literal "
                    + name + ", e.g. " + name + "='/bekymringer'; found " + value);
        }
        return value.substring(1, value.length() - 1);
    }
}
