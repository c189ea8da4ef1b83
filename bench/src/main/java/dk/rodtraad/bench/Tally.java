package dk.rodtraad.bench;

import org.HdrHistogram.Histogram;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;

/**
 * What one kind of request did over a stretch of the soak: how many, the errors by what went wrong, and the latencies
 * (microseconds, HdrHistogram with 3 significant digits). Failed requests count in the latencies too: a service that
 * fails fast must not look faster for it. Not thread-safe: {@link SoakLog} guards it.
 */
final class Tally {

    private final Histogram latencies = new Histogram(Load.HIGHEST_MICROS, 3);
    private final Map<String, Long> errors = new TreeMap<>();

    /** One request: its latency, and what went wrong ({@link #error}) or null if nothing did. */
    void record(long micros, String error) {
        latencies.recordValue(Math.min(micros, Load.HIGHEST_MICROS));
        if (error != null) {
            errors.merge(error, 1L, Long::sum);
        }
    }

    /** Counts another stretch's requests into this one. */
    void add(Tally other) {
        latencies.add(other.latencies);
        other.errors.forEach((error, count) -> errors.merge(error, count, Long::sum));
    }

    long requests() {
        return latencies.getTotalCount();
    }

    long failed() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many failed with each status (e.g. "500") or error (e.g. "HttpTimeoutException"), in that order. */
    Map<String, Long> errors() {
        return Collections.unmodifiableMap(errors);
    }

    /** The latency at the percentile in milliseconds; 0 when there were no requests. */
    double millis(double percentile) {
        return latencies.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return latencies.getMaxValue() / 1000.0;
    }

    /**
     * What went wrong with a request, or null if nothing did: the status when the answer is not the expected one, or
     * the name of the error when there was no answer (e.g. "HttpTimeoutException", "ConnectException").
     */
    static String error(int expectedStatus, Integer status, Throwable error) {
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            return cause.getClass().getSimpleName();
        }
        return status == expectedStatus ? null : String.valueOf(status);
    }
}
