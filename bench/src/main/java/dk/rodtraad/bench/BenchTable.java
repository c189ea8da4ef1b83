package dk.rodtraad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bench's one table — figure, system, baseline, ratio, goal, met? — as text for the terminal and as JSON. */
public final class BenchTable {

    private static final String[] HEADER = {"Figure", "Unit", "System", "Baseline", "Ratio", "Goal", "Met?"};
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Figure> figures;
    private final Map<String, String> context;

    /** @param context what the run was (machine, mode, start time), printed above the table and kept in the JSON */
    public BenchTable(List<Figure> figures, Map<String, String> context) {
        this.figures = List.copyOf(figures);
        this.context = new LinkedHashMap<>(context);
    }

    public List<Figure> figures() {
        return figures;
    }

    /** A Markdown table (readable in a terminal, and pasted as is into docs/performance.md), then the notes. */
    public String render() {
        var rows = new ArrayList<String[]>();
        rows.add(HEADER);
        for (Figure figure : figures) {
            rows.add(new String[] {figure.name(), figure.unit(), value(figure.system()), value(figure.baseline()),
                    figure.ratio() == null ? "" : Goal.number(figure.ratio()) + " ×", figure.goal().describe(),
                    met(figure.met())});
        }
        var text = new StringBuilder();
        context.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
        text.append('\n').append(markdown(rows));
        text.append('\n');
        for (Figure figure : figures) {
            if (!figure.note().isEmpty()) {
                text.append("- ").append(figure.name()).append(": ").append(figure.note()).append('\n');
            }
        }
        return text.toString();
    }

    /** The same table as JSON: the context, then one object per figure with its ratio and verdict worked out. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        context.forEach(root::put);
        var array = root.putArray("figures");
        for (Figure figure : figures) {
            ObjectNode node = array.addObject();
            node.put("figure", figure.name());
            node.put("unit", figure.unit());
            node.put("system", figure.system());
            node.put("baseline", figure.baseline());
            node.put("ratio", figure.ratio());
            node.put("goal", figure.goal().describe());
            node.put("met", figure.met());
            node.put("note", figure.note());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows as a Markdown table, the first row the header, each column as wide as its widest cell. */
    static String markdown(List<String[]> rows) {
        int[] widths = new int[rows.getFirst().length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        var text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            text.append(line(rows.get(r), widths));
            if (r == 0) {
                var rule = new String[widths.length];
                for (int i = 0; i < rule.length; i++) {
                    rule[i] = "-".repeat(widths[i]);
                }
                text.append(line(rule, widths));
            }
        }
        return text.toString();
    }

    /** One row of a Markdown table, each cell padded to its column's width. */
    static String line(String[] row, int[] widths) {
        var text = new StringBuilder("|");
        for (int i = 0; i < row.length; i++) {
            text.append(' ').append(row[i]).append(" ".repeat(widths[i] - row[i].length())).append(" |");
        }
        return text.append('\n').toString();
    }

    private static String value(Double value) {
        return value == null ? "–" : Goal.number(value);
    }

    private static String met(Boolean met) {
        return met == null ? "" : met ? "yes" : "no";
    }
}
