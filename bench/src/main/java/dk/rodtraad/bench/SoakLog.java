package dk.rodtraad.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The soak's tallies, kind by kind: the interval running now, every interval closed so far, and the whole run. A
 * request counts in the interval in which its answer (or its error) came. Thread-safe: the load's answers record into
 * it while the clock closes intervals.
 */
final class SoakLog {

    /**
     * One closed interval.
     *
     * @param end               how long after the load began it ended
     * @param tallies           what each kind of request did in it
     * @param servicesMegabytes the four services' resident memory (their {@code Pss} summed) when it ended
     */
    record Interval(Duration end, Map<SoakRequest, Tally> tallies, double servicesMegabytes) {
    }

    private Map<SoakRequest, Tally> current = empty();
    private final Map<SoakRequest, Tally> total = empty();
    private final List<Interval> intervals = new ArrayList<>();

    synchronized void record(SoakRequest kind, long micros, String error) {
        current.get(kind).record(micros, error);
    }

    /** Closes the interval running now, counts it into the whole run, and starts the next. */
    synchronized Interval close(Duration end, double servicesMegabytes) {
        var interval = new Interval(end, current, servicesMegabytes);
        current.forEach((kind, tally) -> total.get(kind).add(tally));
        intervals.add(interval);
        current = empty();
        return interval;
    }

    synchronized List<Interval> intervals() {
        return List.copyOf(intervals);
    }

    /** The whole run so far: every closed interval, kind by kind. */
    synchronized Map<SoakRequest, Tally> total() {
        var copy = empty();
        total.forEach((kind, tally) -> copy.get(kind).add(tally));
        return copy;
    }

    private static Map<SoakRequest, Tally> empty() {
        var tallies = new EnumMap<SoakRequest, Tally>(SoakRequest.class);
        for (SoakRequest kind : SoakRequest.values()) {
            tallies.put(kind, new Tally());
        }
        return tallies;
    }
}
