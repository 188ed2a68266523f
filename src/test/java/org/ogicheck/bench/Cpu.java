package org.ogicheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU time beside wall time: the machine the benchmark runs on may be shared, and a busy machine
 * stretches wall time far more than CPU time. The calling thread's CPU time for work done in this
 * JVM; for child processes (cold start, the batch of real files) the user + sys time of the children
 * waited for, from /proc/self/stat (Linux only: elsewhere not known).
 */
final class Cpu {
    /** Linux reports children's times in clock ticks of 1/100 s (USER_HZ) */
    private static final double TICK_S = 0.01;
    private static final Path STAT = Path.of("/proc/self/stat");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Cpu() {
    }

    /** the calling thread's CPU time (user + sys) in ns, or -1 when the JVM cannot tell */
    static long thread() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    /** this process's CPU time (user + sys, all threads) in ns, or -1 when the JVM cannot tell */
    static long process() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getProcessCpuTime() : -1;
    }

    /** user + sys seconds of the child processes this JVM has waited for so far, or -1 when not known */
    static double children() {
        try {
            String stat = Files.readString(STAT);
            // the fields after the command name (which may hold spaces) in parentheses: state is field 3
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[16 - 3]) + Long.parseLong(f[17 - 3])) * TICK_S;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** the 1-minute load average now, as the table shows it */
    static String load() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", l);
    }
}
