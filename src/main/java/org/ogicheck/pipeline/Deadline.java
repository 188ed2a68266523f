package org.ogicheck.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one step of one report on a worker thread of its own and gives up on it past its time limit:
 * the worker is interrupted and abandoned (a daemon thread, so that it cannot keep the process
 * alive), and the caller gets a {@link TimeoutException} at once. Drools' halt() does not stop code
 * inside a consequence, so only a thread of its own lets a check that does not end be left behind.
 */
public final class Deadline {
    private Deadline() {
    }

    /**
     * Rule code that ignores interruption (a recursion that runs for ages) would keep a core busy
     * for the rest of the process (the web server, a long batch): after a grace second the worker
     * is stopped with Thread.stop, the last resort the JDK 17 still has. The worker holds nothing
     * shared (its own parse and its own Drools session), so stopping it leaves no broken state.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stopLater(Thread t) {
        Thread reaper = new Thread(() -> {
            try {
                t.join(1000);
                if (t.isAlive()) t.stop();
            } catch (InterruptedException | UnsupportedOperationException e) {
                // newer JDKs have no stop(); the daemon worker is then only abandoned
            }
        }, "ogicheck-reaper");
        reaper.setDaemon(true);
        reaper.start();
    }

    /** an out-of-memory of one report's worker, as the one line its input is reported with (the worker's memory is free again) */
    static Exception outOfMemory() {
        return new OutOfMemory(Pipeline.outOfMemoryLine("zh"));
    }

    /** a worker ran out of memory: the check of its report is given up, the rest goes on */
    static final class OutOfMemory extends Exception {
        OutOfMemory(String line) {
            super(line);
        }
    }

    public static <T> T call(Callable<T> step, long nanos) throws Exception {
        if (nanos <= 0) throw new TimeoutException();
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicReference<Thread> worker = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(step.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "ogicheck-check");
        t.setDaemon(true);
        worker.set(t);
        t.start();
        try {
            return result.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            stopLater(t);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) throw outOfMemory();
            if (e.getCause() instanceof Exception ex) throw ex;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
