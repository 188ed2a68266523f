package org.ogicheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs one step over every file of a batch on all cores, keeping the input order, with a progress
 * line on stderr when stderr is a terminal.
 */
final class Batch {
    private final int size;
    private final PrintWriter err;
    private final boolean progress;
    private final AtomicInteger done = new AtomicInteger();

    Batch(int size, PrintWriter err) {
        this.size = size;
        this.err = err;
        this.progress = size > 1 && System.console() != null;
    }

    /** the step's result for each index 0..size-1, in order */
    List<Object> map(IntFunction<Object> step) {
        done.set(0);
        int threads = Math.max(1, Math.min(size, Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < size; i++) out.add(tick(step.apply(i)));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int k = i;
                futures.add(pool.submit(() -> tick(step.apply(k))));
            }
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    synchronized void say(String line) {
        err.println(line);
    }

    private Object tick(Object o) {
        int n = done.incrementAndGet();
        if (progress) {
            synchronized (this) {
                err.print("\r" + bar(n) + " ");
                err.flush();
            }
        }
        return o;
    }

    private String bar(int n) {
        int width = 30;
        int filled = width * n / size;
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n + "/" + size;
    }

    void done() {
        if (progress) {
            err.print("\r" + " ".repeat(50) + "\r");
            err.flush();
        }
    }
}
