package org.ogicheck.app;

import java.util.List;
import org.ogicheck.model.Finding;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.score.Scorecard;

/**
 * The outcome of checking one report.
 *
 * @param hidden how many findings a baseline or waiver hid (they are not in {@code findings})
 */
public record Result(String source, ParsedReport parsed, List<Finding> findings, Scorecard scorecard, int hidden) {
    public long count(String severity) {
        return findings.stream().filter(f -> f.getSeverity().equals(severity)).count();
    }
}
