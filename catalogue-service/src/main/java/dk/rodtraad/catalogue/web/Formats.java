package dk.rodtraad.catalogue.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as Danish staff read them, in the municipality's own time zone. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", Locale.of("da"))
            .withZone(ZoneId.of("Europe/Copenhagen"));

    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    private Formats() {
    }
}
