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
import picocli.CommandLine.Option;
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

    @Option(names = "--rule", paramLabel = "ID", description = "run only this rule (repeatable): its fixtures, checked with "
        + "no other rule loaded, so that a rule that silently depends on another fails here")
    List<String> only = new java.util.ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Ogicheck engine = rules.load(spec.commandLine().getErr());
        if (engine == null) return ExitCodes.USAGE;
        RuleSet rs = engine.rules();
        String lang = Cli.lang(spec);
        List<java.nio.file.Path> dirs = fixtures.resolve(rules.resolve());
        Map<String, List<FixtureCase>> cases;
        if (only.isEmpty()) {
            cases = Fixtures.runAll(engine, dirs, lang);
        } else {
            for (String id : only) {
                if (!rs.rules().containsKey(id)) {
                    spec.commandLine().getErr().println(Cli.text(spec, "rule.unknown", "rules test", id, rs.dirs()));
                    return ExitCodes.USAGE;
                }
            }
            // only these rules are compiled into the session: a rule that needs another rule's finding fails its fixtures
            rs.retainOnly(java.util.Set.copyOf(only));
            cases = new java.util.LinkedHashMap<>();
            for (java.nio.file.Path d : dirs) {
                for (String id : only) {
                    if (java.nio.file.Files.isDirectory(d.resolve(id))) {
                        cases.computeIfAbsent(id, k -> new java.util.ArrayList<>()).addAll(Fixtures.run(engine, d, id, lang));
                    }
                }
            }
        }
        int passed = 0;
        int failed = 0;
        for (Map.Entry<String, List<FixtureCase>> e : cases.entrySet()) {
            for (FixtureCase c : e.getValue()) {
                out.println(Cli.text(spec, c.passed() ? "rules.test.pass" : "rules.test.fail", e.getKey(), c.file().getFileName(),
                    c.detail().in(lang)));
                if (c.passed()) passed++;
                else failed++;
            }
        }
        for (String id : only.isEmpty() ? rs.rules().keySet() : only) {
            if (!cases.containsKey(id)) out.println(Cli.text(spec, "rules.test.none", id));
        }
        out.println(Cli.text(spec, "rules.tested", passed, failed));
        return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
