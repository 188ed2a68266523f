package org.ogicheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A worker past its time limit is stopped, but never inside a class's static initialiser (which would break that class for the process). */
class DeadlineTest {

    /** a class whose initialiser runs past the step's limit and the reaper's grace second, ignoring interruption */
    static final class SlowToInitialise {
        static final int VALUE;

        static {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1800);
            long spin = 0;
            while (System.nanoTime() < end) spin++;
            VALUE = spin > 0 ? 42 : 0;
        }

        private SlowToInitialise() {
        }
    }

    @Test
    void aWorkerInAStaticInitialiserIsNotStoppedSoTheClassStaysUsable() {
        assertThatThrownBy(() -> Deadline.call(() -> SlowToInitialise.VALUE, TimeUnit.MILLISECONDS.toNanos(100)))
            .isInstanceOf(TimeoutException.class);
        // the initialiser goes on in the abandoned worker; this thread waits for it and then uses the class
        assertThat(SlowToInitialise.VALUE).isEqualTo(42);
    }

    @Test
    void aWorkerThatIgnoresInterruptionIsStoppedAfterTheGraceSecond() throws Exception {
        AtomicBoolean running = new AtomicBoolean();
        Thread[] worker = new Thread[1];
        assertThatThrownBy(() -> Deadline.call(() -> {
            worker[0] = Thread.currentThread();
            running.set(true);
            long spin = 0;
            while (true) {
                spin++;
                if (spin == Long.MAX_VALUE) return spin;
            }
        }, TimeUnit.MILLISECONDS.toNanos(100))).isInstanceOf(TimeoutException.class);
        assertThat(running).isTrue();
        worker[0].join(TimeUnit.SECONDS.toMillis(30));
        assertThat(worker[0].isAlive()).as("stopped").isFalse();
    }
}
