package dk.rodtraad.chassis.web;

import io.quarkus.qute.TemplateData;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One page of a list that is too long to show at once, {@value #SIZE} at a time, chosen with the {@value #PARAM}
 * parameter and shown with the chassis's {@code tags/sider.html} (DKFDS pagination, "Forrige", "Næste", "Side x af y").
 *
 * @param items  what is on this page
 * @param number this page, from 1
 * @param count  how many pages there are, at least 1
 * @param total  how many items there are in all
 * @param link   the list's address with its other parameters (a search's {@code q}), to which {@link #href} adds the page
 */
@TemplateData
public record Page<T>(List<T> items, int number, int count, long total, String link) {

    public static final int SIZE = 20;
    public static final String PARAM = "side";

    /** The page a {@code ?side=} asks for: 1 when missing or not a positive number. */
    public static int number(String side) {
        try {
            return side == null ? 1 : Math.max(1, Integer.parseInt(side.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The page of a whole list held in memory; a page past the last is the last. */
    public static <T> Page<T> slice(List<T> all, int number, String link) {
        int count = count(all.size());
        int shown = Math.min(number, count);
        int from = (shown - 1) * SIZE;
        return new Page<>(List.copyOf(all.subList(from, Math.min(all.size(), from + SIZE))), shown, count, all.size(),
                link);
    }

    /** A page a query fetched itself, {@link #offset} on, of {@code total} items in all. */
    public static <T> Page<T> of(List<T> items, int number, long total, String link) {
        return new Page<>(List.copyOf(items), number, count(total), total, link);
    }

    /** Where the query for page {@code number} starts. */
    public static int offset(int number) {
        return (Math.max(1, number) - 1) * SIZE;
    }

    /**
     * The address of a list with its parameters, blank ones left out, e.g. {@code link("/sparring", "q", "skole")}.
     *
     * @param namesAndValues name, value, name, value …
     */
    public static String link(String path, String... namesAndValues) {
        String query = IntStream.range(0, namesAndValues.length / 2)
                .filter(i -> namesAndValues[2 * i + 1] != null && !namesAndValues[2 * i + 1].isBlank())
                .mapToObj(i -> namesAndValues[2 * i] + "=" + URLEncoder.encode(namesAndValues[2 * i + 1].strip(),
                        StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    /**
     * The address a list was asked for, with every parameter but the page as it came (a search's many filters, a
     * repeated {@code sign=}): what {@link #href} adds the page to.
     */
    public static String linkTo(URI requested) {
        String query = requested.getRawQuery() == null ? "" : Arrays.stream(requested.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !p.equals(PARAM) && !p.startsWith(PARAM + "="))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? requested.getRawPath() : requested.getRawPath() + "?" + query;
    }

    /** How many pages {@code total} items fill, at least 1. */
    public static int count(long total) {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    /** The address of page {@code n} of this list. */
    public String href(int n) {
        return link + (link.contains("?") ? "&" : "?") + PARAM + "=" + n;
    }

    public boolean first() {
        return number <= 1;
    }

    public boolean last() {
        return number >= count;
    }

    public int previous() {
        return number - 1;
    }

    public int next() {
        return number + 1;
    }

    /** More than one page, so the pagination is shown. */
    public boolean paged() {
        return count > 1;
    }

    /**
     * The page numbers the pagination shows, as DKFDS does: all up to seven, else the first, the last and those around
     * this one, with 0 where pages are left out ("…").
     */
    public List<Integer> shown() {
        if (count <= 7) {
            return IntStream.rangeClosed(1, count).boxed().toList();
        }
        List<Integer> shown = new ArrayList<>();
        if (number < 5) {
            IntStream.rangeClosed(1, 5).forEach(shown::add);
            shown.addAll(List.of(0, count));
        } else if (number + 4 > count) {
            shown.addAll(List.of(1, 0));
            IntStream.rangeClosed(count - 4, count).forEach(shown::add);
        } else {
            shown.addAll(List.of(1, 0, number - 1, number, number + 1, 0, count));
        }
        return shown;
    }
}
