package dk.rodtraad.analytics.pseudonymiser;

import org.apache.kafka.streams.state.KeyValueStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The small-numbers rule's counts in a Kafka Streams key-value store of one stream task (one partition of the source
 * topics): per week and combination, the keyed hashes of its children, up to {@link SmallNumbers#K}. The store is in
 * memory and not logged (ADR 0026): a restart forgets the counts, which makes the rule generalise more for a while,
 * never less. A week's counts are forgotten once two later weeks have begun; a late event of a forgotten week starts
 * its count again, so it too errs towards generalising.
 */
final class CountedCells implements SmallNumbers.Cells {

    private static final String SEPARATOR = " ";

    private final KeyValueStore<String, String> store;
    private String newestWeek = "";
    private String weekBefore = "";

    CountedCells(KeyValueStore<String, String> store) {
        this.store = store;
    }

    @Override
    public int count(String week, String combination, String child) {
        forgetWeeksBefore(week);
        String cell = week + "|" + combination;
        String counted = store.get(cell);
        if (counted == null) {
            store.put(cell, child);
            return 1;
        }
        List<String> children = Arrays.asList(counted.split(SEPARATOR));
        if (children.contains(child) || children.size() >= SmallNumbers.K) {
            return children.size();
        }
        store.put(cell, counted + SEPARATOR + child);
        return children.size() + 1;
    }

    /** ISO weeks ({@code 2026-W49}) sort as text in the order of time. */
    private void forgetWeeksBefore(String week) {
        if (week.compareTo(newestWeek) <= 0) {
            return;
        }
        weekBefore = newestWeek;
        newestWeek = week;
        var forgotten = new ArrayList<String>();
        try (var all = store.all()) {
            all.forEachRemaining(entry -> {
                if (entry.key.compareTo(weekBefore) < 0) {
                    forgotten.add(entry.key);
                }
            });
        }
        forgotten.forEach(store::delete);
    }
}
