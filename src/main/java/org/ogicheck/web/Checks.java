package org.ogicheck.web;

import static org.ogicheck.web.Texts.t;

import java.io.Closeable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.ogicheck.i18n.Said;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleService;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.pipeline.Input;
import org.ogicheck.pipeline.Outcome;
import org.ogicheck.pipeline.Pipeline;
import org.ogicheck.pipeline.Runner;
import org.ogicheck.pipeline.Settings;
import org.ogicheck.read.ReadException;

/**
 * Runs the pipeline ({@link Pipeline}) on uploads, in memory, on a bounded pool with a time limit per check. Each
 * check takes the rule set serving when it starts. Logs only each file's name and size.
 */
final class Checks implements Closeable {
    /** checks waiting for a thread; more are refused as busy */
    private static final int QUEUE = 64;

    /** why a check gave no answer, with the HTTP status and a message for the person who sent it, in the language of the request */
    static final class Failed extends Exception {
        final int status;

        Failed(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /**
     * The reports of one submission as checked, with the rule set that checked them and what they
     * were checked from (so that a page in another language checks the same inputs with the same rules).
     *
     * @param problems the files that could not be read or checked, one line each (the previous year's report too)
     * @param failed the reports among the inputs that could not be read or checked, in input order
     */
    record Checked(RuleSet rules, List<Input> inputs, Settings settings, List<Result> results, List<Said> problems,
                   List<Outcome.Failed> failed) {
        /** some reports checked, the others not read or checked, and nothing else wrong (the previous year's report read) */
        boolean partial() {
            return !results.isEmpty() && !failed.isEmpty() && problems.size() == failed.size();
        }
    }

    private final RuleService rules;
    private final Duration timeout;
    private final Consumer<String> log;
    private final ThreadPoolExecutor pool;

    Checks(RuleService rules, Duration timeout, int threads, Consumer<String> log) {
        this.rules = rules;
        this.timeout = timeout;
        this.log = log;
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "ogicheck-check");
            t.setDaemon(true);
            return t;
        });
    }

    Checked check(Submission s, String lang) throws Failed {
        return limited(lang, () -> {
            long start = System.nanoTime();
            RuleSet rs = rules.current();
            List<Input> inputs = s.files().stream().map(u -> Input.of(u.name(), u.bytes())).toList();
            // the pipeline's own limit per report stops the work (its worker is interrupted, then stopped)
            Settings settings = Settings.defaults().withLang(lang).withReport(s.options()).withTimeout(timeout);
            List<Said> problems = new ArrayList<>();
            if (s.previous() != null) {
                Input previous = Input.of(s.previous().name(), s.previous().bytes());
                try {
                    // read as the reports are: given up past the time limit, a hostile file's failure in one line
                    Pipeline.read(previous, settings.withReport(ReportParser.Options.NONE));
                    settings = settings.withPrevious(previous);
                } catch (Pipeline.NotRead e) {
                    problems.add(e.failed().said());
                }
            }
            List<Outcome.Failed> failed = new ArrayList<>();
            List<Result> results = results(rs, inputs, settings, problems, failed, lang);
            for (Upload u : s.files()) {
                log.accept("checked " + u.name() + " (" + u.bytes().length + " bytes) in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
            }
            return new Checked(rs, inputs, settings, results, problems, failed);
        });
    }

    /** the same results in another language: the messages made again from the findings, no rule runs */
    List<Result> again(Checked c, String lang) {
        return c.results().stream().map(r -> r.inLanguage(c.rules().messages(), lang)).toList();
    }

    private List<Result> results(RuleSet rs, List<Input> inputs, Settings settings, List<Said> problems,
                                 List<Outcome.Failed> failed, String lang) throws ReadException, Failed {
        List<Result> out = new ArrayList<>();
        for (Outcome o : new Pipeline(rs).check(inputs, settings, Runner.SEQUENTIAL)) {
            if (o instanceof Outcome.Checked c) out.add(c.result());
            else if (o instanceof Outcome.Failed f && f.pastTimeLimit()) throw pastTimeLimit(lang);
            else if (o instanceof Outcome.Failed f) {
                problems.add(f.said());
                failed.add(f);
            }
        }
        return out;
    }

    private Failed pastTimeLimit(String lang) {
        return new Failed(503, t(lang, "checks.timeout", timeout.toSeconds()));
    }

    private <T> T limited(String lang, Callable<T> job) throws Failed {
        Future<T> f;
        try {
            f = pool.submit(job);
        } catch (RejectedExecutionException e) {
            throw new Failed(503, t(lang, "checks.busy"));
        }
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true); // the pipeline, interrupted, stops the report's worker too
            throw pastTimeLimit(lang);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failed(503, t(lang, "checks.interrupted"));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Failed failed) throw failed;
            throw new Failed(500, t(lang, "checks.failed", e.getCause().getClass().getSimpleName()));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
