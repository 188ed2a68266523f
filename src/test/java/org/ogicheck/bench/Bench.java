package org.ogicheck.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.ogicheck.model.Severity;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.app.Result;
import org.ogicheck.engine.Checker;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.engine.RulesException;
import org.ogicheck.model.Finding;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.ReadException;
import org.ogicheck.read.TextReader;

/**
 * The benchmark behind {@code ogicheck bench}: cold start in a child JVM, warm per-report costs,
 * a batch of generated reports on all cores, and four arithmetic rules against the same arithmetic
 * as a hand-written loop. Produces a Markdown table with the targets and by how much each is missed.
 */
public final class Bench {
    /** the rules the hand-written loop reproduces, and the rule the second of them waits for */
    private static final Set<String> SUBSET = subsetOfTheLoop();

    private static Set<String> subsetOfTheLoop() {
        Set<String> s = new java.util.LinkedHashSet<>(HandLoop.RULES);
        s.add(HandLoop.WAITS_FOR);
        return Set.copyOf(s);
    }

    public record Options(int reports, long seed, double defectShare, int warmReports, List<Path> corpusDirs,
                          List<Path> ruleDirs, boolean cold, int coldRuns, String lang, int threads, int realFiles) {
    }

    /** one line of the table */
    public record Row(String measure, String result, String target, String verdict) {
    }

    private final Options opt;
    private final PrintWriter log;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Bench(Options opt, PrintWriter log) {
        this.opt = opt;
        this.log = log;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> notes() {
        return notes;
    }

    public void run() throws IOException, RulesException, InterruptedException {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();

        // the rows timed in this JVM come first, those of child processes (cold start, the real files) after
        // them: the in-process rows then run the very same steps with and without --no-cold
        RuleSet rules = loadRules();
        Ogicheck engine = new Ogicheck(rules);
        Checker checker = new Checker(rules);

        say("generating " + opt.reports() + " reports from the corpus (seed " + opt.seed() + ")");
        long t0 = System.nanoTime();
        Corpus corpus = Corpus.of(opt.corpusDirs(), opt.ruleDirs());
        List<Corpus.Item> items = new ArrayList<>(opt.reports());
        for (int i = 0; i < opt.reports(); i++) items.add(corpus.generate(opt.seed(), i, opt.defectShare()));
        double genMs = ms(System.nanoTime() - t0);
        long bytes = items.stream().mapToLong(it -> it.text().length).sum();
        notes.add(String.format(Locale.ROOT, "Corpus: %d real text reports (%s), %d defective templates (report × rule that Mutator "
                + "could break); %d reports generated with seed %d, %.0f%% with an injected defect, %.1f MB of text, in %.1f s "
                + "(not timed below).", corpus.sources().size(), String.join(", ", corpus.sources().stream()
                .map(p -> p.getFileName().toString()).toList()), corpus.defectTemplates(), items.size(), opt.seed(),
            opt.defectShare() * 100, bytes / 1e6, genMs / 1000));

        batch(engine, items);
        warm(engine, checker, items);
        loopVersusRules(checker, items);
        List<Path> real = RealFiles.sources(opt.corpusDirs());
        pipelineOverhead(engine, real);
        if (opt.cold()) {
            cold();
            RealFiles.batch(this, real, opt.realFiles());
        }
        memory();
    }

    // ---- loading the rules ----------------------------------------------------------------------

    /**
     * The rule set twice, each timed: compiled with no cache at all (an empty cache folder of this run: no
     * compiled rules, no converted spreadsheets), as after a change of the rules or of the tool, then read
     * back from the cache that compile wrote, as every later run. The user's cache is not used: whether
     * it held this build's rules decided what the one row of earlier runs measured (a compile after each
     * new build, a read from the cache when the cold rows' children had filled it first).
     */
    private RuleSet loadRules() throws IOException, RulesException {
        Path cache = java.nio.file.Files.createTempDirectory("ogicheck-bench-cache-");
        String before = System.getProperty("ogicheck.cache");
        System.setProperty("ogicheck.cache", cache.toString());
        try {
            say("compiling the rules (no cache)");
            long c0 = Cpu.process();
            long t0 = System.nanoTime();
            RuleSet compiled = RuleSet.load(opt.ruleDirs());
            double compileMs = ms(System.nanoTime() - t0);
            long c1 = Cpu.process();
            say("reading the compiled rules back from the cache");
            t0 = System.nanoTime();
            RuleSet rules = RuleSet.load(opt.ruleDirs());
            double readMs = ms(System.nanoTime() - t0);
            long c2 = Cpu.process();
            rows.add(new Row("rule set compiled, no cache (in process, after a change of the rules or of the tool)",
                String.format(Locale.ROOT, "%.0f ms wall, %s; %d rules%s", compileMs, cpuMs(c0, c1), compiled.rules().size(),
                    compiled.fromCache() ? " (NOT a compile: read from a cache)" : ""), "", ""));
            rows.add(new Row("rule set read back from the compiled-rules cache (in process, every later run)",
                String.format(Locale.ROOT, "%.0f ms wall, %s%s", readMs, cpuMs(c1, c2),
                    rules.fromCache() ? "" : " (NOT from the cache: compiled again)"), "", ""));
            return rules;
        } finally {
            if (before == null) System.clearProperty("ogicheck.cache");
            else System.setProperty("ogicheck.cache", before);
            try (java.util.stream.Stream<Path> w = java.nio.file.Files.walk(cache)) {
                for (Path p : w.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    /** process CPU between two readings of {@link Cpu#process()}, all threads (the compiler's workers, JIT and GC included) */
    private static String cpuMs(long c0, long c1) {
        return c0 < 0 || c1 < 0 ? "CPU not known" : String.format(Locale.ROOT, "%.0f ms CPU (all threads)", (c1 - c0) / 1e6);
    }

    // ---- cold ---------------------------------------------------------------------------------

    private void cold() throws IOException, InterruptedException {
        ColdStart cs = ColdStart.locate();
        if (cs == null) {
            rows.add(0, new Row("cold: one report, JVM start to exit", "not measured: no target/ogicheck.jar found", "≤ 1.0 s", "—"));
            return;
        }
        say("cold start: " + String.join(" ", cs.command()) + " (1 untimed + " + opt.coldRuns() + " runs)");
        String load = Cpu.load();
        ColdStart.Runs runs = cs.measure(opt.coldRuns());
        double[] s = runs.wall();
        double median = median(s);
        double cpu = median(runs.cpu());
        // first in the table, though timed after the rows of this JVM
        rows.add(0, new Row("cold: one report through the release launcher, start to exit (median of " + s.length + ")",
            String.format(Locale.ROOT, "%.2f s wall (%.2f–%.2f); %s; load %s → %s", median, Arrays.stream(s).min().orElse(0),
                Arrays.stream(s).max().orElse(0), cpu < 0 ? "CPU not known" : String.format(Locale.ROOT, "%.2f s CPU (user + sys, all threads)", cpu),
                load, Cpu.load()),
            "≤ 1.0 s", verdict(median, 1.0, "s") + " (wall)"));
        notes.add("Cold command (in " + cs.dir() + "): `" + String.join(" ", cs.command()) + "`.");
    }

    // ---- batch --------------------------------------------------------------------------------

    /** counts gathered by the batch workers */
    private static final class Tally {
        final AtomicLongArray rules = new AtomicLongArray(4);
        final AtomicLongArray loop = new AtomicLongArray(4);
        final AtomicInteger findings = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger withError = new AtomicInteger();
    }

    private void batch(Ogicheck engine, List<Corpus.Item> items) throws InterruptedException {
        int threads = opt.threads() > 0 ? opt.threads() : Runtime.getRuntime().availableProcessors();
        say("batch: " + items.size() + " reports on " + threads + " threads");
        Tally tally = new Tally();
        AtomicInteger next = new AtomicInteger();
        List<Throwable> crashed = new ArrayList<>();
        Runnable worker = () -> {
            for (int i; (i = next.getAndIncrement()) < items.size(); ) {
                Corpus.Item it = items.get(i);
                try {
                    Result r = engine.check(parse(it), opt.lang());
                    tally.findings.addAndGet(r.findings().size());
                    int e = (int) r.count(Severity.ERROR);
                    tally.errors.addAndGet(e);
                    if (e > 0) tally.withError.incrementAndGet();
                    int[] byRule = countRules(r.findings());
                    for (int k = 0; k < 4; k++) tally.rules.addAndGet(k, byRule[k]);
                } catch (ReadException | RulesException e) {
                    tally.failed.incrementAndGet();
                }
            }
        };
        String load = Cpu.load();
        long c0 = Cpu.process();
        long t0 = System.nanoTime();
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            Thread t = new Thread(worker, "bench-" + k);
            t.setUncaughtExceptionHandler((th, e) -> {
                synchronized (crashed) {
                    crashed.add(e);
                }
            });
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) t.join();
        double s = ms(System.nanoTime() - t0) / 1000;
        long c1 = Cpu.process();
        if (!crashed.isEmpty()) throw new IllegalStateException("batch worker failed", crashed.get(0));
        double perS = items.size() / s;
        rows.add(new Row(String.format(Locale.ROOT, "batch: %,d reports read, parsed, checked and scored, %d threads, one KieBase",
            items.size(), threads), String.format(Locale.ROOT, "%.2f s wall, %,.0f reports/s; %s; load %s → %s", s, perS,
                c0 < 0 ? "CPU not known" : String.format(Locale.ROOT, "%.1f s CPU (user + sys, all threads, JIT and GC included)", (c1 - c0) / 1e9),
                load, Cpu.load()),
            "≤ 15 s for 10,000",
            items.size() == 10_000 ? verdict(s, 15, "s") : "not comparable: the target is for 10,000 reports"));
        rows.add(new Row("batch: work done", String.format(Locale.ROOT, "%,d findings, %,d ERROR; %,d of %,d reports with an ERROR; %d unreadable",
            tally.findings.get(), tally.errors.get(), tally.withError.get(), items.size(), tally.failed.get()), "", ""));
        batchTally = tally;
    }

    private Tally batchTally;

    private static ParsedReport parse(Corpus.Item it) throws ReadException {
        return new ReportParser().parse(new TextReader().read(it.name(), it.text()), ReportParser.Options.NONE);
    }

    private static int[] countRules(List<Finding> findings) {
        int[] out = new int[4];
        for (Finding f : findings) {
            int k = HandLoop.RULES.indexOf(f.getRuleId());
            if (k >= 0) out[k]++;
        }
        return out;
    }

    // ---- warm ---------------------------------------------------------------------------------

    private List<ParsedReport> warmSet;

    private void warm(Ogicheck engine, Checker checker, List<Corpus.Item> items) throws RulesException {
        int n = Math.min(opt.warmReports(), items.size());
        List<Corpus.Item> sample = items.subList(0, n);
        List<ParsedReport> parsed = new ArrayList<>(n);
        try {
            for (Corpus.Item it : sample) parsed.add(parse(it));
        } catch (ReadException e) {
            throw new IllegalStateException(e);
        }
        warmSet = parsed;
        say("warm: " + n + " reports, 1 thread, warm-up pass then 5 timed passes each");
        String load = Cpu.load();
        Timing rulesOnly = passes(() -> {
            for (ParsedReport p : parsed) checker.check(p, opt.lang());
        })[0].per(n);
        rows.add(new Row("warm: whole rule set, parse excluded (facts prepared once, a pooled session reset per report), 1 thread",
            rulesOnly.show("%.3f ms") + "; load " + load + " → " + Cpu.load(), "≤ 0.25 ms",
            verdict(rulesOnly.value(), 0.25, "ms") + (rulesOnly.cpu() < 0 ? " (wall)" : " (CPU)")));
        Timing[] t = passes(() -> {
            for (Corpus.Item it : sample) {
                try {
                    engine.check(parse(it), opt.lang());
                } catch (ReadException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, () -> {
            for (Corpus.Item it : sample) {
                try {
                    parse(it);
                } catch (ReadException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        rows.add(new Row("warm: read + parse + check + score, 1 thread", t[0].per(n).show("%.3f ms") + "; parse alone "
            + t[1].per(n).show("%.3f ms"), "", ""));
    }

    private interface Pass {
        void run() throws RulesException;
    }

    /** the median wall and CPU ms of timed passes (CPU: this thread's, -1 where the JVM cannot tell) */
    record Timing(double wall, double cpu) {
        Timing per(int n) {
            return new Timing(wall / n, cpu < 0 ? cpu : cpu / n);
        }

        /** "0.812 ms/report CPU (wall 1.104)": CPU first, as it is what a busy machine stretches least */
        String show(String format) {
            return cpu < 0 ? String.format(Locale.ROOT, format, wall) + "/report wall"
                : String.format(Locale.ROOT, format, cpu) + "/report CPU (wall " + String.format(Locale.ROOT, format, wall) + ")";
        }

        /** CPU where known, else wall */
        double value() {
            return cpu < 0 ? wall : cpu;
        }
    }

    /** one pass timed on this thread: wall and CPU ms */
    private static double[] timed(Pass pass) throws RulesException {
        long c0 = Cpu.thread();
        long t0 = System.nanoTime();
        pass.run();
        long t1 = System.nanoTime();
        long c1 = Cpu.thread();
        return new double[] {ms(t1 - t0), c0 < 0 ? -1 : ms(c1 - c0)};
    }

    /** medians of 5 timed passes of each, after one untimed pass of each, taken in turn (a b a b …) so that a change of load hits both alike */
    private static Timing[] passes(Pass... passes) throws RulesException {
        for (Pass p : passes) p.run();
        int runs = 5;
        double[][] wall = new double[passes.length][runs];
        double[][] cpu = new double[passes.length][runs];
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < passes.length; k++) {
                double[] t = timed(passes[k]);
                wall[k][i] = t[0];
                cpu[k][i] = t[1];
            }
        }
        Timing[] out = new Timing[passes.length];
        for (int k = 0; k < passes.length; k++) out[k] = new Timing(median(wall[k]), median(cpu[k]));
        return out;
    }

    // ---- rules versus a loop ------------------------------------------------------------------

    private void loopVersusRules(Checker full, List<Corpus.Item> items) throws RulesException {
        say(String.join(", ", HandLoop.RULES) + ": rules against a hand-written loop");
        RuleSet subset = RuleSet.load(opt.ruleDirs());
        subset.retainOnly(Set.copyOf(SUBSET));
        Checker four = new Checker(subset);
        List<ParsedReport> parsed = warmSet;
        int n = parsed.size();
        int[] ruleCount = new int[4];
        int[] loopCount = new int[4];
        for (ParsedReport p : parsed) {
            int[] a = countRules(four.check(p, opt.lang()));
            int[] b = HandLoop.count(p);
            for (int k = 0; k < 4; k++) {
                ruleCount[k] += a[k];
                loopCount[k] += b[k];
            }
        }
        long[] sink = new long[1];
        Timing[] t = passes(() -> {
            for (ParsedReport p : parsed) sink[0] += four.check(p, opt.lang()).size();
        }, () -> {
            for (ParsedReport p : parsed) sink[0] += HandLoop.count(p)[0];
        });
        Timing rules = t[0].per(n);
        Timing loop = t[1].per(n);
        rows.add(new Row(String.join(", ", HandLoop.RULES) + " as rules (KieBase of these + " + HandLoop.WAITS_FOR + ", which "
            + HandLoop.RULES.get(1) + " waits for), 1 thread", rules.show("%.4f ms"), "", ""));
        rows.add(new Row("the same arithmetic as a hand-written Java loop, same parsed reports", loop.show("%.4f ms"), "", ""));
        rows.add(new Row("engine cost: rules / loop", String.format(Locale.ROOT, "%.0f×", rules.value() / loop.value())
            + (rules.cpu() < 0 ? " (wall)" : " (CPU)"), "", ""));
        rows.add(new Row(String.format(Locale.ROOT, "findings of the four rules, %,d warm reports: rules vs loop", n),
            counts(ruleCount) + " vs " + counts(loopCount), "equal", Arrays.equals(ruleCount, loopCount) ? "equal" : "DIFFERENT"));
        // the whole batch too, full rule set against the loop
        int[] batchRules = new int[4];
        int[] batchLoop = new int[4];
        for (int k = 0; k < 4; k++) batchRules[k] = (int) batchTally.rules.get(k);
        try {
            for (Corpus.Item it : items) {
                int[] b = HandLoop.count(parse(it));
                for (int k = 0; k < 4; k++) batchLoop[k] += b[k];
            }
        } catch (ReadException e) {
            throw new IllegalStateException(e);
        }
        rows.add(new Row(String.format(Locale.ROOT, "findings of the four rules, %,d batch reports: full rule set vs loop", items.size()),
            counts(batchRules) + " vs " + counts(batchLoop), "equal", Arrays.equals(batchRules, batchLoop) ? "equal" : "DIFFERENT"));
        agree = Arrays.equals(ruleCount, loopCount) && Arrays.equals(batchRules, batchLoop);
    }

    private boolean agree = true;

    /** whether the rules and the loop found the same number of findings of each of the four rules */
    public boolean agree() {
        return agree;
    }

    private static String counts(int[] c) {
        int sum = Arrays.stream(c).sum();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d (", sum));
        for (int k = 0; k < 4; k++) sb.append(k > 0 ? " " : "").append(HandLoop.RULES.get(k), 0, 3).append(HandLoop.RULES.get(k).substring(4))
            .append(' ').append(c[k]);
        return sb.append(')').toString();
    }

    // ---- the whole pipeline: rules against hand-written checks ---------------------------------

    /**
     * read → parse → check → score of real files (bytes in memory, so the disk is not measured), one
     * thread, with the rule set against the same read → parse with the hand-written checks in place
     * of check → score. Rendering is left out of both (it is the same for both and would only dilute the ratio).
     */
    private void pipelineOverhead(Ogicheck engine, List<Path> files) throws IOException {
        if (files.isEmpty()) return;
        say("the whole pipeline with the rules against the same with hand-written checks, " + files.size() + " real files");
        List<byte[]> bytes = new ArrayList<>();
        for (Path f : files) bytes.add(java.nio.file.Files.readAllBytes(f));
        long[] sink = new long[1];
        Pass withRules = () -> {
            for (int i = 0; i < files.size(); i++) {
                try {
                    sink[0] += engine.check(Ogicheck.parse(files.get(i).toString(), bytes.get(i), ReportParser.Options.NONE), opt.lang()).findings().size();
                } catch (ReadException e) {
                    sink[0]++;
                }
            }
        };
        Pass withLoop = () -> {
            for (int i = 0; i < files.size(); i++) {
                try {
                    sink[0] += HandLoop.count(Ogicheck.parse(files.get(i).toString(), bytes.get(i), ReportParser.Options.NONE))[0];
                } catch (ReadException e) {
                    sink[0]++;
                }
            }
        };
        String load = Cpu.load();
        Timing rules;
        Timing loop;
        try {
            Timing[] t = passes(withRules, withLoop);
            rules = t[0].per(files.size());
            loop = t[1].per(files.size());
        } catch (RulesException e) {
            throw new IllegalStateException(e);
        }
        double ratio = rules.value() / loop.value();
        String by = rules.cpu() < 0 ? " (wall)" : " (CPU)";
        rows.add(new Row(String.format(Locale.ROOT, "whole pipeline, %d real files (text, HTML, PDF): read + parse + all rules + score, 1 thread",
            files.size()), rules.show("%.2f ms"), "", ""));
        rows.add(new Row("the same read + parse with the hand-written checks (" + String.join(", ", HandLoop.RULES) + ") instead, "
            + "passes taken in turn with the above", loop.show("%.2f ms"), "", ""));
        rows.add(new Row("engine overhead: whole pipeline with rules / with hand-written checks",
            String.format(Locale.ROOT, "%.2f×%s (wall %.2f×); load %s → %s", ratio, by, rules.wall() / loop.wall(), load, Cpu.load()),
            "≤ 1.25×", verdict(ratio, 1.25, "×") + by));
    }

    void row(String measure, String result, String target, String verdict) {
        rows.add(new Row(measure, result, target, verdict));
    }

    void note(String n) {
        notes.add(n);
    }

    void progress(String s) {
        say(s);
    }

    // ---- memory -------------------------------------------------------------------------------

    private void memory() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) peak += p.getPeakUsage().getUsed();
        }
        System.gc();
        long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long max = Runtime.getRuntime().maxMemory();
        String xmx = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("-Xmx")).reduce((a, b) -> b).orElse("(no -Xmx: default)");
        rows.add(new Row("memory: heap", String.format(Locale.ROOT, "%s (max %d MB); peak used %d MB; %d MB after GC, holding the "
            + "KieBase and the generated texts", xmx, max >> 20, peak >> 20, after >> 20), "bounded (-Xmx)",
            peak <= max ? "bounded by " + xmx : "—"));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void say(String s) {
        if (log != null) {
            log.println("bench: " + s);
            log.flush();
        }
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static String verdict(double value, double target, String unit) {
        if (value <= target) return "met";
        return String.format(Locale.ROOT, "missed by %s %s (%.0f%% over)", trim(value - target), unit, (value / target - 1) * 100);
    }

    private static String trim(double d) {
        return d >= 10 ? String.format(Locale.ROOT, "%.1f", d) : d >= 0.1 ? String.format(Locale.ROOT, "%.2f", d)
            : String.format(Locale.ROOT, "%.3f", d);
    }

    /** the table and notes as Markdown */
    public String markdown(String header) {
        StringBuilder sb = new StringBuilder();
        sb.append(header).append("\n\n");
        sb.append("| measure | result | target | verdict |\n|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(esc(r.measure())).append(" | ").append(esc(r.result())).append(" | ").append(esc(r.target()))
                .append(" | ").append(esc(r.verdict())).append(" |\n");
        }
        if (!notes.isEmpty()) sb.append('\n');
        for (String n : notes) sb.append("- ").append(n).append('\n');
        return sb.toString();
    }

    private static String esc(String s) {
        return s.replace("|", "\\|");
    }

    private final String loadAtStart = Cpu.load();

    /** a description of this machine and JVM for the table's header */
    public String environment() {
        var rt = ManagementFactory.getRuntimeMXBean();
        return String.format(Locale.ROOT, "%d cores (load average %s at the start, %s at the end: other work on the machine "
                + "stretches wall times far more than CPU times, so both are given), "
                + "Java %s (%s), JVM flags: %s", Runtime.getRuntime().availableProcessors(), loadAtStart, Cpu.load(),
            System.getProperty("java.version"), System.getProperty("java.vm.name"),
            rt.getInputArguments().isEmpty() ? "(none)" : String.join(" ", rt.getInputArguments()));
    }

    static Set<String> subset() {
        return new HashSet<>(SUBSET);
    }
}
