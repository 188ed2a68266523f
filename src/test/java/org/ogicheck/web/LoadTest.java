package org.ogicheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * 200 checks of the corpus files, 20 at a time: every answer has the CLI's rule IDs; the median and
 * 95th-percentile latencies are printed; the heap used after the load and a GC stays under 200 MB
 * (uploads are not kept by the API, and the page results are bounded in number).
 */
class LoadTest {
    private static final int REQUESTS = 200;
    private static final int CONCURRENT = 20;
    private static final long HEAP_LIMIT_MB = 200;

    @Test
    void twoHundredRequestsTwentyAtATime() throws Exception {
        List<Path> corpus = Served.corpus();
        Map<Path, List<String>> want = new HashMap<>();
        Map<Path, byte[]> bytes = new HashMap<>();
        for (Path p : corpus) {
            want.put(p, Served.ids(Served.cli(p)));
            bytes.put(p, Files.readAllBytes(p));
        }
        try (Served served = Served.start()) {
            ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT);
            List<Future<Long>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                Path p = corpus.get(i % corpus.size());
                answers.add(clients.submit(() -> {
                    long start = System.nanoTime();
                    HttpResponse<String> r = served.check(p.getFileName().toString(), bytes.get(p));
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    assertThat(r.statusCode()).as(p + ": " + r.body()).isEqualTo(200);
                    assertThat(Served.ids(Served.json(r))).as(p.toString()).isEqualTo(want.get(p));
                    return ms;
                }));
            }
            List<Long> latencies = new ArrayList<>();
            for (Future<Long> f : answers) latencies.add(f.get());
            clients.shutdown();
            Collections.sort(latencies);
            long median = latencies.get(REQUESTS / 2);
            long p95 = latencies.get((int) Math.ceil(REQUESTS * 0.95) - 1);
            long heapMb = usedHeapAfterGc();
            System.out.printf("load test: %d requests, %d concurrent: median %d ms, p95 %d ms, max %d ms; heap used after GC %d MB "
                + "(limit %d MB)%n", REQUESTS, CONCURRENT, median, p95, latencies.get(REQUESTS - 1), heapMb, HEAP_LIMIT_MB);
            assertThat(heapMb).isLessThan(HEAP_LIMIT_MB);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
