package org.ogicheck.app;

import java.util.List;
import org.ogicheck.engine.Messages;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Severity;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.score.Scorecard;

/**
 * The outcome of checking one report.
 *
 * @param hidden how many findings a baseline or waiver hid (they are not in {@code findings})
 */
public record Result(String source, ParsedReport parsed, List<Finding> findings, Scorecard scorecard, int hidden) {
    public Result {
        findings = List.copyOf(findings);
    }

    /** the result with the findings' derivations dropped (outputs show them only when asked) */
    public Result withoutExplanations() {
        return new Result(source, parsed, findings.stream().map(Finding::withoutExplanation).toList(), scorecard, hidden);
    }

    /** the same result with every message made again in another language (no rule runs) */
    public Result inLanguage(Messages messages, String lang) {
        return new Result(source, parsed, findings.stream().map(f -> messages.inLanguage(f, lang)).toList(), scorecard, hidden);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.getSeverity() == severity).count();
    }
}
