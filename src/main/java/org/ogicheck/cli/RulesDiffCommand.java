package org.ogicheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.app.Result;
import org.ogicheck.pipeline.RuleDiff;
import org.ogicheck.engine.RulesException;
import org.ogicheck.model.Finding;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.pipeline.Input;
import org.ogicheck.pipeline.Pipeline;
import org.ogicheck.pipeline.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck rules diff: what a rule change does to real reports, before it is published. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Check reports with an old and a new rule pack and print, per report, the findings gained and lost and "
        + "the score change, then totals.",
    footer = "%nExit codes:%n  0  compared (whatever the differences)%n  2  usage error, rules that do not compile, or an input that could not be read (the others are still compared)%n")
final class RulesDiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--old", required = true, paramLabel = "DIR", description = "the rule folder(s) in force (repeatable, layered)")
    List<Path> oldDirs;

    @Option(names = "--new", required = true, paramLabel = "DIR", description = "the changed rule folder(s) (repeatable, layered)")
    List<Path> newDirs;

    @Parameters(arity = "1..*", paramLabel = "REPORT", descriptionKey = "REPORT", description = "reports or folders of them")
    List<Path> reports;

    @picocli.CommandLine.Mixin
    ReportOptions report;

    @picocli.CommandLine.Mixin
    TimeLimitOption timeLimit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ogicheck before;
        Ogicheck after;
        try {
            before = Ogicheck.load(oldDirs);
            after = Ogicheck.load(newDirs);
        } catch (RulesException e) {
            e.lines(Cli.lang(spec)).forEach(l -> err.println("ogicheck: " + l));
            return ExitCodes.USAGE;
        }
        String lang = Cli.lang(spec);
        int gainedTotal = 0;
        int lostTotal = 0;
        double deltaTotal = 0;
        int compared = 0;
        int unchecked = 0;
        List<Path> files = Inputs.expandOrSay(reports, spec, err, "cannotList");
        if (files == null) return ExitCodes.USAGE;
        Settings read = timeLimit.applyTo(report.settings(spec));
        for (Path f : files) {
            Result a;
            Result b;
            try {
                ParsedReport parsed = Pipeline.read(Input.of(f), read);
                a = before.check(parsed, lang);
                b = after.check(parsed, lang);
            } catch (Pipeline.NotRead e) {
                // the other reports are still compared; the run ends with exit 2, as a batch check does
                err.println("ogicheck: " + e.failed().line());
                unchecked++;
                continue;
            } catch (RulesException e) {
                err.println("ogicheck: " + f + ": " + e.lines(lang).get(0));
                unchecked++;
                continue;
            }
            compared++;
            RuleDiff d = RuleDiff.between(a, b);
            List<Finding> gained = d.gained();
            List<Finding> lost = d.lost();
            double delta = d.delta();
            out.println(Cli.text(spec, "diff.report", f, num(d.scoreBefore()), num(d.scoreAfter()), (delta >= 0 ? "+" : "") + num(delta),
                gained.size(), lost.size()));
            for (Finding g : gained) out.println(Cli.text(spec, "diff.gained", Cli.text(spec, "severity." + g.getSeverity().name()), g.getRuleId(), g.getMessage()));
            for (Finding l : lost) out.println(Cli.text(spec, "diff.lost", Cli.text(spec, "severity." + l.getSeverity().name()), l.getRuleId(), l.getMessage()));
            gainedTotal += gained.size();
            lostTotal += lost.size();
            deltaTotal += delta;
        }
        if (compared == 0) return ExitCodes.USAGE;
        out.println(Cli.text(spec, "diff.total", compared, gainedTotal, lostTotal, num(deltaTotal / compared)));
        if (unchecked > 0) out.println(Cli.text(spec, "diff.unchecked", unchecked));
        return unchecked == 0 ? ExitCodes.OK : ExitCodes.USAGE;
    }

    private static String num(double d) {
        return String.valueOf(Math.round(d * 100) / 100.0);
    }
}
