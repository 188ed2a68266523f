package org.ogicheck.workspace;

import org.ogicheck.model.Finding;
import org.ogicheck.model.Severity;
import org.ogicheck.model.SourceRef;

/**
 * A finding as a check stored it. {@code key} is the review key: the CLI baseline's fingerprint
 * ({@link org.ogicheck.app.Baseline#fingerprint}: the report's agency and year, the rule ID and the
 * place in report terms — section, table, row, column — never a line number, a page or a file
 * name while agency and year are known), so a decision survives re-checks, rule changes and the same
 * report uploaded in another format.
 */
public record StoredFinding(String key, String ruleId, String ruleName, String severity, String category, String basis,
                            double weight, String section, String table, String row, String column, String place, int line,
                            String message, double points) {

    static StoredFinding of(String key, Finding f) {
        return new StoredFinding(key, f.getRuleId(), f.getRuleName(), f.getSeverity().name(), f.getCategory(), f.getBasis(),
            f.getWeight(), f.getSection(), f.getTable(), f.getRow(), f.getColumn(), f.getSrc().describe(), f.getSrc().line(),
            f.getMessage(), f.getPoints());
    }

    public Severity level() {
        return Severity.valueOf(severity);
    }

    /** the location keys (what a baseline entry records as its location) */
    public String location() {
        return String.join("|", ruleId, nz(section), nz(table), nz(row), nz(column));
    }

    /** back to a completed finding (for scoring and for {@link org.ogicheck.pipeline.RuleDiff}) */
    Finding toFinding() {
        return new Finding(ruleId, ruleName, level(), category, basis, weight)
            .at(section, table, row, column, line > 0 ? SourceRef.line(line) : SourceRef.NONE)
            .completed(null, message, null).withPoints(points);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
