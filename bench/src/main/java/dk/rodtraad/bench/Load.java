package dk.rodtraad.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * HTTP load with latencies recorded in HdrHistogram (microseconds), in the two shapes the bench needs: a fixed rate
 * (open model: a request goes out on schedule whether or not earlier ones have come back, and its latency counts from
 * when it was due, so a stall is not hidden by requests that were never sent) and a fixed number of clients that each
 * send the next request when the last one is answered (closed model: how much the system takes).
 */
final class Load {

    /** What a load run did. */
    record Result(Histogram latencies, int succeeded, int failed, Duration elapsed, String firstFailure) {

        double perSecond() {
            return succeeded / (elapsed.toNanos() / 1e9);
        }

        double millis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /** Called with each successful answer and the moment it arrived. */
    interface Answers {
        void accept(HttpResponse<String> response, Instant answered);
    }

    static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(2);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Sends {@code rate} requests a second for {@code duration}; request {@code i} is {@code requests.apply(i)}.
     * Waits for every answer before it returns.
     */
    Result atFixedRate(int rate, Duration duration, IntFunction<HttpRequest> requests, int expectedStatus,
            Answers answers) {
        return atFixedRate(rate, duration, requests, expectedStatus, HttpResponse.BodyHandlers.ofString(), answers);
    }

    /**
     * As {@link #atFixedRate(int, Duration, IntFunction, int, Answers)} for reads whose answers are not looked at:
     * the body of a successful answer is read and thrown away undecoded ({@link #FAILURES_ONLY}), as the load runs on
     * the cores of the system it measures, and decoding 60 MB a second of timelines took CPU from the service.
     */
    Result readsAtFixedRate(int rate, Duration duration, IntFunction<HttpRequest> requests) {
        return atFixedRate(rate, duration, requests, 200, FAILURES_ONLY, (response, at) -> {
        });
    }

    /** Keeps the body of a failed answer only (for the note of the first failure); a successful one's is discarded. */
    static final HttpResponse.BodyHandler<String> FAILURES_ONLY = info -> info.statusCode() / 100 == 2
            ? HttpResponse.BodySubscribers.replacing("")
            : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);

    private Result atFixedRate(int rate, Duration duration, IntFunction<HttpRequest> requests, int expectedStatus,
            HttpResponse.BodyHandler<String> bodies, Answers answers) {
        var recorder = new Recorder(HIGHEST_MICROS, 3);
        var succeeded = new AtomicInteger();
        var failed = new AtomicInteger();
        var firstFailure = new StringBuffer();
        long start = System.nanoTime();
        sendAtFixedRate(rate, duration, requests, bodies, (micros, response, error, answered) -> {
            recorder.recordValue(micros);
            if (error == null && response.statusCode() == expectedStatus) {
                succeeded.incrementAndGet();
                answers.accept(response, answered);
            } else {
                failed.incrementAndGet();
                noteFailure(firstFailure, response, error);
            }
        });
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Result(recorder.getIntervalHistogram(), succeeded.get(), failed.get(), elapsed, firstFailure.toString());
    }

    /** Called with each request's outcome: its latency from when it was due, and the answer or why there was none. */
    interface Outcomes {
        void accept(long micros, HttpResponse<String> response, Throwable error, Instant answered);
    }

    /**
     * The open model underneath {@link #atFixedRate}: sends {@code rate} requests a second for {@code duration} and
     * tells {@code outcomes} of each (latencies capped at {@link #HIGHEST_MICROS}); returns when every one is answered.
     */
    void sendAtFixedRate(int rate, Duration duration, IntFunction<HttpRequest> requests, Outcomes outcomes) {
        sendAtFixedRate(rate, duration, requests, HttpResponse.BodyHandlers.ofString(), outcomes);
    }

    private void sendAtFixedRate(int rate, Duration duration, IntFunction<HttpRequest> requests,
            HttpResponse.BodyHandler<String> bodies, Outcomes outcomes) {
        long total = rate * duration.toSeconds();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        // What is kept of each request until the end is only whether it is done: a future that held its answer would
        // keep every response body of a half-hour soak in memory (the load tool, not the system, ran out of it).
        var pending = new ArrayList<CompletableFuture<Void>>();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            pending.add(http.sendAsync(requests.apply(i), bodies)
                    .handle((response, error) -> {
                        outcomes.accept(Math.min(HIGHEST_MICROS, (System.nanoTime() - due) / 1000), response, error,
                                Instant.now());
                        return null;
                    }));
        }
        pending.forEach(future -> future.exceptionally(error -> null).join());
    }

    /** {@code clients} clients, each sending its next request as soon as the last is answered, for {@code duration}. */
    Result closed(int clients, Duration duration, IntFunction<HttpRequest> requests, int expectedStatus) {
        var recorder = new Recorder(HIGHEST_MICROS, 3);
        var succeeded = new AtomicInteger();
        var failed = new AtomicInteger();
        var sent = new AtomicInteger();
        var firstFailure = new StringBuffer();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long begun = System.nanoTime();
                        try {
                            var response = http.send(requests.apply(sent.getAndIncrement()),
                                    HttpResponse.BodyHandlers.ofString());
                            recorder.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - begun) / 1000));
                            if (response.statusCode() == expectedStatus) {
                                succeeded.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                                noteFailure(firstFailure, response, null);
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                            noteFailure(firstFailure, null, e);
                        }
                    }
                });
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Result(recorder.getIntervalHistogram(), succeeded.get(), failed.get(), elapsed, firstFailure.toString());
    }

    private static void noteFailure(StringBuffer first, HttpResponse<String> response, Throwable error) {
        synchronized (first) {
            if (first.isEmpty()) {
                first.append(response != null ? response.statusCode() + " " + abbreviate(response.body())
                        : String.valueOf(error));
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + " ..." : text;
    }
}
