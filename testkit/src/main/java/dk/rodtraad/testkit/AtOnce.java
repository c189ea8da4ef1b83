package dk.rodtraad.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Calls made at the same moment, each from a thread of its own, for what two users doing one thing at once meet: two
 * professionals naming the same new child, one form sent twice. Each thread waits at the start line until all are
 * there, so the calls leave together rather than as the threads happen to start.
 */
public final class AtOnce {

    /** Makes the calls together and returns their results in the calls' order; a call's failure is thrown here. */
    public static <T> List<T> call(List<Callable<T>> calls) {
        var startLine = new CountDownLatch(calls.size());
        var made = new ArrayList<Future<T>>();
        try (var threads = Executors.newFixedThreadPool(calls.size())) {
            for (Callable<T> call : calls) {
                made.add(threads.submit(() -> {
                    startLine.countDown();
                    startLine.await();
                    return call.call();
                }));
            }
            var results = new ArrayList<T>();
            for (Future<T> result : made) {
                results.add(result.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making calls at once", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("a call made at once failed", e.getCause());
        }
    }

    private AtOnce() {
    }
}
