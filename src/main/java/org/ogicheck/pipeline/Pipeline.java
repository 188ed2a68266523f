package org.ogicheck.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.app.Pairing;
import org.ogicheck.app.Result;
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
        ParsedReport given = s.previous() == null ? null : s.previous().parse(ReportParser.Options.NONE);
        long limit = s.timeout() == null ? Long.MAX_VALUE : Math.max(TimeUnit.SECONDS.toNanos(1), s.timeout().toNanos());
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

    /** the step on a worker of its own within the time left (see {@link Deadline}), or here when there is no limit */
    private static <T> T within(java.util.concurrent.Callable<T> step, long nanos) throws Exception {
        return nanos == Long.MAX_VALUE ? step.call() : Deadline.call(step, nanos);
    }

    /** the one line an out-of-memory anywhere in a check is reported with (the heap's limit and how to raise it) */
    public static String outOfMemoryLine(String lang) {
        return TEXTS.get(lang, "outOfMemory", Runtime.getRuntime().maxMemory() / 1048576);
    }

    /** the pipeline's own lines (an input not checked, and why) */
    static final org.ogicheck.i18n.Texts TEXTS = org.ogicheck.i18n.Texts.of("org.ogicheck.pipeline.texts");

    /** the claims the narrative states, read with this rule set's patterns (what {@code parse} shows) */
    public List<Object> claims(ParsedReport parsed) {
        return engine.claims(parsed);
    }

    /** why an input could not be read or checked, as the line a batch reports for it (other errors are bugs: rethrown) */
    private static Outcome.Failed failed(Input input, Exception e, Settings s) {
        String name = input.name();
        if (e instanceof ReadException r) return new Outcome.Failed(name, r.message(s.lang()));
        if (e instanceof RulesException r) return new Outcome.Failed(name, name + ": " + r.lines(s.lang()).get(0));
        if (e instanceof TimeoutException) {
            long seconds = Math.max(1, s.timeout().toSeconds());
            return new Outcome.Failed(name, TEXTS.get(s.lang(), "timeout", name, seconds));
        }
        if (e instanceof RuntimeException r) throw r;
        if (e instanceof Deadline.OutOfMemory) return new Outcome.Failed(name, name + TEXTS.get(s.lang(), "separator") + outOfMemoryLine(s.lang()));
        return new Outcome.Failed(name, name + TEXTS.get(s.lang(), "separator") + e.getMessage());
    }

    /** an input larger than the settings allow, not read */
    private static Outcome.Failed tooLarge(Input input, long size, Settings s) {
        return new Outcome.Failed(input.name(), TEXTS.get(s.lang(), "tooLarge", input.name(),
            String.format(java.util.Locale.ROOT, "%.1f", size / 1048576.0), s.maxInputBytes() / 1048576));
    }

    /** a reader's or the parser's unexpected failure on a hostile file: the input is not checked, the batch goes on */
    private static Outcome.Failed unreadable(Input input, Exception e, Settings s) {
        if (e instanceof RuntimeException) {
            return new Outcome.Failed(input.name(), TEXTS.get(s.lang(), "unreadable", input.name(), e.getClass().getSimpleName()));
        }
        return failed(input, e, s);
    }
}
