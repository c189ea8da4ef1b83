package dk.rodtraad.catalogue.versioning.web;

import jakarta.ws.rs.NotFoundException;

/** The numbers a versioned document's pages read from their addresses and forms. */
public final class VersionNumbers {

    /** A version number from the address; anything else is a version that does not exist. */
    public static int parse(String number) {
        if (number == null || !number.matches("\\d{1,9}")) {
            throw new NotFoundException("No such version: " + number);
        }
        return Integer.parseInt(number);
    }

    /** The lock version the form was opened at, or null when the form carries none a stale check could use. */
    public static Long lock(String version) {
        return version == null || !version.strip().matches("\\d{1,18}") ? null : Long.valueOf(version.strip());
    }

    private VersionNumbers() {
    }
}
