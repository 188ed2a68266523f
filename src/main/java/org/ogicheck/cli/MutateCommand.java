package org.ogicheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ogicheck.app.AtomicFiles;
import org.ogicheck.app.FormatWriter;
import org.ogicheck.app.Mutator;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.pipeline.Input;
import org.ogicheck.pipeline.Pipeline;
import org.ogicheck.read.ReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck mutate: a copy of a report with one violation of a rule injected, for training. */
@Command(name = "mutate", mixinStandardHelpOptions = true,
    description = "Write a copy of a report with one violation of RULE-ID injected: an unbalanced column, a dropped "
        + "section or 第二十条 block, a blanked cell … The copy is in the report's own format (an HTML page or a Word "
        + "document edited in place, a PDF laid out anew); what was changed goes to stderr.",
    footer = "%nExit codes:%n  0  written%n  2  usage error, unreadable input, or no such mutation for this report%n")
final class MutateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE", description = "report file (any supported format)")
    Path file;

    @Option(names = "--break", required = true, paramLabel = "RULE-ID", description = "the rule to violate")
    String ruleId;

    @Option(names = "--out", paramLabel = "FILE", description = "write the broken report here, named with the extension "
        + "of its format (default: stdout for text; NAME.RULE-ID.EXT in the current folder for the other formats)")
    Path out;

    @Option(names = "--text", description = "write the text layout whatever the report's format")
    boolean text;

    @Mixin
    ReportOptions report;

    @Mixin
    TimeLimitOption timeLimit;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Mutator.Mutation m;
        Ogicheck engine = rules.load(err);
        if (engine == null) return ExitCodes.USAGE;
        byte[] bytes;
        String ext;
        try {
            // read first as check reads it: within --max-input-mb and --timeout-s, a hostile file said in one line
            Pipeline.read(Input.of(file), timeLimit.applyTo(report.settings(spec)));
            Mutator.Source src = Mutator.source(file, report.toOptions(spec.commandLine()));
            m = Mutator.load(engine.rules().dirs()).breakRule(ruleId, src.lines(), src.parsed(), engine.claims(src.parsed()));
            ext = text ? "txt" : FormatWriter.extension(src.doc());
            if (ext == null) {
                err.println(Cli.text(spec, "mutation.format", "mutate", file, src.doc().format()));
                return ExitCodes.USAGE;
            }
            if (out != null && !ext.equals("txt") && !FormatWriter.named(out.getFileName().toString(), ext)) {
                err.println(Cli.text(spec, "mutation.outName", "mutate", out, ext));
                return ExitCodes.USAGE;
            }
            bytes = ext.equals("txt") ? (String.join("\n", m.lines()) + "\n").getBytes(StandardCharsets.UTF_8)
                : FormatWriter.write(Files.readAllBytes(file), src, m);
        } catch (Pipeline.NotRead e) {
            err.println("ogicheck: " + e.failed().line());
            return ExitCodes.USAGE;
        } catch (ReadException e) {
            err.println("ogicheck: " + e.message(Cli.lang(spec)));
            return ExitCodes.USAGE;
        } catch (Mutator.BadRecipe e) {
            err.println("ogicheck: " + e.message(Cli.lang(spec)));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println(Cli.text(spec, "cannotRead", file, CheckCommand.reason(spec, e)));
            return ExitCodes.USAGE;
        } catch (Mutator.NotApplicable e) {
            err.println(Cli.text(spec, "mutation.none", "mutate", file, e.message(Cli.lang(spec))));
            return ExitCodes.USAGE;
        }
        Path target = out;
        if (target == null && !ext.equals("txt")) {
            String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            target = Path.of(stem + "." + ruleId + "." + ext);
        }
        if (target == null) {
            spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
        } else {
            try {
                AtomicFiles.write(target, bytes);
            } catch (IOException e) {
                err.println(Cli.text(spec, "cannotWrite", target, CheckCommand.reason(spec, e)));
                return ExitCodes.USAGE;
            }
            if (out == null) err.println(Cli.text(spec, "mutation.written", target));
        }
        err.println(Cli.text(spec, "mutation.done", ruleId, m.description().in(Cli.lang(spec))));
        return ExitCodes.OK;
    }
}
