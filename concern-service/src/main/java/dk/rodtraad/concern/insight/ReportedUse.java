package dk.rodtraad.concern.insight;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One use of the child's data in the citizen's report, in Danish: when, the kind of use ({@code læst},
 * {@code ændret}, {@code afvist}), what and why, who by discipline and role (never by name), and in which service.
 *
 * @param time       the date and time in Danish, in the municipality's time zone
 * @param discipline the professional's discipline in Danish, or null for a role without one
 */
public record ReportedUse(Instant at, String time, String kind, String what, String purpose, String discipline,
        String role, String service) {

    /** For a {@code <time datetime>}: HTML allows at most three digits of a second. */
    public String isoAt() {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
