package dk.rodtraad.testkit;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * Calls made at the same moment, each from a thread of its own, for what two users doing one thing at once meet: two
 * professionals naming the same new child, one form sent twice. Each thread waits at the start line until all are
 * there, so the calls leave together rather than as the threads happen to start.
 */
public final class AtOnce {

    /** Makes the calls together and returns their results in the calls' order; a call's failure is thrown here. */
    public static <T> List<T> call(List<Callable<T>> calls) {
        var startLine = new CountDownLatch(calls.size());
        return SideBySide.results("making calls at once", calls.stream().<Callable<T>>map(call -> () -> {
            startLine.countDown();
            startLine.await();
            return call.call();
        }).toList(), Executors.newFixedThreadPool(calls.size()));
    }

    private AtOnce() {
    }
}
