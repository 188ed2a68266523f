package org.ogicheck.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.app.Pairing;
import org.ogicheck.app.Result;
import org.ogicheck.i18n.Said;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.engine.RulesException;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.ReadException;

/**
 * The check pipeline, the one entry point of the command line, the web page and any other Java
 * program: inputs → read → parse → pair consecutive years → check → score → one {@link Outcome} per
 * input, in input order. An input that cannot be read or checked is an {@link Outcome.Failed}, never
 * an exception, so a batch always accounts for every input.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.load(List.of(Path.of("rules")));
 * Outcome o = p.check(Input.of(Path.of("report.txt")), Settings.defaults());
 * }</pre>
 */
public final class Pipeline {
    private final Ogicheck engine;

    public Pipeline(RuleSet rules) {
        this.engine = new Ogicheck(rules);
    }

    /** the rules of these folders (later folders replace rules of the same ID) */
    public static Pipeline load(List<Path> ruleDirs) throws RulesException {
        return new Pipeline(RuleSet.load(ruleDirs));
    }

    public RuleSet rules() {
        return engine.rules();
    }

    /** one report */
    public Outcome check(Input input, Settings settings) throws ReadException {
        return check(List.of(input), settings, Runner.SEQUENTIAL).get(0);
    }

    /**
     * A batch. Every input is read, parsed, checked and scored within the settings' time limit; the
     * consecutive years of one agency are paired for the cross-year rules unless the settings name
     * the previous report.
     *
     * @throws ReadException when the settings' previous report cannot be read (no input is checked then)
     */
    public List<Outcome> check(List<Input> inputs, Settings s, Runner runner) throws ReadException {
        ParsedReport given = previous(s);
        long limit = limit(s);
        long[] started = new long[inputs.size()];
        List<Object> parsed = runner.map(inputs.size(), i -> {
            started[i] = System.nanoTime();
            try {
                long size = inputs.get(i).size();
                if (s.maxInputBytes() > 0 && size > s.maxInputBytes()) return tooLarge(inputs.get(i), size, s);
                return within(() -> inputs.get(i).parse(s.report()), limit);
            } catch (Exception e) {
                return unreadable(inputs.get(i), e, s);
            }
        });
        List<ParsedReport> ok = new ArrayList<>();
        for (Object o : parsed) if (o instanceof ParsedReport p) ok.add(p);
        Map<ParsedReport, ParsedReport> previousOf = new IdentityHashMap<>();
        Pairing.previous(ok).forEach((i, p) -> previousOf.put(ok.get(i), p));
        return runner.map(inputs.size(), i -> {
            if (!(parsed.get(i) instanceof ParsedReport p)) return (Outcome) parsed.get(i);
            Consumer<String> trace = s.trace() == null ? null : line -> s.trace().accept(inputs.get(i).name(), line);
            try {
                long left = limit == Long.MAX_VALUE ? limit : limit - (System.nanoTime() - started[i]);
                Result fired = within(() -> engine.check(p, given != null ? given : previousOf.get(p), s.lang(), trace), left);
                Result r = s.explain() ? fired : fired.withoutExplanations();
                return new Outcome.Checked(s.baseline() == null ? r : engine.hide(r, s.baseline(), s.day()));
            } catch (Exception e) {
                return failed(inputs.get(i), e, s);
            }
        });
    }

    /**
     * A batch streamed in input order to {@code sink}, on {@code threads} workers, checking at most
     * {@code window} reports at a time: memory stays bounded whatever the number of inputs. The outcomes are
     * those of {@link #check(List, Settings, Runner)}, with the same pairing of years: a first pass
     * reads each input for its agency and year (kept: a name and a number per input), the years
     * are paired on those, and the second pass reads each input again, checks it with its previous
     * year's report (kept in a small cache, read again when it has left it) and hands it on. The
     * first pass also keeps the parsed reports that cost most to read per byte held (a PDF before a
     * text file) within a quarter of the heap (see {@link Kept}): those are not read again, and a
     * batch that fits is read once. An input that fails in the first pass is its failure (not read again).
     *
     * @param tick called once per input and pass (a progress bar of 2 × inputs steps), or null
     * @throws ReadException when the settings' previous report cannot be read (no input is checked then)
     */
    public void stream(List<Input> inputs, Settings s, int threads, int window, Consumer<Outcome> sink, Runnable tick)
        throws ReadException {
        ParsedReport given = previous(s);
        long limit = limit(s);
        int n = inputs.size();
        int workers = Math.max(1, Math.min(threads, n));
        int keep = Math.max(1, window);
        Runnable ticked = tick == null ? () -> { } : tick;
        Outcome.Failed[] failedFirst = new Outcome.Failed[n];
        Kept kept = new Kept(Runtime.getRuntime().maxMemory() / 4);
        Map<Integer, Integer> previousOf;
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "ogicheck-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            if (given != null) {
                previousOf = Map.of();
            } else {
                Pairing.Key[] keys = new Pairing.Key[n];
                AtomicInteger next = new AtomicInteger();
                List<Future<?>> passOne = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    passOne.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                            long t0 = System.nanoTime();
                            Object o = parseOne(inputs.get(i), s, limit);
                            if (o instanceof ParsedReport p) {
                                keys[i] = Pairing.Key.of(p.report());
                                kept.offer(i, p, System.nanoTime() - t0);
                            } else {
                                failedFirst[i] = (Outcome.Failed) o;
                            }
                            ticked.run();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : passOne) await(f);
                previousOf = Pairing.previousIndex(java.util.Arrays.asList(keys));
            }
            java.util.BitSet isPrevious = new java.util.BitSet(n);
            previousOf.values().forEach(isPrevious::set);
            Priors priors = new Priors(keep);
            java.util.ArrayDeque<Future<Outcome>> ahead = new java.util.ArrayDeque<>();
            int submitted = 0;
            for (int delivered = 0; delivered < n; delivered++) {
                while (submitted < n && ahead.size() < keep) {
                    int i = submitted++;
                    ahead.add(pool.submit(() -> {
                        if (failedFirst[i] != null) return failedFirst[i];
                        long started = System.nanoTime();
                        ParsedReport p = kept.take(i);
                        if (p == null) {
                            Object o = parseOne(inputs.get(i), s, limit);
                            if (!(o instanceof ParsedReport parsed)) return (Outcome) o;
                            p = parsed;
                        }
                        if (isPrevious.get(i)) priors.put(i, p);
                        ParsedReport previous = given;
                        Integer j = previousOf.get(i);
                        if (j != null) {
                            previous = priors.get(j);
                            if (previous == null) previous = kept.get(j);
                            if (previous == null && parseOne(inputs.get(j), s, limit) instanceof ParsedReport q) {
                                previous = q;
                                priors.put(j, q);
                            }
                        }
                        long left = limit == Long.MAX_VALUE ? limit : limit - (System.nanoTime() - started);
                        return checkOne(inputs.get(i), p, previous, s, left);
                    }));
                }
                Outcome o = await(ahead.poll());
                ticked.run();
                sink.accept(o);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The parsed reports the first pass of a streamed batch keeps for the second, within a budget of
     * bytes: when it is exceeded, the report that cost least to read per byte held is dropped (it is
     * read again when its turn comes). A PDF (tens of ms to read, some 60 KB held) is kept before a
     * text file (about 1 ms): the second pass reads again only what is cheap to read.
     */
    static final class Kept {
        private record Entry(int index, ParsedReport report, long bytes, double nanosPerByte) {
        }

        private final long budget;
        private final Map<Integer, Entry> byIndex = new java.util.HashMap<>();
        private final java.util.PriorityQueue<Entry> cheapest =
            new java.util.PriorityQueue<>(java.util.Comparator.comparingDouble(Entry::nanosPerByte));
        private long held;

        Kept(long budget) {
            this.budget = budget;
        }

        /** keeps a report read in {@code nanos}, unless it is the cheapest to read again of all held beyond the budget */
        synchronized void offer(int i, ParsedReport p, long nanos) {
            long bytes = estimatedBytes(p);
            Entry e = new Entry(i, p, bytes, nanos / (double) bytes);
            byIndex.put(i, e);
            cheapest.add(e);
            held += bytes;
            while (held > budget && !cheapest.isEmpty()) {
                Entry drop = cheapest.poll();
                byIndex.remove(drop.index());
                held -= drop.bytes();
            }
        }

        /** the report kept for input i, or null; it is no longer kept */
        synchronized ParsedReport take(int i) {
            Entry e = byIndex.remove(i);
            if (e == null) return null;
            cheapest.remove(e);
            held -= e.bytes();
            return e.report();
        }

        /** the report kept for input i, or null; it stays kept */
        synchronized ParsedReport get(int i) {
            Entry e = byIndex.get(i);
            return e == null ? null : e.report();
        }

        /**
         * what a parsed report holds, roughly and rather more than less: its text about three times over
         * (whole, sections, sentences) and a few hundred bytes per fact (a cell with its value and place)
         */
        static long estimatedBytes(ParsedReport p) {
            String text = p.report().getFullText();
            return 1024 + 8L * (text == null ? 0 : text.length()) + 200L * p.facts().size();
        }
    }

    /** the previous years' reports a streamed batch keeps, the most recently used ones */
    private static final class Priors {
        private final Map<Integer, ParsedReport> lru;

        Priors(int size) {
            this.lru = new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Integer, ParsedReport> e) {
                    return size() > size;
                }
            };
        }

        synchronized ParsedReport get(int i) {
            return lru.get(i);
        }

        synchronized void put(int i, ParsedReport p) {
            lru.put(i, p);
        }
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** the time a report may take, in nanoseconds (at least a second; no limit without one) */
    private static long limit(Settings s) {
        return s.timeout() == null ? Long.MAX_VALUE : Math.max(TimeUnit.SECONDS.toNanos(1), s.timeout().toNanos());
    }

    /**
     * One input read and parsed as a check reads it: not read past the settings' size, given up past their time
     * limit, an out-of-memory or a reader's failure on a hostile file said in one line. What the commands that
     * read a report without checking it in a batch ({@code parse}, {@code explain}, {@code rules diff}) read with.
     *
     * @throws NotRead with the line that says why it was not read
     */
    public static ParsedReport read(Input input, Settings s) throws NotRead {
        Object o = parseOne(input, s, limit(s));
        if (o instanceof ParsedReport p) return p;
        throw new NotRead((Outcome.Failed) o);
    }

    /** an input that could not be read: {@link #failed()} says why, in one line naming it */
    public static final class NotRead extends Exception {
        private final transient Outcome.Failed failed;

        NotRead(Outcome.Failed failed) {
            super(failed.line(), null, false, false);
            this.failed = failed;
        }

        public Outcome.Failed failed() {
            return failed;
        }
    }

    /** one input read and parsed within the limit: its {@link ParsedReport}, or the {@link Outcome.Failed} that says why not */
    private static Object parseOne(Input input, Settings s, long limit) {
        try {
            long size = input.size();
            if (s.maxInputBytes() > 0 && size > s.maxInputBytes()) return tooLarge(input, size, s);
            return within(() -> input.parse(s.report()), limit);
        } catch (Exception e) {
            return unreadable(input, e, s);
        }
    }

    /**
     * the settings' previous report (null when they name none), read as every input is: not read past the size
     * limit, given up past the time limit, a hostile file's failure in one line
     *
     * @throws ReadException with that line
     */
    private static ParsedReport previous(Settings s) throws ReadException {
        if (s.previous() == null) return null;
        Object o = parseOne(s.previous(), s.withReport(ReportParser.Options.NONE), limit(s));
        if (o instanceof Outcome.Failed f) throw ReadException.of(f.said());
        return (ParsedReport) o;
    }

    /** one parsed input checked and scored within the time left */
    private Outcome checkOne(Input input, ParsedReport p, ParsedReport previous, Settings s, long left) {
        Consumer<String> trace = s.trace() == null ? null : line -> s.trace().accept(input.name(), line);
        try {
            Result fired = within(() -> engine.check(p, previous, s.lang(), trace), left);
            Result r = s.explain() ? fired : fired.withoutExplanations();
            return new Outcome.Checked(s.baseline() == null ? r : engine.hide(r, s.baseline(), s.day()));
        } catch (Exception e) {
            return failed(input, e, s);
        }
    }

    /** the step on a worker of its own within the time left (see {@link Deadline}), or here when there is no limit */
    private static <T> T within(java.util.concurrent.Callable<T> step, long nanos) throws Exception {
        return nanos == Long.MAX_VALUE ? step.call() : Deadline.call(step, nanos);
    }

    /** the one line an out-of-memory anywhere in a check is reported with (the heap's limit and how to raise it) */
    public static String outOfMemoryLine(String lang) {
        return outOfMemory().in(lang);
    }

    /** that the heap (its size named) was too small for one report */
    static Said outOfMemory() {
        return Said.of(BUNDLE, "outOfMemory", Runtime.getRuntime().maxMemory() / 1048576);
    }

    /** the pipeline's own lines (an input not checked, and why) */
    /** the bundle of the pipeline's own lines */
    public static final String BUNDLE = "org.ogicheck.pipeline.texts";
    static final org.ogicheck.i18n.Texts TEXTS = org.ogicheck.i18n.Texts.of(BUNDLE);

    /** the claims the narrative states, read with this rule set's patterns (what {@code parse} shows) */
    public List<Object> claims(ParsedReport parsed) {
        return engine.claims(parsed);
    }

    /** why an input could not be read or checked, as the line a batch reports for it (other errors are bugs: rethrown) */
    private static Outcome.Failed failed(Input input, Exception e, Settings s) {
        String name = input.name();
        if (e instanceof ReadException r) return new Outcome.Failed(name, r.said(), s.lang());
        if (e instanceof RulesException r) return new Outcome.Failed(name, named(name, r.said().get(0)), s.lang());
        if (e instanceof TimeoutException) {
            long seconds = Math.max(1, s.timeout().toSeconds());
            return new Outcome.Failed(name, Said.of(BUNDLE, "timeout", name, seconds), s.lang(), true);
        }
        if (e instanceof RuntimeException r) throw r;
        if (e instanceof Deadline.OutOfMemory) return new Outcome.Failed(name, named(name, outOfMemory()), s.lang());
        return new Outcome.Failed(name, named(name, Said.verbatim(e.getMessage())), s.lang());
    }

    private static Said named(String name, Said line) {
        return Said.of(BUNDLE, "named", name, line);
    }

    /** an input larger than the settings allow, not read */
    private static Outcome.Failed tooLarge(Input input, long size, Settings s) {
        return new Outcome.Failed(input.name(), Said.of(BUNDLE, "tooLarge", input.name(),
            String.format(java.util.Locale.ROOT, "%.1f", size / 1048576.0), s.maxInputBytes() / 1048576), s.lang());
    }

    /** a reader's or the parser's unexpected failure on a hostile file: the input is not checked, the batch goes on */
    private static Outcome.Failed unreadable(Input input, Exception e, Settings s) {
        if (e instanceof RuntimeException) {
            return new Outcome.Failed(input.name(), Said.of(BUNDLE, "unreadable", input.name(), e.getClass().getSimpleName()), s.lang());
        }
        return failed(input, e, s);
    }
}
