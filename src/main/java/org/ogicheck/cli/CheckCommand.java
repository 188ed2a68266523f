package org.ogicheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.ogicheck.app.AtomicFiles;
import org.ogicheck.app.Baseline;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.app.Pairing;
import org.ogicheck.parse.ParsedReport;
import java.util.HashMap;
import java.util.Map;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RulesException;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.ReadException;
import org.ogicheck.render.Unreadable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ogicheck.render.Renderer;
import org.ogicheck.render.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck check: findings and scorecard for one or more reports. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check reports (text, HTML, Word, PDF) and print findings and the scorecard.",
    footer = ExitCodes.HELP)
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files, or folders of them; - reads the report "
        + "from standard input (e.g. text pasted from a web page or a spreadsheet)")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
        description = "text, json, html, md, csv, xlsx, sarif or junit (default: ${DEFAULT-VALUE}); xlsx needs --out")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
        description = "write the output to FILE (replaced whole, atomically) instead of standard output")
    Path outFile;

    @Option(names = "--timeout-s", defaultValue = "60", paramLabel = "SECONDS",
        description = "time limit per report for reading, parsing and checking (default: ${DEFAULT-VALUE}); a report past it "
            + "is abandoned with one line and counts as not checked (exit 2)")
    long timeoutS;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh or en (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--explain", description = "show each finding's derivation with the numbers substituted")
    boolean explain;

    @Option(names = "--trace", description = "print every rule firing and the facts it matched to stderr (for rule authors)")
    boolean trace;

    @Option(names = "--previous", paramLabel = "FILE", description = "the same agency's report of the year before, for the "
        + "cross-year rules (in a batch, consecutive years of one agency are paired by themselves)")
    Path previous;

    @Option(names = "--baseline", paramLabel = "FILE", description = "hide the findings recorded in this baseline or waiver file "
        + "(an entry past its expiry date stops hiding)")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "record the current findings in FILE")
    Path writeBaseline;

    @Mixin
    ReportOptions report;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Renderer renderer;
        try {
            renderer = Renderer.of(format);
        } catch (IllegalArgumentException e) {
            err.println("ogicheck check: --format: '" + format + "' is not one of " + String.join(", ", Renderer.FORMATS));
            return ExitCodes.USAGE;
        }
        if (renderer.binary() && outFile == null) {
            err.println("ogicheck check: --format " + format + " is a binary file format: give --out FILE");
            return ExitCodes.USAGE;
        }
        if (!lang.equals("zh") && !lang.equals("en")) {
            err.println("ogicheck check: --lang: '" + lang + "' is not one of zh, en");
            return ExitCodes.USAGE;
        }
        ReportParser.Options opt = report.toOptions(spec.commandLine());
        Ogicheck engine = rules.load(err);
        if (engine == null) return ExitCodes.USAGE;
        List<Path> inputs;
        try {
            inputs = Inputs.expand(files);
        } catch (IOException e) {
            err.println("ogicheck: cannot list " + files + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Baseline hide = null;
        if (baseline != null) {
            try {
                hide = Baseline.read(baseline);
            } catch (IOException e) {
                err.println("ogicheck: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        if (previous != null && inputs.size() != 1) {
            err.println("ogicheck check: --previous goes with one report; a batch pairs consecutive years by itself");
            return ExitCodes.USAGE;
        }
        ParsedReport given = null;
        if (previous != null) {
            try {
                given = Ogicheck.parse(previous, ReportParser.Options.NONE);
            } catch (ReadException e) {
                err.println("ogicheck: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        byte[] piped = null;
        if (inputs.contains(Inputs.STDIN)) {
            try {
                piped = Inputs.readStdin();
            } catch (IOException e) {
                err.println("ogicheck: " + Inputs.stdinName(lang) + ": cannot read: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        final byte[] stdinBytes = piped;
        final String stdinName = Inputs.stdinName(lang);
        Batch batch = new Batch(inputs.size(), err);
        // read and parse every file on all cores, then pair consecutive years, then check on all cores
        long limit = TimeUnit.SECONDS.toNanos(Math.max(1, timeoutS));
        long[] started = new long[inputs.size()];
        List<Object> parsed = batch.map(i -> {
            started[i] = System.nanoTime();
            try {
                ReadException large = Inputs.isStdin(inputs.get(i)) ? report.tooLarge(stdinName, stdinBytes.length)
                    : report.tooLarge(inputs.get(i).toString(), java.nio.file.Files.isRegularFile(inputs.get(i))
                        ? java.nio.file.Files.size(inputs.get(i)) : 0);
                if (large != null) return large;
                if (Inputs.isStdin(inputs.get(i))) return Deadline.call(() -> Ogicheck.parse(stdinName, stdinBytes, opt), limit);
                return Deadline.call(() -> Ogicheck.parse(inputs.get(i), opt), limit);
            } catch (Exception e) {
                return failure(inputs.get(i), e);
            }
        });
        List<ParsedReport> ok = parsed.stream().filter(o -> o instanceof ParsedReport).map(o -> (ParsedReport) o).toList();
        Map<Integer, ParsedReport> pairs = Pairing.previous(ok);
        Map<ParsedReport, ParsedReport> previousOf = new HashMap<>();
        pairs.forEach((i, p) -> previousOf.put(ok.get(i), p));
        final ParsedReport prev = given;
        final Baseline hidden = hide;
        List<Object> checked = batch.map(i -> {
            if (!(parsed.get(i) instanceof ParsedReport p)) return parsed.get(i);
            try {
                Result r = Deadline.call(() -> engine.check(p, prev != null ? prev : previousOf.get(p), lang,
                    trace ? line -> batch.say("trace " + inputs.get(i) + ": " + line) : null), limit - (System.nanoTime() - started[i]));
                if (!explain) r.findings().forEach(x -> x.setExplanation(null));
                return hidden == null ? r : engine.hide(r, hidden, LocalDate.now());
            } catch (Exception e) {
                return failure(inputs.get(i), e);
            }
        });
        batch.done();
        List<Result> results = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < checked.size(); i++) {
            Object o = checked.get(i);
            if (o instanceof Result r) {
                results.add(r);
            } else {
                String msg = ((Exception) o).getMessage();
                err.println("ogicheck: " + msg);
                String src = inputs.get(i).toString();
                unreadable.add(new Unreadable(src, msg.startsWith(src + ": ") ? msg.substring(src.length() + 2) : msg));
                failed++;
            }
        }
        if (results.isEmpty()) return ExitCodes.USAGE;
        if (writeBaseline != null) {
            try {
                AtomicFiles.write(writeBaseline, Baseline.of(results).toJson(Version.TOOL, Version.get()).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("ogicheck: cannot write " + writeBaseline + ": " + reason(e));
                return ExitCodes.USAGE;
            }
        }
        try {
            if (outFile != null) {
                AtomicFiles.write(outFile, o -> renderer.render(results, unreadable, lang, engine.rules(), o));
            } else {
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                renderer.render(results, unreadable, lang, engine.rules(), text);
                out.print(text.toString(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            err.println("ogicheck: cannot write " + outFile + ": " + reason(e));
            return ExitCodes.USAGE;
        }
        // an input that could not be checked makes the batch exit 2, after the others are written
        if (failed > 0) return ExitCodes.USAGE;
        return results.stream().anyMatch(r -> r.count("ERROR") > 0) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** why an input could not be read or checked, as the line a batch reports for it (other errors are bugs: rethrown) */
    private ReadException failure(Path input, Exception e) {
        if (e instanceof ReadException r) return r;
        if (e instanceof RulesException r) return new ReadException(input + ": " + r.lines().get(0));
        if (e instanceof TimeoutException) return timedOut(input);
        if (e instanceof RuntimeException r) throw r;
        return new ReadException(input + ": " + e.getMessage());
    }

    private ReadException timedOut(Path input) {
        return new ReadException(input + ": 检查超过时间限制 " + Math.max(1, timeoutS) + " 秒，已中止（--timeout-s）");
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such folder";
        if (e instanceof AccessDeniedException) return "permission denied";
        return e.getMessage();
    }
}
