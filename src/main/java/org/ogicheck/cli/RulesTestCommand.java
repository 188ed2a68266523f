package org.ogicheck.cli;

import org.ogicheck.model.FixtureCase;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ogicheck.app.Fixtures;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.engine.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck rules test: every fixture's expected findings against the given rules, like `opa test`. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Run every rule's fixtures (fixtures/<ID>/fail-*, pass-*, expected) against the rules and print "
        + "pass/fail per rule and case.",
    footer = "%nExit codes:%n  0  every case passed%n  1  a case failed%n  2  usage error or rules that do not compile%n")
final class RulesTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions rules;

    @Mixin
    FixtureOptions fixtures;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Ogicheck engine = rules.load(spec.commandLine().getErr());
        if (engine == null) return ExitCodes.USAGE;
        RuleSet rs = engine.rules();
        Map<String, List<FixtureCase>> cases = Fixtures.runAll(engine, fixtures.resolve(rules.resolve()));
        int passed = 0;
        int failed = 0;
        for (Map.Entry<String, List<FixtureCase>> e : cases.entrySet()) {
            for (FixtureCase c : e.getValue()) {
                out.printf("%s %-9s %s  %s%n", c.passed() ? "PASS" : "FAIL", e.getKey(), c.file().getFileName(), c.detail());
                if (c.passed()) passed++;
                else failed++;
            }
        }
        for (String id : rs.rules().keySet()) {
            if (!cases.containsKey(id)) out.printf("NONE %-9s no fixtures%n", id);
        }
        out.printf("rules: %d passed, %d failed%n", passed, failed);
        return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
