package org.ogicheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ogicheck.app.AtomicFiles;
import org.ogicheck.app.Mutator;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.read.ReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck mutate: a copy of a report with one violation of a rule injected, for training. */
@Command(name = "mutate", mixinStandardHelpOptions = true,
    description = "Write a copy of a report (in the text layout) with one violation of RULE-ID injected: an unbalanced "
        + "column, a dropped section or 第二十条 block, a blanked cell … What was changed goes to stderr.",
    footer = "%nExit codes:%n  0  written%n  2  usage error, unreadable input, or no such mutation for this report%n")
final class MutateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE", description = "report file (any supported format)")
    Path file;

    @Option(names = "--break", required = true, paramLabel = "RULE-ID", description = "the rule to violate")
    String ruleId;

    @Option(names = "--out", paramLabel = "FILE", description = "write the broken report here (default: stdout)")
    Path out;

    @Mixin
    ReportOptions report;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Mutator.Mutation m;
        Ogicheck engine = rules.load(err);
        if (engine == null) return ExitCodes.USAGE;
        try {
            Mutator.Source src = Mutator.source(file, report.toOptions(spec.commandLine()));
            m = Mutator.load(engine.rules().dirs()).breakRule(ruleId, src.lines(), src.parsed(), engine.claims(src.parsed()));
        } catch (ReadException e) {
            err.println("ogicheck: " + e.message(Cli.lang(spec)));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("ogicheck: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (Mutator.NotApplicable e) {
            err.println(Cli.text(spec, "mutation.none", "mutate", file, e.getMessage()));
            return ExitCodes.USAGE;
        }
        String text = String.join("\n", m.lines()) + "\n";
        if (out == null) {
            spec.commandLine().getOut().print(text);
        } else {
            try {
                AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println(Cli.text(spec, "cannotWrite", out, CheckCommand.reason(spec, e)));
                return ExitCodes.USAGE;
            }
        }
        err.println(Cli.text(spec, "mutation.done", ruleId, m.description()));
        return ExitCodes.OK;
    }
}
