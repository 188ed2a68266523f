package org.ogicheck.cli;

import org.ogicheck.pipeline.Runner;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs one step over every file of a batch on all cores, keeping the input order, with a progress
 * line on stderr when stderr is a terminal.
 */
final class Batch implements Runner {
    private final int size;
    private final PrintWriter err;
    private final boolean progress;
    private final AtomicInteger done = new AtomicInteger();

    Batch(int size, PrintWriter err) {
        this.size = size;
        this.err = err;
        this.progress = size > 1 && System.console() != null;
    }

    /** the step's result for each index 0..size-1, in order, on all cores */
    @Override
    public <T> List<T> map(int n, IntFunction<T> step) {
        done.set(0);
        return Runner.allCores().map(n, i -> tick(step.apply(i)));
    }

    /** how many reports a streamed batch holds at most on this many threads (the reorder window) */
    static int window(int threads) {
        return Math.max(8, 4 * threads);
    }

    /** one step of the batch done (the progress bar moves) */
    void tick() {
        tick(null);
    }

    synchronized void say(String line) {
        if (progress) err.print("\r" + " ".repeat(50) + "\r");
        err.println(line);
    }

    private <T> T tick(T o) {
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
