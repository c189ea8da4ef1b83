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

    static final String TEMPLATE = "hovedmenu";
    static final String LINK_TAG = "menupunkt";

    /** A path of the site and the menu link whose part of the menu it and the pages below it belong to. */
    record Part(String path, String link) {
    }

    private final List<Part> parts;

    @Inject
    MainMenu(Engine engine) {
        this(partsOf(engine));
    }

    MainMenu(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * The link that leads to the page at {@code path}, or to the part of the menu it is in: of the paths the links
     * name that are the path itself or a path above it, the longest ({@code /katalog/vejviser/x} is in
     * {@code /katalog/vejviser}, not in {@code /katalog}). The front page ({@code /}) holds only itself.
     */
    public Optional<String> linkTo(String path) {
        return parts.stream()
                .filter(part -> path.equals(part.path()) || !part.path().equals("/")
                        && path.startsWith(part.path() + "/"))
                .max(Comparator.comparingInt(part -> part.path().length()))
                .map(Part::link);
    }

    private static List<Part> partsOf(Engine engine) {
        var menu = engine.getTemplate(TEMPLATE);
        var parts = new ArrayList<Part>();
        if (menu != null) {
            menu.findNodes(node -> node.kind() == TemplateNode.Kind.SECTION
                            && LINK_TAG.equals(node.asSection().getName()))
                    .forEach(node -> parts.addAll(partsOf(node.asSection().getBlocks().getFirst())));
        }
        return parts;
    }

    private static List<Part> partsOf(SectionBlock link) {
        Map<String, String> parameters = link.parameters;
        String href = literal("href", parameters.get("href"));
        var parts = new ArrayList<Part>(List.of(new Part(href, href)));
        if (parameters.containsKey("also")) {
            for (String path : literal("also", parameters.get("also")).split(" +")) {
                parts.add(new Part(path, href));
            }
        }
        return parts;
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
