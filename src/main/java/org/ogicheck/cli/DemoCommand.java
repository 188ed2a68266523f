package org.ogicheck.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogicheck.model.Severity;
import org.ogicheck.app.Mutator;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleMeta;
import org.ogicheck.engine.RulesException;
import org.ogicheck.model.Finding;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.ReadException;
import org.ogicheck.read.TextReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck demo: a rule walked through on a real report — clean, broken, the finding and its explanation. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Walk through a rule for a room of trainees: the rule, the clean report, the same report with one "
        + "violation injected (the changed lines), and the finding with its explanation. Without RULE-ID: the rules that "
        + "have a demo.",
    footer = "%nExit codes:%n  0  shown%n  2  usage error or no demo for this rule on this report%n")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "RULE-ID", descriptionKey = "RULE-ID")
    String ruleId;

    @Option(names = "--file", paramLabel = "FILE", defaultValue = "fixtures/reports/2020_jianggan_amr_department.txt",
        description = "the clean report to break (default: ${DEFAULT-VALUE})")
    Path file;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ogicheck engine = rules.load(err);
        if (engine == null) return ExitCodes.USAGE;
        Mutator mutator;
        try {
            mutator = Mutator.load(engine.rules().dirs());
        } catch (java.io.IOException e) {
            err.println("ogicheck: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (ruleId == null) {
            out.println("规则演示（ogicheck demo RULE-ID）：");
            for (String id : mutator.rules()) {
                RuleMeta m = engine.rules().rules().get(id);
                if (m != null) out.printf("  %-9s %s%n", id, title(engine, id));
            }
            return ExitCodes.OK;
        }
        RuleMeta meta = engine.rules().rules().get(ruleId);
        if (meta == null) {
            err.println(Cli.text(spec, "rule.unknown", "demo", ruleId, engine.rules().dirs()));
            return ExitCodes.USAGE;
        }
        try {
            Mutator.Source src = Mutator.source(file, ReportParser.Options.NONE);
            Mutator.Mutation m = mutator.breakRule(ruleId, src.lines(), src.parsed(), engine.claims(src.parsed()));
            Result clean = engine.check(src.parsed(), "zh");
            byte[] broken = String.join("\n", m.lines()).getBytes(StandardCharsets.UTF_8);
            Result bad = engine.check(new ReportParser().parse(new TextReader().read(file + "（已改）", broken),
                ReportParser.Options.NONE), "zh");
            out.println("【规则】" + ruleId + " " + title(engine, ruleId) + "（" + meta.severity() + "）");
            out.println("  依据：" + meta.basis());
            out.println();
            out.println("【原报告】" + file + "：" + count(clean, ruleId) + " 条 " + ruleId + " 发现，评分 " + clean.scorecard().score());
            out.println();
            out.println("【改动】" + m.description());
            m.changes().forEach(c -> out.println("  " + c));
            out.println();
            out.println("【改后报告】" + count(bad, ruleId) + " 条 " + ruleId + " 发现，评分 " + bad.scorecard().score());
            for (Finding f : bad.findings()) {
                if (!f.getRuleId().equals(ruleId)) continue;
                out.println("  [" + f.getSeverity() + "] " + f.getSrc().describe() + " " + f.getMessage());
                if (f.getExplanation() != null) out.println("    推导：" + f.getExplanation());
                f.getCells().forEach(c -> out.println("    单元格：" + c));
            }
            List<String> others = bad.findings().stream().filter(f -> f.getSeverity() == Severity.ERROR && !f.getRuleId().equals(ruleId))
                .map(Finding::getRuleId).distinct().toList();
            if (!others.isEmpty()) out.println("  （同时出现的其他错误：" + String.join("、", others) + "）");
            return ExitCodes.OK;
        } catch (ReadException e) {
            err.println("ogicheck: " + e.message(Cli.lang(spec)));
        } catch (Mutator.NotApplicable e) {
            err.println(Cli.text(spec, "mutation.none", "demo", file, e.getMessage()));
        } catch (RulesException e) {
            err.println("ogicheck: " + e.lines(Cli.lang(spec)).get(0));
        }
        return ExitCodes.USAGE;
    }

    private static long count(Result r, String id) {
        return r.findings().stream().filter(f -> f.getRuleId().equals(id)).count();
    }

    private static String title(Ogicheck engine, String id) {
        return engine.rules().rules().containsKey(id) ? engine.rules().title(engine.rules().rules().get(id), "zh") : id;
    }
}
