package org.ogicheck.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogicheck.model.Severity;
import org.ogicheck.app.AtomicFiles;
import org.ogicheck.app.FormatWriter;
import org.ogicheck.app.Mutator;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleMeta;
import org.ogicheck.engine.RulesException;
import org.ogicheck.model.Finding;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.ReadException;
import org.ogicheck.read.Readers;
import org.ogicheck.read.TextReader;
import org.ogicheck.render.Columns;
import org.ogicheck.render.Labels;
import org.ogicheck.render.RulesDoc;
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

    @Option(names = "--out", paramLabel = "FILE", description = "also write the broken report here, in the report's own format (for handing out)")
    Path handout;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String lang = Cli.lang(spec);
        Ogicheck engine = rules.load(err);
        if (engine == null) return ExitCodes.USAGE;
        Mutator mutator;
        try {
            mutator = Mutator.load(engine.rules().dirs());
        } catch (Mutator.BadRecipe e) {
            err.println("ogicheck: " + e.message(lang));
            return ExitCodes.USAGE;
        } catch (java.io.IOException e) {
            err.println(Cli.text(spec, "cannotRead", Mutator.FILE, CheckCommand.reason(spec, e)));
            return ExitCodes.USAGE;
        }
        if (ruleId == null) {
            out.println(Cli.text(spec, "demo.list"));
            List<List<String>> rows = new java.util.ArrayList<>();
            for (String id : mutator.rules()) {
                if (engine.rules().rules().containsKey(id)) rows.add(List.of("", id, title(engine, id, lang)));
            }
            Columns.aligned(rows, -1).forEach(out::println);
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
            Result clean = engine.check(src.parsed(), lang);
            // the broken report in the report's own format (an HTML page or a Word document edited in place, a PDF
            // laid out anew), checked as a trainee's copy would be; a text report, or one whose format cannot be
            // written back, is checked in the text layout
            String ext = FormatWriter.extension(src.doc());
            if (handout != null && (ext == null || !ext.equals("txt") && !FormatWriter.named(handout.getFileName().toString(), ext))) {
                err.println(ext == null ? Cli.text(spec, "mutation.format", "demo", file, src.doc().format()) : Cli.text(spec, "mutation.outName", "demo", handout, ext));
                return ExitCodes.USAGE;
            }
            String changedName = Cli.text(spec, "demo.changedName", file);
            Result bad;
            byte[] written;
            if (ext == null || ext.equals("txt")) {
                written = (String.join("\n", m.lines()) + "\n").getBytes(StandardCharsets.UTF_8);
                bad = engine.check(new ReportParser().parse(new TextReader().read(changedName, written), ReportParser.Options.NONE), lang);
            } else {
                written = FormatWriter.write(java.nio.file.Files.readAllBytes(file), src, m);
                bad = engine.check(new ReportParser().parse(Readers.read(changedName, written), ReportParser.Options.NONE), lang);
            }
            if (handout != null) AtomicFiles.write(handout, written);
            out.println(Cli.text(spec, "demo.rule", ruleId, title(engine, ruleId, lang), RulesDoc.severity(meta, lang)));
            out.println(Cli.text(spec, "demo.basis", meta.basis()));
            out.println();
            out.println(Cli.text(spec, "demo.clean", file, count(clean, ruleId), ruleId, clean.scorecard().score()));
            out.println();
            out.println(Cli.text(spec, "demo.change", m.description().in(lang)));
            m.changes().forEach(c -> out.println("  " + c));
            out.println();
            out.println(Cli.text(spec, "demo.broken", count(bad, ruleId), ruleId, bad.scorecard().score()));
            for (Finding f : bad.findings()) {
                if (!f.getRuleId().equals(ruleId)) continue;
                String place = Labels.source(f.getSrc(), lang);
                out.println(Cli.text(spec, "demo.finding", Labels.severity(f.getSeverity(), lang), place.isEmpty() ? "" : place + " ", f.getMessage()));
                if (f.getExplanation() != null) out.println(Cli.text(spec, "demo.derivation", f.getExplanation()));
                f.getCells().forEach(c -> out.println(Cli.text(spec, "demo.cell", Labels.cell(c, lang))));
            }
            List<String> others = bad.findings().stream().filter(f -> f.getSeverity() == Severity.ERROR && !f.getRuleId().equals(ruleId))
                .map(Finding::getRuleId).distinct().toList();
            if (!others.isEmpty()) out.println(Cli.text(spec, "demo.others", String.join(Cli.text(spec, "separator"), others)));
            if (handout != null) out.println(Cli.text(spec, "demo.handout", handout));
            return ExitCodes.OK;
        } catch (ReadException e) {
            err.println("ogicheck: " + e.message(lang));
        } catch (Mutator.NotApplicable e) {
            err.println(Cli.text(spec, "mutation.none", "demo", file, e.message(lang)));
        } catch (RulesException e) {
            err.println("ogicheck: " + e.lines(lang).get(0));
        } catch (java.io.IOException e) {
            err.println(Cli.text(spec, "cannotWrite", handout != null ? handout : file, CheckCommand.reason(spec, e)));
        }
        return ExitCodes.USAGE;
    }

    private static long count(Result r, String id) {
        return r.findings().stream().filter(f -> f.getRuleId().equals(id)).count();
    }

    private static String title(Ogicheck engine, String id, String lang) {
        return engine.rules().title(engine.rules().rules().get(id), lang);
    }
}
