package org.ogicheck.web;

import java.io.Closeable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.app.Pairing;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleService;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.engine.RulesException;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.ReadException;

/**
 * Runs the pipeline on uploads, in memory, on a bounded pool with a time limit per check. Each
 * check takes the rule set serving when it starts. Logs only each file's name and size.
 */
final class Checks implements Closeable {
    /** checks waiting for a thread; more are refused as busy */
    private static final int QUEUE = 64;

    /** why a check gave no answer, with the HTTP status and a message for the person who sent it */
    static final class Failed extends Exception {
        final int status;

        Failed(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /**
     * The reports of one submission, read and parsed, with the rule set that checked them.
     *
     * @param problems the files that could not be read, one line each
     */
    record Checked(RuleSet rules, List<ParsedReport> parsed, Map<ParsedReport, ParsedReport> previous, List<Result> results,
                   List<String> problems) {
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
        return limited(() -> {
            long start = System.nanoTime();
            RuleSet rs = rules.current();
            List<String> problems = new ArrayList<>();
            ParsedReport given = s.previous() == null ? null : parse(s.previous(), ReportParser.Options.NONE, problems);
            List<ParsedReport> parsed = new ArrayList<>();
            for (Upload u : s.files()) {
                ParsedReport p = parse(u, s.options(), problems);
                if (p != null) parsed.add(p);
            }
            Map<ParsedReport, ParsedReport> previous = new HashMap<>();
            if (given != null) parsed.forEach(p -> previous.put(p, given));
            else Pairing.previous(parsed).forEach((i, p) -> previous.put(parsed.get(i), p));
            List<Result> results = results(rs, parsed, previous, lang, problems);
            for (Upload u : s.files()) {
                log.accept("checked " + u.name() + " (" + u.bytes().length + " bytes) in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
            }
            return new Checked(rs, parsed, previous, results, problems);
        });
    }

    /** the same reports checked again with the same rules, for a page in another language */
    List<Result> again(Checked c, String lang) throws Failed {
        return limited(() -> results(c.rules(), c.parsed(), c.previous(), lang, new ArrayList<>()));
    }

    private static ParsedReport parse(Upload u, ReportParser.Options opt, List<String> problems) {
        try {
            return Ogicheck.parse(u.name(), u.bytes(), opt);
        } catch (ReadException | RuntimeException e) {
            problems.add(e instanceof ReadException ? e.getMessage() : u.name() + ": cannot be read (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    private static List<Result> results(RuleSet rs, List<ParsedReport> parsed, Map<ParsedReport, ParsedReport> previous, String lang,
                                        List<String> problems) {
        Ogicheck engine = new Ogicheck(rs);
        List<Result> out = new ArrayList<>();
        for (ParsedReport p : parsed) {
            try {
                Result r = engine.check(p, previous.get(p), lang, null);
                r.findings().forEach(f -> f.setExplanation(null));
                out.add(r);
            } catch (RulesException e) {
                problems.add(p.report().getSource() + ": " + e.lines().get(0));
            }
        }
        return out;
    }

    private <T> T limited(Callable<T> job) throws Failed {
        Future<T> f;
        try {
            f = pool.submit(job);
        } catch (RejectedExecutionException e) {
            throw new Failed(503, "服务器繁忙，请稍后再试。");
        }
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Failed(503, "检查超时：超过 " + timeout.toSeconds() + " 秒仍未完成。");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failed(503, "检查被中断。");
        } catch (ExecutionException e) {
            throw new Failed(500, "检查失败：" + e.getCause().getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
