package org.ogicheck.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.ogicheck.model.Cell;
import org.ogicheck.model.Value;

/**
 * Arithmetic the narrative rules call: what a table says for one or more rows, so that a stated
 * number can be compared with it. A row's figure is its 总计 cell; where that cell is blank, the
 * row's other cells added up — only when they are all numbers, or when the table itself shows that
 * it writes zeros as blanks (a row whose 总计 is given equals its numbers added with the blanks
 * left out, and no row contradicts that). Anything else gives no figure, and the rule stays silent.
 */
public final class Figures {
    private static final List<String> APP_PARTS = List.of("natural", "commercial", "research", "publicInterest", "legal",
        "otherOrg");
    private static final List<String> LIT_PARTS = List.of("upheld", "corrected", "other", "pending");

    /** a figure of the table: its value and the cells it was read from */
    public record Figure(long value, List<Cell> cells, String shown, boolean byColumn) {
        public Figure(long value, List<Cell> cells, String shown) {
            this(value, cells, shown, false);
        }

        public long getValue() { return value; }
        public List<Cell> getCells() { return cells; }
        /** "258+12+1+1+3" or "805" */
        public String getShown() { return shown; }
        public Cell[] cellArray() { return cells.toArray(new Cell[0]); }
        /** "“（七）总计 / 总计”", "“(一)予以公开”各列之和" — the cells read, for a message */
        public String getNames() {
            List<String> names = new ArrayList<>();
            for (Cell c : cells) {
                String name = byColumn || c.getColumn().equals("total") ? "“" + c.getName() + "”"
                    : "“" + c.getRowLabel() + "”各列之和";
                if (!names.contains(name)) names.add(name);
            }
            return String.join("、", names);
        }
    }

    private Figures() {
    }

    /**
     * the figures of every reading a sentence admits, e.g. "received;received|carriedIn" (本年新收 alone, or
     * with the carried-in ones): one {@link #app} figure per alternative, null where it cannot be read
     */
    public static Readings appReadings(Collection<?> cells, String readings) {
        List<String> names = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (String r : readings.split(";")) {
            names.add(r);
            int at = r.indexOf('@');
            int minus = r.indexOf('-');
            figures.add(at >= 0 ? appColumns(cells, r.substring(0, at), r.substring(at + 1))
                : minus >= 0 ? difference(app(cells, r.substring(0, minus)), app(cells, r.substring(minus + 1))) : app(cells, r));
        }
        return new Readings(names, figures);
    }

    /** a reading "rows-rows" (本年新收 less 结转下年度: the new applications concluded): null unless both are read */
    private static Figure difference(Figure a, Figure b) {
        if (a == null || b == null) return null;
        List<Cell> cells = new ArrayList<>(a.cells());
        cells.addAll(b.cells());
        return new Figure(a.value() - b.value(), cells, a.value() + "−" + b.value(), a.byColumn());
    }

    /** the readings of one stated number: an ERROR needs every one read and none fitting */
    public record Readings(List<String> rows, List<Figure> figures) {
        /** whether every reading could be read from the table */
        public boolean isComplete() { return !figures.contains(null); }
        /** whether at least one reading could be read */
        public boolean isAnyRead() { for (Figure f : figures) if (f != null) return true; return false; }
        /** whether the stated number equals one of the readings that could be read */
        public boolean fits(Long n) {
            for (Figure f : figures) if (f != null && n != null && f.value() == n) return true;
            return false;
        }
        /** the first reading that could be read: the one a message names first */
        public Figure getFirst() { for (Figure f : figures) if (f != null) return f; return null; }
        /** every reading and its numbers: "“一、本年新收…”总计 = 713；… + … = 713+36 = 749；（无法读取）" */
        public String getShown() {
            StringBuilder sb = new StringBuilder();
            for (Figure f : figures) {
                if (sb.length() > 0) sb.append("；");
                if (f == null) sb.append("（一种读法无法从表格读取）");
                else sb.append(f.getNames()).append(" = ").append(f.getShown())
                    .append(f.getShown().matches(".*[+−].*") ? " = " + f.getValue() : "");
            }
            return sb.toString();
        }
    }

    /** section 三: rows whose key matches {@code rows} (a regular expression), added up */
    public static Figure app(Collection<?> cells, String rows) {
        return figure(cells, "APP", rows, APP_PARTS);
    }

    /**
     * section 三 by applicant type: the cells of the rows whose key matches {@code rows} in the columns
     * {@code columns} ("natural", "commercial|research|publicInterest|legal|otherOrg"), added up. A blank
     * cell counts as 0 only where the table shows that it writes zeros as blanks; a cell missing or not a
     * number gives no figure.
     */
    public static Figure appColumns(Collection<?> all, String rows, String columns) {
        List<Cell> cells = new ArrayList<>();
        for (Object o : all) if (o instanceof Cell c && c.getTable().equals("APP")) cells.add(c);
        cells.sort(Comparator.comparingInt((Cell c) -> c.getSrc().line()).thenComparing(c -> c.getSrc().row() == null ? 0 : c.getSrc().row())
            .thenComparing(c -> c.getSrc().col() == null ? 0 : c.getSrc().col()));
        Pattern p = Pattern.compile(rows);
        List<String> keys = new ArrayList<>();
        for (Cell c : cells) if (p.matcher(c.getRow()).matches() && !keys.contains(c.getRow())) keys.add(c.getRow());
        if (keys.isEmpty()) return null;
        boolean blanksAreZero = blanksAreZero(cells, APP_PARTS);
        long value = 0;
        List<Cell> used = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String key : keys) {
            for (String col : columns.split("\\|")) {
                Cell c = cell(cells, key, col);
                if (c == null) return null;
                if (c.getN() != null) {
                    value += c.getN();
                    used.add(c);
                    shown.add(String.valueOf(c.getN()));
                } else if (!(blanksAreZero && c.getKind() == Value.Kind.BLANK)) {
                    return null;
                }
            }
        }
        return new Figure(value, used, shown.isEmpty() ? "0" : String.join("+", shown), true);
    }

    /** section 四: rows (review, direct, afterReview) whose key matches {@code rows}, added up */
    public static Figure lit(Collection<?> cells, String rows) {
        return figure(cells, "LIT", rows, LIT_PARTS);
    }

    private static Figure figure(Collection<?> all, String table, String rows, List<String> parts) {
        List<Cell> cells = new ArrayList<>();
        for (Object o : all) if (o instanceof Cell c && c.getTable().equals(table)) cells.add(c);
        Pattern p = Pattern.compile(rows);
        List<String> keys = new ArrayList<>();
        cells.sort(Comparator.comparingInt((Cell c) -> c.getSrc().line()).thenComparing(c -> c.getSrc().row() == null ? 0 : c.getSrc().row())
            .thenComparing(c -> c.getSrc().col() == null ? 0 : c.getSrc().col()));
        for (Cell c : cells) if (p.matcher(c.getRow()).matches() && !keys.contains(c.getRow())) keys.add(c.getRow());
        if (keys.isEmpty()) return null;
        boolean blanksAreZero = blanksAreZero(cells, parts);
        long value = 0;
        List<Cell> used = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String key : keys) {
            Cell total = cell(cells, key, "total");
            if (total != null && total.getN() != null) {
                value += total.getN();
                used.add(total);
                shown.add(String.valueOf(total.getN()));
                continue;
            }
            List<Cell> row = new ArrayList<>();
            for (String col : parts) {
                Cell c = cell(cells, key, col);
                if (c == null) return null;
                if (c.getN() != null) row.add(c);
                else if (!(blanksAreZero && c.getKind() == Value.Kind.BLANK)) return null;
            }
            for (Cell c : row) {
                value += c.getN();
                used.add(c);
                shown.add(String.valueOf(c.getN()));
            }
        }
        return new Figure(value, used, shown.isEmpty() ? "0" : String.join("+", shown));
    }

    /** whether the table shows that it leaves zeros blank: rows with a 总计 add up with blanks as 0 */
    static boolean blanksAreZero(List<Cell> cells, List<String> parts) {
        int evidence = 0;
        for (Cell total : cells) {
            if (!total.getColumn().equals("total") || total.getN() == null) continue;
            long sum = 0;
            boolean blank = false;
            for (String col : parts) {
                Cell c = cell(cells, total.getRow(), col);
                if (c == null) return false;
                if (c.getN() != null) sum += c.getN();
                else if (c.getKind() == Value.Kind.BLANK) blank = true;
                else return false;
            }
            if (sum != total.getN()) return false;
            if (blank) evidence++;
        }
        return evidence > 0;
    }

    private static Cell cell(List<Cell> cells, String row, String column) {
        for (Cell c : cells) if (c.getRow().equals(row) && c.getColumn().equals(column)) return c;
        return null;
    }

    // ---- what the Chinese rule sentences (rules/vocabulary.dsl) call ----

    /** the tables, rows and columns by the Chinese names the sentences use */
    private static final java.util.Map<String, String> TABLES = java.util.Map.of("申请情况表", "APP", "复议诉讼表", "LIT");
    private static final java.util.Map<String, String> NAMES = java.util.Map.ofEntries(
        java.util.Map.entry("APP/本年新收", "received"), java.util.Map.entry("APP/上年结转", "carriedIn"),
        java.util.Map.entry("APP/(七)总计", "total"), java.util.Map.entry("APP/（七）总计", "total"),
        java.util.Map.entry("APP/结转下年度继续办理", "carriedOut"),
        java.util.Map.entry("APP/自然人", "natural"), java.util.Map.entry("APP/商业企业", "commercial"),
        java.util.Map.entry("APP/科研机构", "research"), java.util.Map.entry("APP/社会公益组织", "publicInterest"),
        java.util.Map.entry("APP/法律服务机构", "legal"), java.util.Map.entry("APP/其他", "otherOrg"),
        java.util.Map.entry("APP/总计", "total"),
        java.util.Map.entry("LIT/结果维持", "upheld"), java.util.Map.entry("LIT/结果纠正", "corrected"),
        java.util.Map.entry("LIT/其他结果", "other"), java.util.Map.entry("LIT/尚未审结", "pending"),
        java.util.Map.entry("LIT/总计", "total"));

    /** a table's code for its Chinese name ("申请情况表" → APP) */
    public static String table(String name) {
        String t = TABLES.get(name.strip());
        if (t == null) throw new IllegalArgumentException("未知的表：“" + name + "”（可用：" + String.join("、", TABLES.keySet()) + "）");
        return t;
    }

    /** the row or column keys of "“本年新收”加“上年结转”" */
    public static List<String> keys(String table, String terms) {
        List<String> out = new ArrayList<>();
        for (String t : terms.split("加")) {
            String name = t.strip().replaceAll("^[“\"]|[”\"]$", "");
            String key = NAMES.get(table + "/" + name);
            if (key == null) throw new IllegalArgumentException("表" + table + "中没有“" + name + "”");
            out.add(key);
        }
        return out;
    }

    /** one place where the two sides of a sentence's equation differ */
    public record Imbalance(List<Cell> left, List<Cell> right, boolean perColumn) {
        public long getLeftSum() { return left.stream().mapToLong(Cell::getN).sum(); }
        public long getRightSum() { return right.stream().mapToLong(Cell::getN).sum(); }
        /** the finding: on the first cell of the right side, with both sides' figures as the message's arguments */
        public org.ogicheck.model.Finding finding(org.kie.api.definition.rule.Rule rule) {
            Cell at = right.get(0);
            long l = getLeftSum();
            long r = getRightSum();
            org.ogicheck.model.Finding f = Emit.finding(rule).at(at);
            if (perColumn) f.row(null);
            for (Cell c : left) f.cell(c);
            for (Cell c : right.subList(1, right.size())) f.cell(c);
            f.expected(l).actual(r).difference(r - l);
            List<Object> args = new ArrayList<>();
            args.add(perColumn ? at.getColumnLabel() : at.getRowLabel());
            for (Cell c : left) args.add(c.getN());
            if (left.size() > 1) args.add(l);
            for (Cell c : right) args.add(c.getN());
            if (right.size() > 1) args.add(r);
            args.add(r - l);
            return f.args(args.toArray());
        }
    }

    /**
     * 任一列 / 任一行: every column (or row) where all the named cells are numbers and the sums of the
     * two sides differ by more than {@code tolerance}
     */
    public static List<Imbalance> imbalances(Collection<?> all, String table, boolean perColumn, String left, String right,
                                             long tolerance) {
        List<String> l = keys(table, left);
        List<String> r = keys(table, right);
        List<Cell> cells = new ArrayList<>();
        for (Object o : all) if (o instanceof Cell c && c.getTable().equals(table) && c.getN() != null) cells.add(c);
        List<String> lines = new ArrayList<>();
        for (Cell c : cells) {
            String along = perColumn ? c.getColumn() : c.getRow();
            String across = perColumn ? c.getRow() : c.getColumn();
            if (across.equals(l.get(0)) && !lines.contains(along)) lines.add(along);
        }
        List<Imbalance> out = new ArrayList<>();
        for (String line : lines) {
            List<List<Cell>> combos = new ArrayList<>();
            combos.add(new ArrayList<>());
            List<String> keys = new ArrayList<>(l);
            keys.addAll(r);
            for (String k : keys) {
                List<List<Cell>> next = new ArrayList<>();
                for (Cell c : cells) {
                    if (!(perColumn ? c.getColumn().equals(line) && c.getRow().equals(k) : c.getRow().equals(line) && c.getColumn().equals(k))) continue;
                    for (List<Cell> combo : combos) {
                        List<Cell> n = new ArrayList<>(combo);
                        n.add(c);
                        next.add(n);
                    }
                }
                combos = next;
            }
            for (List<Cell> combo : combos) {
                Imbalance im = new Imbalance(combo.subList(0, l.size()), combo.subList(l.size(), combo.size()), perColumn);
                if (Math.abs(im.getLeftSum() - im.getRightSum()) > tolerance) out.add(im);
            }
        }
        return out;
    }
}
