package org.ogicheck.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.ogicheck.app.Fixtures;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.render.RulesDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck rules doc: the catalogue generated from the rules and their fixtures. */
@Command(name = "doc", mixinStandardHelpOptions = true,
    description = "Print the rule catalogue generated from the rules themselves: ID, severity, category, basis, message, "
        + "weight, and each fixture with the findings it produces.",
    footer = "%nExit codes:%n  0  printed%n  2  usage error or rules that do not compile%n")
final class RulesDocCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions rules;

    @Mixin
    FixtureOptions fixtures;

    @Option(names = "--format", defaultValue = "md", paramLabel = "FORMAT", description = "md or html (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("md") && !format.equals("html")) {
            spec.commandLine().getErr().println(Cli.text(spec, "format.unknown", "rules doc", format, "md, html"));
            return ExitCodes.USAGE;
        }
        Ogicheck engine = rules.load(spec.commandLine().getErr());
        if (engine == null) return ExitCodes.USAGE;
        RuleSet rs = engine.rules();
        String lang = Cli.lang(spec);
        var cases = Fixtures.runAll(engine, fixtures.resolve(rules.resolve()), lang);
        spec.commandLine().getOut().print(format.equals("md") ? RulesDoc.markdown(rs, cases, lang) : RulesDoc.html(rs, cases, lang));
        return ExitCodes.OK;
    }
}
