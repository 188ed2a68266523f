package org.ogicheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogicheck.model.Severity;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RulesException;
import org.ogicheck.pipeline.Input;
import org.ogicheck.pipeline.Pipeline;
import org.ogicheck.render.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck explain FILE [RULE-ID]: each finding with its derivation, the cells and sentences used, and the provision. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain the findings on a report (all, or one rule's): the derivation in plain Chinese with the numbers "
        + "substituted, the cells and sentences used, and the provision enforced.",
    footer = ExitCodes.HELP)
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE", description = "report file")
    Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "RULE-ID", descriptionKey = "RULE-ID", description = "only this rule's findings")
    String ruleId;


    @Option(names = "--trace", description = "also print every rule firing and the facts it matched")
    boolean trace;

    @Mixin
    ReportOptions report;

    @Mixin
    TimeLimitOption timeLimit;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        String lang = Cli.lang(spec);
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        Ogicheck engine = rules.load(err);
        if (engine == null) return ExitCodes.USAGE;
        Result r;
        try {
            if (ruleId != null && !engine.rules().rules().containsKey(ruleId)) {
                err.println(Cli.text(spec, "rule.unknown", "explain", ruleId, engine.rules().dirs()));
                return ExitCodes.USAGE;
            }
            r = engine.check(Pipeline.read(Input.of(file), timeLimit.applyTo(report.settings(spec))), null, lang,
                trace ? line -> out.println("trace: " + line) : null);
        } catch (RulesException e) {
            e.lines(Cli.lang(spec)).forEach(l -> err.println("ogicheck: " + l));
            return ExitCodes.USAGE;
        } catch (Pipeline.NotRead e) {
            err.println("ogicheck: " + e.failed().line());
            return ExitCodes.USAGE;
        }
        if (ruleId != null) {
            r = new Result(r.source(), r.parsed(), r.findings().stream().filter(f -> f.getRuleId().equals(ruleId)).toList(),
                r.scorecard(), r.hidden());
        }
        out.print(new TextRenderer().text(List.of(r), lang, engine.rules()));
        return r.count(Severity.ERROR) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
