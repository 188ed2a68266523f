package org.ogicheck.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One finding: which rule, where, and the evidence. Rules create it through
 * {@code org.ogicheck.engine.Emit} (which fills the rule metadata) and refine it with the fluent
 * setters below while their consequence runs. Once the rules have fired, the engine completes it
 * ({@link #completed}): from then on it is frozen, and every later change (a message, the points
 * scoring gives it, dropping the explanation) makes a new finding.
 */
public final class Finding {
    private final String ruleId;
    private final String ruleName;
    private final Severity severity;
    private final String category;
    private final String basis;
    private final double weight;
    private boolean frozen;
    private String section;
    private String table;
    private String row;
    private String column;
    private SourceRef src = SourceRef.NONE;
    private final List<Object> args = new ArrayList<>();
    private final Map<String, Object> evidence = new LinkedHashMap<>();
    private final List<CellRef> cells = new ArrayList<>();
    private String messageKey;
    private String message;
    private String explanation;
    private double points;

    /** as {@code Emit} makes it from the rule's metadata ({@code @severity} as written) */
    public Finding(String ruleId, String ruleName, String severity, String category, String basis, double weight) {
        this(ruleId, ruleName, Severity.of(severity), category, basis, weight);
    }

    public Finding(String ruleId, String ruleName, Severity severity, String category, String basis, double weight) {
        this.ruleId = ruleId;
        this.ruleName = ruleName;
        this.severity = severity;
        this.category = category;
        this.basis = basis;
        this.weight = weight;
        this.messageKey = ruleId;
    }

    /** use the message variant {@code <ruleId>.<variant>} instead of the rule's main message */
    public Finding variant(String variant) {
        open();
        this.messageKey = ruleId + "." + variant;
        return this;
    }

    /** place the finding on a cell: its section, table, row, column and source */
    public Finding at(Cell c) {
        open();
        section = c.getSection();
        table = c.getTable();
        row = c.getRow();
        column = c.getColumn();
        src = c.getSrc();
        return cell(c);
    }

    public Finding at(String section, String table, String row, String column, SourceRef src) {
        open();
        this.section = section;
        this.table = table;
        this.row = row;
        this.column = column;
        if (src != null) this.src = src;
        return this;
    }

    public Finding section(String s) { open(); this.section = s; return this; }
    public Finding table(String t) { open(); this.table = t; return this; }
    public Finding row(String r) { open(); this.row = r; return this; }
    public Finding column(String c) { open(); this.column = c; return this; }
    public Finding src(SourceRef s) { open(); if (s != null) this.src = s; return this; }

    private void open() {
        if (frozen) throw new IllegalStateException("finding " + ruleId + " is complete; make a new one with with…()");
    }

    /** record a cell the finding used, with its value and place */
    public Finding cell(Cell c) {
        open();
        cells.add(CellRef.of(c));
        return this;
    }

    public Finding cells(Cell... cs) {
        for (Cell c : cs) cell(c);
        return this;
    }

    /** message arguments {0}, {1} … in order */
    public Finding args(Object... a) {
        open();
        args.addAll(List.of(a));
        return this;
    }

    public Finding evidence(String key, Object value) {
        open();
        evidence.put(key, value);
        return this;
    }

    public Finding expected(Object v) { return evidence("expected", v); }
    public Finding actual(Object v) { return evidence("actual", v); }
    public Finding difference(Object v) { return evidence("difference", v); }
    public Finding quote(String sentence) { return evidence("sentence", sentence); }

    public String getRuleId() { return ruleId; }
    public String getRuleName() { return ruleName; }
    public Severity getSeverity() { return severity; }
    public String getCategory() { return category; }
    public String getBasis() { return basis; }
    public double getWeight() { return weight; }
    public String getSection() { return section; }
    public String getTable() { return table; }
    public String getRow() { return row; }
    public String getColumn() { return column; }
    public SourceRef getSrc() { return src; }
    public List<Object> getArgs() { return Collections.unmodifiableList(args); }
    public Map<String, Object> getEvidence() { return Collections.unmodifiableMap(evidence); }
    public List<CellRef> getCells() { return Collections.unmodifiableList(cells); }
    public String getMessageKey() { return messageKey; }
    public String getMessage() { return message; }
    /** the derivation with the numbers substituted, or null when the rule gives none */
    public String getExplanation() { return explanation; }
    /** the points this finding cost in its report's scorecard (set by scoring on a new finding) */
    public double getPoints() { return points; }
    /** whether the engine has completed the finding (no fluent change is possible any more) */
    public boolean isComplete() { return frozen; }

    public int severityRank() {
        return severity.rank();
    }

    /**
     * The finding as the rules left it, completed by the engine: with the severity the settings give
     * (or its own), its message and explanation in one language. Frozen, like every finding made from it.
     */
    public Finding completed(Severity override, String message, String explanation) {
        Finding f = copy(override == null ? severity : override);
        f.message = message;
        f.explanation = explanation;
        return f;
    }

    /** the same finding with the points its report's scorecard gives it */
    public Finding withPoints(double points) {
        Finding f = copy(severity);
        f.points = points;
        return f;
    }

    /** the same finding without its derivation (the outputs show it only when asked) */
    public Finding withoutExplanation() {
        if (explanation == null) return this;
        Finding f = copy(severity);
        f.explanation = null;
        return f;
    }

    private Finding copy(Severity sev) {
        Finding f = new Finding(ruleId, ruleName, sev, category, basis, weight);
        f.messageKey = messageKey;
        f.section = section;
        f.table = table;
        f.row = row;
        f.column = column;
        f.src = src;
        f.args.addAll(args);
        f.evidence.putAll(evidence);
        f.cells.addAll(cells);
        f.message = message;
        f.explanation = explanation;
        f.points = points;
        f.frozen = true;
        return f;
    }

    /** most severe first, then by section, rule and place, so that output is stable */
    public static final Comparator<Finding> ORDER = Comparator
        .comparingInt(Finding::severityRank)
        .thenComparing(f -> sectionRank(f.getSection()))
        .thenComparing(Finding::getRuleId)
        .thenComparingInt(f -> f.getSrc().line())
        .thenComparing(Finding::locationKey);

    /** the order of a section numeral 一…六 (0 for the whole report, 9 for one the formats do not have) */
    public static int sectionRank(String numeral) {
        if (numeral == null) return 0;
        int i = "一二三四五六".indexOf(numeral);
        return i < 0 ? 9 : i + 1;
    }

    /** the location keys that identify this finding independently of line numbers and wording */
    public String locationKey() {
        return String.join("|", ruleId, nz(section), nz(table), nz(row), nz(column));
    }

    private static String nz(String s) { return s == null ? "" : s; }

    @Override
    public String toString() {
        return ruleId + " " + locationKey() + " " + (message == null ? args : message);
    }
}
