package org.ogicheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.pipeline.Input;
import org.ogicheck.pipeline.Pipeline;
import org.ogicheck.render.ParseRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck parse: what the parser understood of a report. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Print what the parser understood: metadata, sections, tables as cells, unreadable parts.",
    footer = "%nExit codes:%n  0  parsed%n  2  usage error or unreadable input%n")
final class ParseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "FILE", description = "report file (text, HTML, Word, PDF)")
    Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    ReportOptions report;

    @Mixin
    TimeLimitOption timeLimit;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println(Cli.text(spec, "format.unknown", "parse", format, "text, json"));
            return ExitCodes.USAGE;
        }
        ParsedReport parsed;
        try {
            parsed = Pipeline.read(Input.of(file), timeLimit.applyTo(report.settings(spec)));
        } catch (Pipeline.NotRead e) {
            err.println("ogicheck: " + e.failed().line());
            return ExitCodes.USAGE;
        }
        // the narrative's claims are read with the rule folder's claims.tsv; without loadable rules they are left out
        List<Object> claims = List.of();
        Ogicheck engine = rules.load(err);
        if (engine != null) claims = engine.claims(parsed);
        else err.println(Cli.text(spec, "parse.noRules"));
        out.print(format.equals("json") ? ParseRenderer.json(parsed, claims, Cli.lang(spec)) : ParseRenderer.text(parsed, claims, Cli.lang(spec)));
        return ExitCodes.OK;
    }
}
