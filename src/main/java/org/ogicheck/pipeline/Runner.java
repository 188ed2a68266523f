package org.ogicheck.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** How a batch's steps run: one after the other, or on all cores; results always in input order. */
public interface Runner {
    <T> List<T> map(int size, IntFunction<T> step);

    Runner SEQUENTIAL = new Runner() {
        @Override
        public <T> List<T> map(int size, IntFunction<T> step) {
            List<T> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) out.add(step.apply(i));
            return out;
        }
    };

    /** on all cores (one thread per input at most) */
    static Runner allCores() {
        return new Runner() {
            @Override
            public <T> List<T> map(int size, IntFunction<T> step) {
                int threads = Math.max(1, Math.min(size, Runtime.getRuntime().availableProcessors()));
                if (threads == 1) return SEQUENTIAL.map(size, step);
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    List<Future<T>> futures = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        int k = i;
                        futures.add(pool.submit(() -> step.apply(k)));
                    }
                    List<T> out = new ArrayList<>(size);
                    for (Future<T> f : futures) out.add(f.get());
                    return out;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                } finally {
                    pool.shutdownNow();
                }
            }
        };
    }
}
