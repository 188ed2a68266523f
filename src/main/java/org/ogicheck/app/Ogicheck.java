package org.ogicheck.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.ogicheck.engine.Checker;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.engine.RulesException;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Prior;
import org.ogicheck.model.Section;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.Document;
import org.ogicheck.read.ReadException;
import org.ogicheck.read.Readers;
import org.ogicheck.score.Scorer;

/** The pipeline, read → parse → engine → score, for one rule set; shared by the CLI and tests. */
public final class Ogicheck {
    private final RuleSet rules;
    private final Checker checker;
    private final Scorer scorer;

    public Ogicheck(RuleSet rules) {
        this.rules = rules;
        this.checker = new Checker(rules);
        this.scorer = new Scorer(rules.scoring());
    }

    public static Ogicheck load(List<Path> ruleDirs) throws RulesException {
        return new Ogicheck(RuleSet.load(ruleDirs));
    }

    public RuleSet rules() {
        return rules;
    }

    public static ParsedReport parse(Path file, ReportParser.Options opt) throws ReadException {
        return parse(Readers.read(file), opt);
    }

    /** a report given as bytes (an upload), its type detected from the content */
    public static ParsedReport parse(String name, byte[] bytes, ReportParser.Options opt) throws ReadException {
        return parse(Readers.read(name, bytes), opt);
    }

    private static ParsedReport parse(Document doc, ReportParser.Options opt) throws ReadException {
        ParsedReport parsed = new ReportParser().parse(doc, opt);
        if (parsed.sections().isEmpty() && parsed.tables().isEmpty()) {
            throw ReadException.of("report.notFound", doc.source());
        }
        return parsed;
    }

    public Result check(Path file, ReportParser.Options opt, String lang) throws ReadException, RulesException {
        return check(parse(file, opt), lang);
    }

    public Result check(ParsedReport parsed, String lang) throws RulesException {
        return check(parsed, null, lang, null);
    }

    /**
     * @param previous the same agency's report of the year before, for the cross-year rules, or null
     * @param trace    where to report every rule firing (for rule authors), or null
     */
    public Result check(ParsedReport parsed, ParsedReport previous, String lang, Consumer<String> trace) throws RulesException {
        List<Object> context = previous == null ? List.of() : List.of(prior(previous));
        Scorer.Scored scored = scorer.score(checker.check(parsed, context, lang, trace));
        return new Result(parsed.report().getSource(), parsed, scored.findings(), scored.scorecard(), 0);
    }

    /** the claims the narrative states, read with this rule set's patterns */
    public List<Object> claims(ParsedReport parsed) {
        return checker.claims(parsed);
    }

    /** a report as the previous year's, for the cross-year rules */
    public static Prior prior(ParsedReport p) {
        Section five = p.section(5);
        return new Prior(p.report().getSource(), p.report().getYear(), p.report().getLayout(), List.copyOf(p.cells()),
            five == null ? "" : five.text(), p.report().getFullText());
    }

    /** the result without the findings the baseline hides on that day, scored again (into new findings and a new scorecard) */
    public Result hide(Result r, Baseline baseline, LocalDate day) {
        String key = Baseline.reportKey(r);
        List<Finding> kept = r.findings().stream().filter(f -> !baseline.hides(key, f, day)).toList();
        Scorer.Scored scored = scorer.score(kept);
        return new Result(r.source(), r.parsed(), scored.findings(), scored.scorecard(), r.findings().size() - kept.size());
    }
}
