package org.ogicheck.engine;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.ogicheck.i18n.Said;
import org.ogicheck.i18n.Texts;

/**
 * Hot reload: serves a rule set and rebuilds it in the background when files under the rule
 * folders change, swapping the new one in atomically. An edit that does not compile or lint is
 * recorded in {@link #error()} and the previous rule set keeps serving. Checks in flight finish on
 * the rule set they started with.
 */
public final class RuleService implements Closeable {
    /** how long the folders must be quiet before a rebuild, so that an editor's save is taken whole */
    private static final long QUIET_MS = 300;

    private final List<Path> dirs;
    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final AtomicReference<List<Said>> error = new AtomicReference<>(List.of());
    private final AtomicLong generation = new AtomicLong();
    private final WatchService watcher;
    private final Thread thread;

    public RuleService(List<Path> dirs) throws RulesException, IOException {
        this.dirs = List.copyOf(dirs);
        current.set(RuleSet.load(this.dirs));
        generation.set(1);
        watcher = FileSystems.getDefault().newWatchService();
        for (Path d : this.dirs) register(d);
        thread = new Thread(this::watch, "ogicheck-rules-reload");
        thread.setDaemon(true);
        thread.start();
    }

    /** the rule set to use now */
    public RuleSet current() {
        return current.get();
    }

    /** the problems of the last failed rebuild (file and line each) in Chinese, empty when the rules on disk are serving */
    public List<String> error() {
        return error(Texts.LANGUAGES.get(0));
    }

    /** the problems of the last reload that was not swapped in, in the language asked */
    public List<String> error(String lang) {
        return Said.in(error.get(), lang);
    }

    /** how many rule sets have been swapped in, counting the first */
    public long generation() {
        return generation.get();
    }

    /** rebuild now; returns whether the new rule set was swapped in */
    public boolean reload() {
        try {
            current.set(RuleSet.load(dirs));
            error.set(List.of());
            generation.incrementAndGet();
            return true;
        } catch (RulesException e) {
            error.set(e.said());
            return false;
        } catch (RuntimeException e) {
            error.set(List.of(Said.of(RulesException.BUNDLE, "ruleFailed", e)));
            return false;
        }
    }

    private void register(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                boolean changed = drain(key);
                // wait for quiet, collecting further events
                WatchKey more;
                while ((more = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) changed |= drain(more);
                if (changed) {
                    for (Path d : dirs) register(d);
                    reload();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | java.nio.file.ClosedWatchServiceException e) {
            error.set(List.of(Said.of(RulesException.BUNDLE, "watchStopped", e)));
        }
    }

    private static boolean drain(WatchKey key) {
        boolean any = !key.pollEvents().isEmpty();
        key.reset();
        return any;
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }
}
