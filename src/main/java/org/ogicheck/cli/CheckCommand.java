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
import java.util.concurrent.Callable;
import org.ogicheck.app.AtomicFiles;
import org.ogicheck.app.Baseline;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.app.Result;
import org.ogicheck.pipeline.Input;
import org.ogicheck.pipeline.Outcome;
import org.ogicheck.pipeline.Pipeline;
import org.ogicheck.pipeline.Settings;
import org.ogicheck.model.Severity;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.ReadException;
import org.ogicheck.render.BatchWriter;
import org.ogicheck.render.Unreadable;
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

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "FILE", description = "report files, or folders of them; - reads the report "
        + "from standard input (e.g. text pasted from a web page or a spreadsheet)")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
        description = "text, json, html, md, csv, xlsx, sarif or junit (default: ${DEFAULT-VALUE}); xlsx needs --out")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
        description = "write the output to FILE (replaced whole, atomically) instead of standard output")
    Path outFile;

    @Mixin
    TimeLimitOption timeLimit;


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
        String lang = Cli.lang(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Renderer renderer;
        try {
            renderer = Renderer.of(format);
        } catch (IllegalArgumentException e) {
            err.println(Cli.text(spec, "format.unknown", "check", format, String.join(", ", Renderer.FORMATS)));
            return ExitCodes.USAGE;
        }
        if (renderer.binary() && outFile == null) {
            err.println(Cli.text(spec, "format.binary", format));
            return ExitCodes.USAGE;
        }
        ReportParser.Options opt = report.toOptions(spec.commandLine());
        Ogicheck engine = rules.load(err);
        if (engine == null) return ExitCodes.USAGE;
        List<Path> paths = Inputs.expandOrSay(files, spec, err, "cannotList");
        if (paths == null) return ExitCodes.USAGE;
        Settings settings = timeLimit.applyTo(report.settings(spec)).withExplain(explain);
        if (baseline != null) {
            try {
                settings = settings.withBaseline(Baseline.read(baseline));
            } catch (IOException e) {
                err.println(e instanceof Baseline.Unreadable u ? "ogicheck: " + u.message(lang)
                    : Cli.text(spec, "baseline.cannotRead", baseline, reason(spec, e)));
                return ExitCodes.USAGE;
            }
        }
        if (previous != null && paths.size() != 1) {
            err.println(Cli.text(spec, "previous.batch"));
            return ExitCodes.USAGE;
        }
        if (previous != null) settings = settings.withPrevious(Input.of(previous));
        List<Input> inputs = new ArrayList<>();
        for (Path p : paths) {
            if (!Inputs.isStdin(p)) {
                inputs.add(Input.of(p));
                continue;
            }
            try {
                inputs.add(Input.of(Inputs.stdinName(lang), Inputs.readStdin()));
            } catch (IOException e) {
                err.println(Cli.text(spec, "stdin.unreadable", Inputs.stdinName(lang), e.getMessage()));
                return ExitCodes.USAGE;
            }
        }
        // two passes over the inputs (their agencies and years first, for pairing), so two steps each on the progress bar
        Batch batch = new Batch(2 * inputs.size(), err);
        if (trace) settings = settings.withTrace((source, line) -> batch.say("trace " + source + ": " + line));
        Pipeline pipeline = new Pipeline(engine.rules());
        Settings streamed = settings;
        int threads = Runtime.getRuntime().availableProcessors();
        int[] checked = {0};
        int[] failed = {0};
        boolean[] anyError = {false};
        List<Baseline.Entry> entries = writeBaseline == null ? null : new ArrayList<>();
        AtomicFiles.Content content = o -> {
            try (BatchWriter w = renderer.open(lang, engine.rules(), o)) {
                pipeline.stream(inputs, streamed, threads, Batch.window(threads), outcome -> {
                    if (outcome instanceof Outcome.Checked c) {
                        checked[0]++;
                        Result r = c.result();
                        if (r.count(Severity.ERROR) > 0) anyError[0] = true;
                        if (entries != null) entries.addAll(Baseline.entriesOf(r));
                        try {
                            w.add(r);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    } else if (outcome instanceof Outcome.Failed f) {
                        failed[0]++;
                        batch.say("ogicheck: " + f.line());
                        w.unreadable(new Unreadable(f.source(), f.reason()));
                    }
                }, batch::tick);
                batch.done();
                // nothing checked: nothing is written (the file is left as it was)
                if (checked[0] == 0) throw new NothingChecked();
                w.finish();
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            } catch (ReadException e) {
                throw new PreviousUnreadable(e);
            }
        };
        try {
            if (outFile != null) {
                AtomicFiles.write(outFile, content);
            } else {
                Utf8Lines text = new Utf8Lines(out);
                content.writeTo(text);
                text.flush();
            }
        } catch (NothingChecked e) {
            return ExitCodes.USAGE;
        } catch (PreviousUnreadable e) {
            err.println("ogicheck: " + e.reason.message(lang));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println(Cli.text(spec, "cannotWrite", outFile, reason(spec, e)));
            return ExitCodes.USAGE;
        }
        if (writeBaseline != null) {
            try {
                AtomicFiles.write(writeBaseline, Baseline.ofEntries(entries).toJson(Version.TOOL, Version.get()).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println(Cli.text(spec, "cannotWrite", writeBaseline, reason(spec, e)));
                return ExitCodes.USAGE;
            }
        }
        // an input that could not be checked makes the batch exit 2, after the others are written
        if (failed[0] > 0) return ExitCodes.USAGE;
        return anyError[0] ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** no input of the batch could be checked: nothing is written */
    private static final class NothingChecked extends RuntimeException {
        NothingChecked() {
            super(null, null, false, false);
        }
    }

    /** the --previous report could not be read: no input is checked */
    private static final class PreviousUnreadable extends RuntimeException {
        final ReadException reason;

        PreviousUnreadable(ReadException reason) {
            super(null, null, false, false);
            this.reason = reason;
        }
    }

    /** UTF-8 bytes written to a writer (standard output, which has the console's encoding) a line at a time */
    private static final class Utf8Lines extends java.io.OutputStream {
        private final PrintWriter to;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        Utf8Lines(PrintWriter to) {
            this.to = to;
        }

        @Override
        public void write(int b) {
            pending.write(b);
            if (b == '\n' && pending.size() >= 1 << 16) drain();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
            if (pending.size() >= 1 << 16) drain();
        }

        /** what is pending up to its last line break (a whole character: UTF-8 never has 0x0A inside one) */
        private void drain() {
            byte[] all = pending.toByteArray();
            int end = all.length;
            while (end > 0 && all[end - 1] != '\n') end--;
            if (end == 0) return;
            to.print(new String(all, 0, end, StandardCharsets.UTF_8));
            pending.reset();
            pending.write(all, end, all.length - end);
        }

        @Override
        public void flush() {
            to.print(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
            to.flush();
        }
    }

    static String reason(CommandSpec spec, IOException e) {
        if (e instanceof NoSuchFileException) return Cli.text(spec, "io.noSuchFolder");
        if (e instanceof AccessDeniedException) return Cli.text(spec, "io.denied");
        return e.getMessage();
    }
}
