package dk.rodtraad.chassis.web;

import io.quarkus.qute.TemplateData;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One page of a long list, for the tag {@code tags/sider.html} (DKFDS pagination, in Danish). The page is chosen by
 * the query parameter {@value #PARAM}; the links keep every other parameter of the address, so a filtered list stays
 * filtered from page to page. A page number that is not one (or past the end) reads as the nearest page.
 *
 * @param items the items on this page
 * @param page  this page's number, from 1
 * @param size  items per page
 * @param total items in the whole list
 * @param path  the address's path
 * @param query the address's other query parameters, encoded as they came, or empty
 */
@TemplateData
public record Paging<T>(List<T> items, int page, int size, int total, String path, String query) {

    public static final String PARAM = "side";

    /** The page {@code side} names of {@code all}, for the address it was asked for. */
    public static <T> Paging<T> of(List<T> all, String side, int size, URI requested) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int page = side != null && side.strip().matches("\\d{1,9}") ? Integer.parseInt(side.strip()) : 1;
        page = Math.clamp(page, 1, pages);
        String query = requested.getRawQuery() == null ? "" : Arrays.stream(requested.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !p.equals(PARAM) && !p.startsWith(PARAM + "="))
                .collect(Collectors.joining("&"));
        return new Paging<>(all.subList((page - 1) * size, Math.min(all.size(), page * size)), page, size, all.size(),
                requested.getRawPath(), query);
    }

    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public List<Integer> numbers() {
        return IntStream.rangeClosed(1, pages()).boxed().toList();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public String previous() {
        return href(page - 1);
    }

    public String next() {
        return href(page + 1);
    }

    /** The address of page {@code n}, with the other query parameters as they were. */
    public String href(int n) {
        return path + "?" + (query.isEmpty() ? "" : query + "&") + PARAM + "=" + n;
    }
}
