package dk.rodtraad.concern.web;

import java.util.Arrays;
import java.util.Locale;

/** A list's search as the concern pages read it: every word typed, in any case, somewhere in what is searched. */
public final class Search {

    /** @param query what was typed; blank finds everything */
    public static boolean matches(String query, String... texts) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = String.join(" ", texts).toLowerCase(Locale.ROOT);
        return Arrays.stream(query.strip().toLowerCase(Locale.ROOT).split("\\s+")).allMatch(haystack::contains);
    }

    private Search() {
    }
}
