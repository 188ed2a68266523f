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
import org.ogicheck.app.Ogicheck;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RulesException;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.ReadException;
import org.ogicheck.render.Renderer;
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

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files, or folders of them")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
        description = "text, json, html, md, csv, xlsx, sarif or junit (default: ${DEFAULT-VALUE}); xlsx needs --out")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
        description = "write the output to FILE (replaced whole, atomically) instead of standard output")
    Path outFile;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh or en (default: ${DEFAULT-VALUE})")
    String lang;

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
        Ogicheck engine;
        try {
            engine = Ogicheck.load(rules.resolve());
        } catch (RulesException e) {
            e.lines().forEach(l -> err.println("ogicheck: " + l));
            return ExitCodes.USAGE;
        }
        List<Path> inputs;
        try {
            inputs = Inputs.expand(files);
        } catch (IOException e) {
            err.println("ogicheck: cannot list " + files + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<Result> results = new ArrayList<>();
        int failed = 0;
        for (Path f : inputs) {
            try {
                results.add(engine.check(f, opt, lang));
            } catch (ReadException e) {
                err.println("ogicheck: " + e.getMessage());
                failed++;
            } catch (RulesException e) {
                err.println("ogicheck: " + f + ": " + e.lines().get(0));
                failed++;
            }
        }
        if (results.isEmpty()) return ExitCodes.USAGE;
        try {
            if (outFile != null) {
                AtomicFile.write(outFile, o -> renderer.render(results, lang, engine.rules(), o));
            } else {
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                renderer.render(results, lang, engine.rules(), text);
                out.print(text.toString(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            err.println("ogicheck: cannot write " + outFile + ": " + reason(e));
            return ExitCodes.USAGE;
        }
        if (failed > 0 && inputs.size() == 1) return ExitCodes.USAGE;
        return results.stream().anyMatch(r -> r.count("ERROR") > 0) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such folder";
        if (e instanceof AccessDeniedException) return "permission denied";
        return e.getMessage();
    }
}
