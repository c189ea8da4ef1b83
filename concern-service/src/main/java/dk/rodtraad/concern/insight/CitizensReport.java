package dk.rodtraad.concern.insight;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Every look-up of one child's data across the four services, oldest first: the citizen's right to learn the dates
 * and purposes of the look-ups on them.
 *
 * @param known   whether Rød Tråd knows the child at all; an unknown one has no uses and the message says so
 * @param name    the child's name, null for an unknown child
 * @param message a Danish sentence for a report without uses, else null
 */
public record CitizensReport(String cpr, boolean known, String name, Instant producedAt, String time,
        List<ReportedUse> uses, String message) {

    public static final String NO_USES = "Der er ingen registrerede opslag på dette CPR-nummer i Rød Tråd.";

    /** For a {@code <time datetime>}: HTML allows at most three digits of a second. */
    public String isoProducedAt() {
        return producedAt.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
