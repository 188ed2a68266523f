package org.ogicheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.engine.RuleMeta;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.render.Columns;
import org.ogicheck.render.RulesDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck rules …: work with the rule set. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with the rules.",
    subcommands = {RulesCommand.ListCommand.class, RulesLintCommand.class, RulesTestCommand.class, RulesDocCommand.class, RulesDiffCommand.class})
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** ogicheck rules list */
    @Command(name = "list", mixinStandardHelpOptions = true,
        description = "List every rule: ID, severity, category, weight, the file it came from.",
        footer = "%nExit codes:%n  0  listed%n  2  rules that do not compile%n")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Ogicheck engine = rules.load(spec.commandLine().getErr());
            if (engine == null) return ExitCodes.USAGE;
            RuleSet rs = engine.rules();
            String lang = Cli.lang(spec);
            List<List<String>> rows = new ArrayList<>();
            for (RuleMeta m : rs.rules().values()) {
                rows.add(List.of(m.id(), RulesDoc.severity(m, lang), RulesDoc.category(rs, m.category(), lang),
                    m.weight() == Math.rint(m.weight()) ? String.valueOf((long) m.weight()) : String.valueOf(m.weight()),
                    rs.title(m, lang), "[" + RuleSetPaths.rel(m.file()) + "]"));
            }
            for (String line : Columns.aligned(rows, 3)) out.println(line);
            out.println(Cli.text(spec, "rules.listed", rs.rules().size(), rs.dirs()));
            return ExitCodes.OK;
        }
    }
}
