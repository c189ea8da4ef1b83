package dk.rodtraad.testkit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The ids a page gives more than one element. Each must be unique: a label's {@code for}, an {@code aria-labelledby}
 * or a link to {@code #id} finds only the first, so a repeated id names the wrong thing to assistive technology.
 */
public final class HtmlIds {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    /** The repeated ids, each once, in order; empty when every id is unique. */
    public static List<String> repeated(String html) {
        Map<String, Integer> counts = new TreeMap<>();
        ID.matcher(html).results().forEach(match -> counts.merge(match.group(1), 1, Integer::sum));
        return counts.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    private HtmlIds() {
    }
}
