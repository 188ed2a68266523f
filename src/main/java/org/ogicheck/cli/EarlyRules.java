package org.ogicheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.engine.RulesException;

/**
 * The rules of a {@code check} loaded on a second thread from the start of the command line, while picocli
 * builds the command and reads its options on the first: loading the cached rules is about half the CPU of a
 * one-report check, picocli's set-up a tenth, and a check started cold has both cores to itself. The folders
 * are read from the arguments as picocli reads them ({@code --rules DIR}, {@code --rules=DIR}, in order, up to
 * {@code --}); the command uses what was loaded only when its own {@code --rules} resolve to the same folders,
 * else it loads them itself (a line picocli reads otherwise: loaded twice, never the wrong rules). A load that
 * failed fails the command in the same words as one made by the command itself.
 */
final class EarlyRules {
    private record Started(List<Path> dirs, FutureTask<Ogicheck> load) {
    }

    /** per thread: a command line runs on its caller's thread, and tests run several in one JVM */
    private static final ThreadLocal<Started> STARTED = new ThreadLocal<>();

    private EarlyRules() {
    }

    /** starts loading the rules when the command line is a check (not its help) */
    static void start(String[] args) {
        STARTED.remove();
        if (args.length < 2 || !args[0].equals("check")) return;
        List<Path> given = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) break;
            if (a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V")) return;
            if (a.equals("--rules") && i + 1 < args.length) given.add(Path.of(args[++i]));
            else if (a.startsWith("--rules=")) given.add(Path.of(a.substring("--rules=".length())));
        }
        List<Path> dirs = RuleOptions.resolve(given);
        FutureTask<Ogicheck> load = new FutureTask<>(() -> Ogicheck.load(dirs));
        Thread t = new Thread(load, "ogicheck-rules");
        t.setDaemon(true);
        t.start();
        STARTED.set(new Started(dirs, load));
    }

    /**
     * the rules loaded early for these folders, or null when none were; a load of other folders is waited for
     * first, so that what loading sets for the whole process (the OCR reader's threshold) is the command's
     */
    static Ogicheck take(List<Path> dirs) throws RulesException {
        Started s = STARTED.get();
        STARTED.remove();
        if (s == null) return null;
        if (!s.dirs().equals(dirs)) {
            try {
                s.load().get();
            } catch (ExecutionException ignored) {
                // not the command's folders: their failure is not its
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
        try {
            return s.load().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RulesException r) throw r;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** forgets what was started (the command line has ended) */
    static void clear() {
        STARTED.remove();
    }
}
