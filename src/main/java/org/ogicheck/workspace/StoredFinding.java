package org.ogicheck.workspace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ogicheck.engine.Messages;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Section;
import org.ogicheck.model.Severity;
import org.ogicheck.model.SourceRef;
import org.ogicheck.render.Labels;

/**
 * A finding as a check stored it. {@code key} is the review key: the CLI baseline's fingerprint
 * ({@link org.ogicheck.app.Baseline#fingerprint}: the report's agency and year, the rule ID and the
 * place in report terms — section, table, row, column — never a line number, a page or a file
 * name while agency and year are known), so a decision survives re-checks, rule changes and the same
 * report uploaded in another format.
 *
 * <p>{@code message} and {@code place} are the words of the check (in the language it was made in);
 * {@code messageKey}, {@code args} and {@code src} keep them unworded, so that a page or a download in
 * another language words them again from the rules' messages without running a rule. A check stored
 * before they were kept has them null and is shown as stored.
 *
 * @param args the message's arguments as written (numbers without grouping, as the messages show them)
 */
public record StoredFinding(String key, String ruleId, String ruleName, String severity, String category, String basis,
                            double weight, String section, String table, String row, String column, String place, int line,
                            String message, double points, String messageKey, List<String> args, SourceRef src) {

    static StoredFinding of(String key, Finding f) {
        List<String> args = new ArrayList<>();
        for (Object a : f.getArgs()) args.add(written(a));
        return new StoredFinding(key, f.getRuleId(), f.getRuleName(), f.getSeverity().name(), f.getCategory(), f.getBasis(),
            f.getWeight(), f.getSection(), f.getTable(), f.getRow(), f.getColumn(), f.getSrc().describe(), f.getSrc().line(),
            f.getMessage(), f.getPoints(), f.getMessageKey(), args, f.getSrc());
    }

    /** an argument as a message writes it: a number plainly (63607, 1.5), anything else as its text */
    private static String written(Object a) {
        if (a instanceof BigDecimal b) return b.stripTrailingZeros().toPlainString();
        return a == null ? "" : String.valueOf(a);
    }

    public Severity level() {
        return Severity.valueOf(severity);
    }

    /** the location keys (what a baseline entry records as its location) */
    public String location() {
        return String.join("|", ruleId, nz(section), nz(table), nz(row), nz(column));
    }

    /** the message in the language asked, made again from its key and arguments (as stored when the check kept none) */
    public String message(Messages messages, String lang) {
        return messageKey == null || args == null ? message : messages.format(lang, messageKey, new ArrayList<>(args));
    }

    /** where the finding is, in report terms and in the language asked: its section and the place in the file */
    public String place(String lang) {
        String where = src == null ? nz(place) : Labels.source(src, lang);
        if (section == null || section.isEmpty()) return where;
        int n = java.util.Arrays.asList(Section.NUMERALS).indexOf(section);
        return Words.t(lang, where.isEmpty() ? "place.section" : "place.sectionAnd", section, n, where);
    }

    /** back to a completed finding (for scoring and for {@link org.ogicheck.pipeline.RuleDiff}), its message key and arguments kept */
    Finding toFinding() {
        Finding f = new Finding(ruleId, ruleName, level(), category, basis, weight);
        if (messageKey != null && messageKey.startsWith(ruleId + ".")) f.variant(messageKey.substring(ruleId.length() + 1));
        if (args != null) f.args(args.toArray());
        return f.at(section, table, row, column, src != null ? src : line > 0 ? SourceRef.line(line) : SourceRef.NONE)
            .completed(null, message, null).withPoints(points);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
