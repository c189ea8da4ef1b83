package dk.rodtraad.systemtests.scale;

import dk.rodtraad.systemtests.TheSystem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Professionals recording concerns without pause, as a load balancer would spread them: in turn over the
 * concern-service instances in its rotation. Each worker owns its children, so two concerns about one child are never
 * recorded at once. A request in flight when its instance is killed fails; the load counts it and goes on (what was
 * recorded is what concern-service's database holds, not what a client was told).
 */
final class ConcernLoad implements AutoCloseable {

    private static final int WORKERS = 2;
    /** Between two concerns of one worker: about ten a second in all, which leaves two cores room to restart. */
    private static final Duration PACE = Duration.ofMillis(150);

    private final TheSystem.User professional;
    private final List<String> rotation = new CopyOnWriteArrayList<>();
    private final AtomicInteger turn = new AtomicInteger();
    private final Map<String, AtomicInteger> recordedVia = new ConcurrentHashMap<>();
    private final Set<String> children = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<String> lastFailure = new AtomicReference<>("none");
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS);

    /** Starts recording concerns about {@code childrenPerWorker} children per worker through {@code instances}. */
    ConcernLoad(TheSystem.User professional, List<String> instances, int childrenPerWorker) {
        this.professional = professional;
        rotation.addAll(instances);
        IntStream.range(0, WORKERS).forEach(worker -> {
            var cprs = IntStream.range(0, childrenPerWorker).mapToObj(i -> TheSystem.uniqueCpr()).toList();
            workers.submit(() -> record(cprs));
        });
    }

    static int workers() {
        return WORKERS;
    }

    private void record(List<String> cprs) {
        for (int next = 0; running.get(); next++) {
            // One snapshot: an instance taken out between reading the size and the element must not end the worker.
            String[] instances = rotation.toArray(String[]::new);
            String url = instances[Math.floorMod(turn.getAndIncrement(), instances.length)];
            try {
                var concern = professional.concernVia(url, cprs.get(next % cprs.size()), "yellow");
                children.add((String) concern.get("childId"));
                recordedVia.computeIfAbsent(url, key -> new AtomicInteger()).incrementAndGet();
            } catch (Exception | AssertionError e) {
                // Exception, not only RuntimeException: RestAssured passes the socket's checked IOExceptions on
                // undeclared (a connection reset by the kill), and one that escaped here once ended both workers
                // silently, so that the load recorded nothing more and counted no failure.
                failed.incrementAndGet();
                lastFailure.set(Instant.now() + " " + url + ": " + String.valueOf(e).lines().limit(3)
                        .collect(Collectors.joining(" ")));
            }
            try {
                Thread.sleep(PACE.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Takes an instance out of the rotation, as a load balancer does when its health check fails. */
    void remove(String instance) {
        rotation.remove(instance);
    }

    /** Puts an instance (back) into the rotation, as a load balancer does once it is ready. */
    void add(String instance) {
        rotation.add(instance);
    }

    /** How many concerns were recorded so far, through any instance. */
    int recorded() {
        return recordedVia.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int recordedVia(String instance) {
        return recordedVia.getOrDefault(instance, new AtomicInteger()).get();
    }

    /** The requests that got no 201: only those in flight when their instance was killed. */
    int failed() {
        return failed.get();
    }

    /** What the load has done so far, for a failure's message: per instance, and the last request that failed. */
    @Override
    public String toString() {
        return "recorded " + recordedVia + ", failed " + failed + " (last: " + lastFailure + ")";
    }

    /** The children's pseudonymous ids. */
    Set<String> children() {
        return Set.copyOf(children);
    }

    /** Stops recording and waits for the requests in flight. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        workers.shutdown();
        if (!workers.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The concern load did not stop");
        }
    }
}
