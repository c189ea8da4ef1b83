package dk.rodtraad.concern.deadline;

import java.time.Instant;
import java.util.Comparator;

/** One deadline: what must be done and the last instant at which doing it is still on time. */
public record Deadline(Kind kind, Instant due) {

    /**
     * Most urgent first. Ordering by the due instant alone is enough: an overdue deadline's due instant lies before
     * now and so before every deadline that is not overdue, and among those that are not, the nearest comes first.
     */
    public static final Comparator<Deadline> MOST_URGENT_FIRST = Comparator.comparing(Deadline::due);

    public enum Kind {
        URGENCY_ASSESSMENT,
        RECEIPT
    }

    public boolean overdueAt(Instant now) {
        return now.isAfter(due);
    }
}
