package org.ogicheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.engine.RuleLint;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.i18n.Said;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck rules lint: safety, metadata, messages and fixtures of a rule pack. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = "Lint the rules: safety (no system, file, network, reflection or thread access; imports only from the "
        + "fact model and java.util/java.math/java.time), metadata complete and valid, IDs consistent, messages in zh and en, "
        + "fixtures present. `check` runs the safety and metadata parts before loading and refuses a failing pack.",
    footer = "%nExit codes:%n  0  no problem%n  1  problems found (one line each: file, line, reason)%n  2  usage error%n")
final class RulesLintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions rules;

    @Mixin
    FixtureOptions fixtures;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Ogicheck engine = rules.load(spec.commandLine().getErr());
        if (engine == null) return ExitCodes.FINDINGS;
        RuleSet rs = engine.rules();
        List<Said> problems = RuleLint.messagesAndFixtures(rs, fixtures.resolve(rules.resolve()));
        problems.forEach(p -> out.println(p.in(Cli.lang(spec))));
        out.println(Cli.text(spec, "rules.linted", rs.rules().size(), problems.size()));
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
