package dk.rodtraad.catalogue.versioning.web;

import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.chassis.problem.NotFound;
import io.quarkus.qute.i18n.MessageBundles;


/** The numbers a versioned document's pages read from their addresses and forms. */
public final class VersionNumbers {

    /** A version number from the address; anything else is a version that does not exist. */
    public static int parse(String number) {
        if (number == null || !number.matches("\\d{1,9}")) {
            throw missing();
        }
        return Integer.parseInt(number);
    }

    /**
     * A version, sign or group a page's address names that is not there, or a published version where only a draft
     * can be edited: nothing about a child, so the page may say what is missing.
     */
    public static NotFound missing() {
        return NotFound.nameable(MessageBundles.get(AppMessages.class).version_missing_text());
    }

    /** The lock version the form was opened at, or null when the form carries none a stale check could use. */
    public static Long lock(String version) {
        return version == null || !version.strip().matches("\\d{1,18}") ? null : Long.valueOf(version.strip());
    }

    private VersionNumbers() {
    }
}
