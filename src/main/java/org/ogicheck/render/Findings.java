package org.ogicheck.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogicheck.i18n.Said;
import org.ogicheck.model.Severity;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleMeta;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.model.Cell;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Report;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.score.Scorecard;

/** How the renderers order, name and flatten findings and results; shared so every format agrees. */
final class Findings {
    /** the columns of one finding as a flat row (CSV, spreadsheet) */
    static final List<String> COLUMNS = List.of("source", "agency", "year", "ruleId", "severity", "category", "section",
        "table", "row", "column", "line", "message", "expected", "actual", "difference", "points");

    /** the columns of one report in a summary */
    static final List<String> SUMMARY = List.of("rank", "source", "agency", "year", "edition", "score", "grade",
        "errors", "warnings", "infos");

    private Findings() {
    }

    /** findings grouped by section (whole-report ones first, under ""), most severe first within each */
    static Map<String, List<Finding>> bySection(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt((Finding f) -> Finding.sectionRank(f.getSection())).thenComparing(Finding.ORDER));
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : sorted) out.computeIfAbsent(f.getSection() == null ? "" : f.getSection(), k -> new ArrayList<>()).add(f);
        return out;
    }

    /** results best score first; ties by source, so the order is stable */
    static List<Result> ranked(List<Result> results) {
        List<Result> out = new ArrayList<>(results);
        out.sort(Comparator.comparingDouble((Result r) -> -r.scorecard().score()).thenComparing(Result::source));
        return out;
    }

    /** one report's summary row, in the order of {@link #SUMMARY} */
    static List<Object> summary(int rank, Result r, String lang) {
        Report rep = r.parsed().report();
        Scorecard sc = r.scorecard();
        return Arrays.asList(rank, r.source(), rep.getAgency(), rep.getYear(), rep.getEdition(), sc.score(),
            Labels.grade(sc, lang), r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO));
    }

    /** one finding as a row, in the order of {@link #COLUMNS}; numbers stay numbers, unknowns are null */
    static List<Object> row(Result r, Finding f) {
        Report rep = r.parsed().report();
        Map<String, Object> ev = f.getEvidence();
        return Arrays.asList(r.source(), rep.getAgency(), rep.getYear(), f.getRuleId(), f.getSeverity().name(), f.getCategory(),
            f.getSection(), f.getTable(), f.getRow(), f.getColumn(), f.getSrc().line() > 0 ? f.getSrc().line() : null,
            f.getMessage(), plain(ev.get("expected")), plain(ev.get("actual")), plain(ev.get("difference")), f.getPoints());
    }

    /** an evidence value as a number when it is one, else as text */
    private static Object plain(Object v) {
        if (v instanceof BigDecimal b) return b.stripTrailingZeros();
        return v == null || v instanceof Number ? v : text(v);
    }

    /** a value as a person reads it: numbers without trailing zeros or exponent, lists joined */
    static String text(Object v) {
        if (v == null) return "";
        if (v instanceof BigDecimal b) return b.stripTrailingZeros().toPlainString();
        if (v instanceof Double d) return num(d);
        if (v instanceof List<?> list) return String.join("、", list.stream().map(Findings::text).toList());
        return v.toString();
    }

    static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** the rule's one-line title in the language asked, else its rule name */
    static String title(RuleSet rules, RuleMeta m, String lang) {
        return rules.title(m, lang);
    }

    /** the name of a score category, from the result's scorecard; the id when it is not scored */
    static String category(Result r, String id, String lang) {
        for (Scorecard.CategoryScore c : r.scorecard().categories()) {
            if (c.id().equals(id)) return Labels.category(c, lang);
        }
        return id;
    }

    /** where a finding points, in words: "表 LIT · 行政复议 / 总计 · 第58行" (labels from the report's cells) */
    static String where(ParsedReport p, Finding f, String lang) {
        List<String> parts = new ArrayList<>();
        if (f.getTable() != null) {
            parts.add((Labels.t(lang, "table")) + f.getTable());
            Cell c = anyCell(p, f);
            String row = f.getRow() == null ? null : c == null ? f.getRow() : c.getRowLabel();
            String col = f.getColumn() == null ? null : c == null ? f.getColumn() : c.getColumnLabel();
            if (row != null || col != null) parts.add(row == null ? col : col == null ? row : row + " / " + col);
        }
        String src = Labels.source(f.getSrc(), lang);
        if (!src.isEmpty()) parts.add(src);
        return String.join(" · ", parts);
    }

    /** a cell the finding points at: the cell itself, or any cell of its row or column */
    private static Cell anyCell(ParsedReport p, Finding f) {
        for (Cell c : p.cells()) {
            if (c.getTable().equals(f.getTable()) && (f.getRow() == null || f.getRow().equals(c.getRow()))
                && (f.getColumn() == null || f.getColumn().equals(c.getColumn()))) return c;
        }
        return null;
    }

    /** the evidence a person reads, labelled: basis, expected, actual, difference, other evidence, points lost */
    static Map<String, String> evidence(Finding f, String lang) {
        Map<String, String> out = new LinkedHashMap<>();
        if (f.getBasis() != null && !f.getBasis().equals("—")) out.put(Labels.t(lang, "basis2"), f.getBasis());
        for (Map.Entry<String, Object> e : f.getEvidence().entrySet()) {
            if (e.getKey().equals("sentence") || e.getValue() == null) continue;
            out.put(Labels.evidence(e.getKey(), lang), e.getValue() instanceof Said s ? s.in(lang) : text(e.getValue()));
        }
        if (f.getPoints() > 0) out.put(Labels.t(lang, "pointsLost2"), num(f.getPoints()));
        return out;
    }
}
