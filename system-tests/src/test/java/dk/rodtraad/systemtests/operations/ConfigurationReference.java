package dk.rodtraad.systemtests.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The section "Configuration reference" of docs/operations.md: every setting it names, anywhere in the section, and
 * the settings its tables list in their first column, each with the environment variable beside it.
 *
 * <p>A name may stand for a family: {@code <code>} for one segment a site chooses
 * ({@code rodtraad.access.grounds.<code>}), {@code *} for the rest ({@code rodtraad.required.*}).
 */
record ConfigurationReference(List<String> named, List<Row> rows) {

    static final String HEADING = "## Configuration reference";

    /** A table row: the setting in its first column and what its second column holds, if it is one word in code. */
    record Row(String setting, String environment) {
    }

    private static final Pattern SETTING = Pattern.compile(
            "`((?:rodtraad|quarkus|kafka|kafka-streams|mp)\\.[A-Za-z0-9.<>*_-]+)`");
    private static final Pattern WHOLE_NAMESPACE = Pattern.compile("[a-z-]+\\.\\*");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`|]+)`\\s*\\|\\s*(?:`([A-Z0-9_<>]+)`)?[^|]*\\|");

    static ConfigurationReference of(String operationsMarkdown) {
        int start = operationsMarkdown.indexOf("\n" + HEADING + "\n");
        if (start < 0) {
            throw new AssertionError("docs/operations.md has no section \"" + HEADING + "\"");
        }
        int end = operationsMarkdown.indexOf("\n## ", start + 1);
        String section = operationsMarkdown.substring(start, end < 0 ? operationsMarkdown.length() : end);

        var named = new ArrayList<String>();
        Matcher m = SETTING.matcher(section);
        while (m.find()) {
            named.add(m.group(1));
        }
        var rows = new ArrayList<Row>();
        for (String line : section.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find() && SETTING.matcher("`" + row.group(1) + "`").matches()) {
                rows.add(new Row(row.group(1), row.group(2)));
            }
        }
        return new ConfigurationReference(List.copyOf(named), List.copyOf(rows));
    }

    /**
     * Whether the section names this setting, itself or as one of a family. A whole namespace ({@code rodtraad.*}) in
     * the prose names no setting.
     */
    boolean names(String key) {
        return named.stream().filter(name -> !WHOLE_NAMESPACE.matcher(name).matches())
                .anyMatch(name -> pattern(name).matcher(key).matches());
    }

    /** Whether the section names a setting under this prefix (a {@code @ConfigMapping}'s). */
    boolean namesUnder(String prefix) {
        return named.stream().anyMatch(name -> name.startsWith(prefix + "."));
    }

    /** The environment variable MicroProfile Config maps to a setting: upper case, every other character {@code _}. */
    static String environmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    static Pattern pattern(String name) {
        var regex = new StringBuilder();
        Matcher family = Pattern.compile("<[a-z-]+>|\\*").matcher(name);
        int last = 0;
        while (family.find()) {
            regex.append(Pattern.quote(name.substring(last, family.start())));
            regex.append(family.group().equals("*") ? ".+" : "[^.]+");
            last = family.end();
        }
        regex.append(Pattern.quote(name.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
