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
    public record Figure(long value, List<Cell> cells, String shown) {
        public long getValue() { return value; }
        public List<Cell> getCells() { return cells; }
        /** "258+12+1+1+3" or "805" */
        public String getShown() { return shown; }
        public Cell[] cellArray() { return cells.toArray(new Cell[0]); }
        /** "“（七）总计 / 总计”", "“(一)予以公开”各列之和" — the cells read, for a message */
        public String getNames() {
            List<String> names = new ArrayList<>();
            for (Cell c : cells) {
                String name = c.getColumn().equals("total") ? "“" + c.getName() + "”" : "“" + c.getRowLabel() + "”各列之和";
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
            figures.add(app(cells, r));
        }
        return new Readings(names, figures);
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
                    .append(f.getShown().contains("+") ? " = " + f.getValue() : "");
            }
            return sb.toString();
        }
    }

    /** section 三: rows whose key matches {@code rows} (a regular expression), added up */
    public static Figure app(Collection<?> cells, String rows) {
        return figure(cells, "APP", rows, APP_PARTS);
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
}
