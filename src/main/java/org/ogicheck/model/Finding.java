package org.ogicheck.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One finding: which rule, where, and the evidence. Rules create it through
 * {@code org.ogicheck.engine.Emit} (which fills the rule metadata) and refine it with the fluent
 * setters below; the engine formats the message afterwards.
 */
public final class Finding {
    private final String ruleId;
    private final String ruleName;
    private String severity;
    private final String category;
    private final String basis;
    private final double weight;
    private String section;
    private String table;
    private String row;
    private String column;
    private SourceRef src = SourceRef.NONE;
    private final List<Object> args = new ArrayList<>();
    private final Map<String, Object> evidence = new LinkedHashMap<>();
    private final List<String> cells = new ArrayList<>();
    private String messageKey;
    private String message;
    private String explanation;
    private double points;

    public Finding(String ruleId, String ruleName, String severity, String category, String basis, double weight) {
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
        this.messageKey = ruleId + "." + variant;
        return this;
    }

    /** place the finding on a cell: its section, table, row, column and source */
    public Finding at(Cell c) {
        section = c.getSection();
        table = c.getTable();
        row = c.getRow();
        column = c.getColumn();
        src = c.getSrc();
        return cell(c);
    }

    public Finding at(String section, String table, String row, String column, SourceRef src) {
        this.section = section;
        this.table = table;
        this.row = row;
        this.column = column;
        if (src != null) this.src = src;
        return this;
    }

    public Finding section(String s) { this.section = s; return this; }
    public Finding table(String t) { this.table = t; return this; }
    public Finding row(String r) { this.row = r; return this; }
    public Finding column(String c) { this.column = c; return this; }
    public Finding src(SourceRef s) { if (s != null) this.src = s; return this; }

    /** record a cell the finding used, with its value and place */
    public Finding cell(Cell c) {
        String place = c.getSrc().describe();
        cells.add(c.getName() + " = " + c.getValue().display() + (place.isEmpty() ? "" : "（" + place + "）"));
        return this;
    }

    public Finding cells(Cell... cs) {
        for (Cell c : cs) cell(c);
        return this;
    }

    /** message arguments {0}, {1} … in order */
    public Finding args(Object... a) {
        args.addAll(List.of(a));
        return this;
    }

    public Finding evidence(String key, Object value) {
        evidence.put(key, value);
        return this;
    }

    public Finding expected(Object v) { return evidence("expected", v); }
    public Finding actual(Object v) { return evidence("actual", v); }
    public Finding difference(Object v) { return evidence("difference", v); }
    public Finding quote(String sentence) { return evidence("sentence", sentence); }

    public String getRuleId() { return ruleId; }
    public String getRuleName() { return ruleName; }
    public String getSeverity() { return severity; }
    /** a regulator's override of the rule's severity (parameter sheet or scoring settings) */
    public void setSeverity(String severity) { this.severity = severity; }
    public String getCategory() { return category; }
    public String getBasis() { return basis; }
    public double getWeight() { return weight; }
    public String getSection() { return section; }
    public String getTable() { return table; }
    public String getRow() { return row; }
    public String getColumn() { return column; }
    public SourceRef getSrc() { return src; }
    public List<Object> getArgs() { return args; }
    public Map<String, Object> getEvidence() { return evidence; }
    public List<String> getCells() { return cells; }
    public String getMessageKey() { return messageKey; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    /** the derivation with the numbers substituted, or null when the rule gives none */
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = explanation; }
    public double getPoints() { return points; }
    public void setPoints(double points) { this.points = points; }

    public int severityRank() {
        return switch (severity) {
            case "ERROR" -> 0;
            case "WARNING" -> 1;
            default -> 2;
        };
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
