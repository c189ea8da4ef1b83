package dk.rodtraad.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work that waits mostly on other processes (a service's start or stop, requests that wait for events to reach
 * another service), run side by side so that the waits overlap. Returns when every task has ended; the first failure
 * is thrown here, as it was thrown (a checked one wrapped).
 */
public final class SideBySide {

    /** Each task on a virtual thread of its own. */
    public static void run(String what, List<Runnable> tasks) {
        run(what, tasks, Executors.newVirtualThreadPerTaskExecutor());
    }

    /** At most {@code atOnce} tasks at a time: for many tasks that would otherwise crowd the machine. */
    public static void run(String what, List<Runnable> tasks, int atOnce) {
        run(what, tasks, Executors.newFixedThreadPool(atOnce));
    }

    private static void run(String what, List<Runnable> tasks, ExecutorService executor) {
        results(what, tasks.stream().map(Executors::callable).toList(), executor);
    }

    /** The calls' results in the calls' order, once every call has ended; the executor is closed after. */
    static <T> List<T> results(String what, List<Callable<T>> calls, ExecutorService executor) {
        try (executor) {
            var running = calls.stream().map(executor::submit).toList();
            var results = new ArrayList<T>();
            for (Future<T> run : running) {
                results.add(run.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException(what + " failed", e.getCause());
        }
    }

    private SideBySide() {
    }
}
