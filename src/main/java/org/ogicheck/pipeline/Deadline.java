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
     * shared (its own parse and its own Drools session) except the classes it may be initialising:
     * a class whose static initialiser is stopped can never be used again in this process (PDFBox's
     * CMapStrings, stopped while the first PDF was read, made every later PDF "Could not initialize
     * class"). So the worker is stopped only while it is suspended outside any static initialiser;
     * while it is in one it is looked at again a little later, and abandoned (not stopped) when it
     * stays there.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stopLater(Thread t) {
        Thread reaper = new Thread(() -> {
            try {
                t.join(1000);
                for (int tries = 0; t.isAlive() && tries < STOP_TRIES; tries++) {
                    if (stopOutsideInitialiser(t)) return;
                    t.join(STOP_RETRY_MS);
                }
            } catch (InterruptedException | UnsupportedOperationException e) {
                // newer JDKs have no stop(); the daemon worker is then only abandoned
            }
        }, "ogicheck-reaper");
        reaper.setDaemon(true);
        reaper.start();
    }

    private static final int STOP_TRIES = 600;
    private static final long STOP_RETRY_MS = 50;

    /** stops the worker unless it is initialising a class; true when stopped */
    @SuppressWarnings({"deprecation", "removal"})
    private static boolean stopOutsideInitialiser(Thread t) {
        t.suspend();
        try {
            for (StackTraceElement frame : t.getStackTrace()) if (frame.getMethodName().equals("<clinit>")) return false;
            t.stop();
            return true;
        } finally {
            t.resume();
        }
    }

    /** an out-of-memory of one report's worker (the worker's memory is free again); the pipeline words it ({@link Pipeline#outOfMemory}) */
    static Exception outOfMemory() {
        return new OutOfMemory();
    }

    /** a worker ran out of memory: the check of its report is given up, the rest goes on */
    static final class OutOfMemory extends Exception {
        OutOfMemory() {
            super("out of memory");
        }
    }

    /**
     * The step within {@code nanos}. A caller that is itself interrupted while it waits (the web server
     * giving up on a check) stops the worker as a time-out does, and stays interrupted, so that the
     * next steps of the same check do not start at all.
     */
    public static <T> T call(Callable<T> step, long nanos) throws Exception {
        if (Thread.currentThread().isInterrupted()) throw new InterruptedException("check abandoned");
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
        } catch (InterruptedException e) {
            t.interrupt();
            stopLater(t);
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) throw outOfMemory();
            if (e.getCause() instanceof Exception ex) throw ex;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
