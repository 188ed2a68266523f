package org.ogicheck.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.ogicheck.i18n.Said;
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
        /** "258+12+1+1+3 = 275" or "805": the numbers read and, when they are added or taken away, their result */
        public String getWorked() { return shown.contains("+") || shown.contains("−") ? shown + " = " + value : shown; }
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
        /**
         * every reading and its numbers, worded in the finding's language: "“一、本年新收…”总计 = 713；… + … = 713+36 = 749；
         * （一种读法无法从表格读取）" (the cells' names are the report's own words)
         */
        public Said getShown() {
            List<Object> shown = new ArrayList<>();
            for (Figure f : figures) {
                shown.add(f == null ? Said.of(RulesException.BUNDLE, "figures.unread")
                    : Said.of(RulesException.BUNDLE, "figures.reading", f.getNames(), f.getWorked()));
            }
            return Said.of(RulesException.BUNDLE, "figures.readings", shown);
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
        Grid cells = Grid.of(all, "APP");
        List<String> keys = cells.rowsMatching(rows);
        if (keys.isEmpty()) return null;
        boolean blanksAreZero = cells.blanksAreZero(APP_PARTS);
        long value = 0;
        List<Cell> used = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String key : keys) {
            for (String col : columns.split("\\|")) {
                Cell c = cells.cell(key, col);
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
        Grid cells = Grid.of(all, table);
        List<String> keys = cells.rowsMatching(rows);
        if (keys.isEmpty()) return null;
        boolean blanksAreZero = cells.blanksAreZero(parts);
        long value = 0;
        List<Cell> used = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String key : keys) {
            Cell total = cells.cell(key, "total");
            if (total != null && total.getN() != null) {
                value += total.getN();
                used.add(total);
                shown.add(String.valueOf(total.getN()));
                continue;
            }
            List<Cell> row = new ArrayList<>();
            for (String col : parts) {
                Cell c = cells.cell(key, col);
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
    static boolean blanksAreZero(Grid cells, List<String> parts) {
        int evidence = 0;
        for (Cell total : cells.inOrder) {
            if (!total.getColumn().equals("total") || total.getN() == null) continue;
            long sum = 0;
            boolean blank = false;
            for (String col : parts) {
                Cell c = cells.cell(total.getRow(), col);
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

    /** the row expressions of the rules (a handful), compiled once */
    private static final java.util.Map<String, Pattern> ROWS = new java.util.concurrent.ConcurrentHashMap<>();

    /** where a cell stands in the report: line, then row and column of its table (a missing one first) */
    private static final Comparator<Cell> SOURCE_ORDER = (a, b) -> {
        int c = Integer.compare(a.getSrc().line(), b.getSrc().line());
        if (c != 0) return c;
        c = Integer.compare(orZero(a.getSrc().row()), orZero(b.getSrc().row()));
        return c != 0 ? c : Integer.compare(orZero(a.getSrc().col()), orZero(b.getSrc().col()));
    };

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    /**
     * one table's cells in source order, looked up by row and column (the first cell in source order
     * where two share a place), so that a figure costs one pass over the table instead of one per cell
     */
    static final class Grid {
        final List<Cell> inOrder = new ArrayList<>();
        private final java.util.Map<String, java.util.Map<String, Cell>> byRow = new java.util.LinkedHashMap<>();
        /** what it was made of: the objects given, in their order, and the table */
        private final Object[] from;
        private final String table;
        private final java.util.Map<List<String>, Boolean> blanksAreZero = new java.util.HashMap<>();

        /**
         * The last grid this thread made, kept for the next call. The narrative rules ask for many
         * figures of one report's table, all from the same cells: one grid serves them all.
         */
        private static final ThreadLocal<Grid> LAST = new ThreadLocal<>();

        Grid(Collection<?> all, String table) {
            this.from = all.toArray();
            this.table = table;
            for (Object o : from) if (o instanceof Cell c && c.getTable().equals(table)) inOrder.add(c);
            inOrder.sort(SOURCE_ORDER);
            for (Cell c : inOrder) byRow.computeIfAbsent(c.getRow(), k -> new java.util.HashMap<>()).putIfAbsent(c.getColumn(), c);
        }

        /** the grid of these cells: the last one made on this thread when it was made of the very same objects (cells are immutable) */
        static Grid of(Collection<?> all, String table) {
            Grid last = LAST.get();
            if (last != null && last.madeOf(all, table)) return last;
            Grid g = new Grid(all, table);
            LAST.set(g);
            return g;
        }

        private boolean madeOf(Collection<?> all, String table) {
            if (!this.table.equals(table) || all.size() != from.length) return false;
            int i = 0;
            for (Object o : all) if (o != from[i++]) return false;
            return true;
        }

        boolean blanksAreZero(List<String> parts) {
            return blanksAreZero.computeIfAbsent(parts, p -> Figures.blanksAreZero(this, p));
        }

        Cell cell(String row, String column) {
            java.util.Map<String, Cell> r = byRow.get(row);
            return r == null ? null : r.get(column);
        }

        /** the row keys matching a regular expression, in the order they first stand in the report */
        List<String> rowsMatching(String rows) {
            Pattern p = ROWS.computeIfAbsent(rows, Pattern::compile);
            List<String> keys = new ArrayList<>();
            for (String row : byRow.keySet()) if (p.matcher(row).matches()) keys.add(row);
            return keys;
        }
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

    private static final Pattern QUOTES = Pattern.compile("^[“\"]|[”\"]$");
    private static final Pattern OUTCOME = Pattern.compile("granted|partlyGranted|(denied|unable|notProcessed)\\.\\d|other(\\.\\d)?");
    private static final Pattern OTHER = Pattern.compile("other(\\.\\d)?");
    private static final Pattern OTHER_PART = Pattern.compile("other\\.\\d");

    /** the row or column keys of "“本年新收”加“上年结转”" */
    public static List<String> keys(String table, String terms) {
        List<String> out = new ArrayList<>();
        for (String name : names(terms)) {
            String key = NAMES.get(table + "/" + name);
            if (key == null) throw new IllegalArgumentException("表" + table + "中没有“" + name + "”");
            out.add(key);
        }
        return out;
    }

    /** the first name of "“本年新收”加“上年结转”" that the table does not have, or null */
    public static String unknownName(String table, String terms) {
        for (String name : names(terms)) if (!NAMES.containsKey(table + "/" + name)) return name;
        return null;
    }

    private static List<String> names(String terms) {
        List<String> out = new ArrayList<>();
        for (String t : terms.split("加")) out.add(QUOTES.matcher(t.strip()).replaceAll(""));
        return out;
    }

    /**
     * The number of a cell as 任一列 (a column's sum, which needs every row) or 任一行 (a row's own sum) may see it: a
     * cell of a row read whole before its table was cut is seen by 任一行 only ({@link Cell#getRowN}).
     */
    static Long n(Cell c, boolean perColumn) {
        return perColumn ? c.getN() : c.getRowN();
    }

    /** one place where the two sides of a sentence's equation differ */
    public record Imbalance(List<Cell> left, List<Cell> right, boolean perColumn) {
        public long getLeftSum() { return left.stream().mapToLong(c -> n(c, perColumn)).sum(); }
        public long getRightSum() { return right.stream().mapToLong(c -> n(c, perColumn)).sum(); }
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
            for (Cell c : left) args.add(n(c, perColumn));
            if (left.size() > 1) args.add(l);
            for (Cell c : right) args.add(n(c, perColumn));
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
        Places places = Places.of(all, table, perColumn, l.get(0), c -> n(c, perColumn) != null);
        List<Imbalance> out = new ArrayList<>();
        for (String line : places.lines()) {
            List<List<Cell>> combos = new ArrayList<>();
            combos.add(new ArrayList<>());
            List<String> keys = new ArrayList<>(l);
            keys.addAll(r);
            for (String k : keys) {
                List<List<Cell>> next = new ArrayList<>();
                for (Cell c : places.at(line, k)) {
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

    /**
     * The cells of a table kept by {@code keep}, at each place of 任一列 / 任一行 (line, key), in the order given — one
     * pass instead of one per line and key — and the lines: those with a cell at the first key, in the order given.
     */
    private record Places(List<String> lines, java.util.Map<java.util.Map.Entry<String, String>, List<Cell>> cells) {
        static Places of(Collection<?> all, String table, boolean perColumn, String firstKey, java.util.function.Predicate<Cell> keep) {
            java.util.Map<java.util.Map.Entry<String, String>, List<Cell>> at = new java.util.HashMap<>();
            List<String> lines = new ArrayList<>();
            for (Object o : all) {
                if (!(o instanceof Cell c) || !c.getTable().equals(table) || !keep.test(c)) continue;
                String along = perColumn ? c.getColumn() : c.getRow();
                String across = perColumn ? c.getRow() : c.getColumn();
                at.computeIfAbsent(java.util.Map.entry(along, across), k -> new ArrayList<>(1)).add(c);
                if (across.equals(firstKey) && !lines.contains(along)) lines.add(along);
            }
            return new Places(lines, at);
        }

        List<Cell> at(String line, String key) {
            return cells.getOrDefault(java.util.Map.entry(line, key), List.of());
        }
    }

    /**
     * One place where a sentence's equation cannot be judged only because OCR read some of its cells
     * below the confidence threshold ({@code [识别存疑:N]}): the unsure cells with what they were read
     * as, and both sides added up with those readings. Its finding is a WARNING of its own rule (the
     * scan, not the report, may be wrong): variant {@code ocrOff} when the readings do not balance,
     * {@code ocr} when they do; it names the unsure cells and their readings.
     */
    public record Unsure(List<Cell> left, List<Cell> right, boolean perColumn) {
        public long getLeftSum() { return left.stream().mapToLong(Cell::getReading).sum(); }
        public long getRightSum() { return right.stream().mapToLong(Cell::getReading).sum(); }
        public boolean isBalanced() { return getLeftSum() == getRightSum(); }

        public List<Cell> getUnsure() {
            List<Cell> out = new ArrayList<>();
            for (Cell c : left) if (c.isUnsure()) out.add(c);
            for (Cell c : right) if (c.isUnsure()) out.add(c);
            return out;
        }

        public org.ogicheck.model.Finding finding(org.kie.api.definition.rule.Rule rule) {
            Cell at = getUnsure().get(0);
            org.ogicheck.model.Finding f = Emit.finding(rule).variant(isBalanced() ? "ocr" : "ocrOff").at(at);
            if (perColumn) f.row(null);
            else f.column(null);
            for (Cell c : left) if (c != at) f.cell(c);
            for (Cell c : right) if (c != at) f.cell(c);
            StringBuilder unsure = new StringBuilder();
            for (Cell c : getUnsure()) {
                if (unsure.length() > 0) unsure.append("，");
                unsure.append(perColumn ? c.getRowLabel() : c.getColumnLabel()).append("“").append(c.getReading()).append("”");
            }
            // readings that balance are no sign of a misreading: the sum is only unchecked
            f.evidence("note", isBalanced() ? "识别存疑，无法核对" : "可能为识别错误").evidence("unsure", unsure.toString());
            f.expected(getLeftSum()).actual(getRightSum());
            return f.args(perColumn ? at.getColumnLabel() : at.getRowLabel(), unsure.toString(), worked(left), worked(right));
        }

        private static String worked(List<Cell> side) {
            StringBuilder sb = new StringBuilder();
            long sum = 0;
            for (Cell c : side) {
                if (sb.length() > 0) sb.append(" + ");
                sb.append(c.getReading());
                sum += c.getReading();
            }
            return side.size() > 1 ? sb + " = " + sum : sb.toString();
        }
    }

    /**
     * 任一列 / 任一行 that {@link #imbalances} cannot judge only because OCR read cells of it below the
     * confidence threshold: each named cell is there once and read as a whole number, sure or not
     * ({@link Cell#getReading}), at least one unsure; every cell is judged by the rules or withheld
     * only because its row holds unsure cells ({@link Cell#isWithheldForUnsure}).
     */
    public static List<Unsure> unsure(Collection<?> all, String table, boolean perColumn, String left, String right) {
        List<String> l = keys(table, left);
        List<String> r = keys(table, right);
        List<String> keys = new ArrayList<>(l);
        keys.addAll(r);
        Places places = Places.of(all, table, perColumn, l.get(0), c -> true);
        List<Unsure> out = new ArrayList<>();
        for (String line : places.lines()) {
            List<Cell> cells = new ArrayList<>();
            boolean any = false;
            for (String k : keys) {
                List<Cell> here = places.at(line, k);
                Cell c = here.size() == 1 ? here.get(0) : null;
                if (c == null || !countable(c)) {
                    cells = null;
                    break;
                }
                any |= c.isUnsure();
                cells.add(c);
            }
            if (cells != null && any) out.add(new Unsure(cells.subList(0, l.size()), cells.subList(l.size(), cells.size()), perColumn));
        }
        return out;
    }

    /**
     * （七）总计 of a column against the sum of its outcomes ({@link #appOutcome}: （一） to （六） with their
     * items, as the table has them) where that cannot be judged only because OCR read cells of it below
     * the confidence threshold: as {@link #unsure}, each cell read as a whole number, at least one unsure.
     */
    public static List<Unsure> unsureOutcomes(Collection<?> all) {
        java.util.Map<String, List<Cell>> parts = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<Cell>> totals = new java.util.HashMap<>();
        for (Object o : all) {
            if (!(o instanceof Cell c) || !"APP".equals(c.getTable())) continue;
            if (appOutcome(c.getRow())) parts.computeIfAbsent(c.getColumn(), k -> new ArrayList<>()).add(c);
            else if ("total".equals(c.getRow())) totals.computeIfAbsent(c.getColumn(), k -> new ArrayList<>()).add(c);
        }
        List<Unsure> out = new ArrayList<>();
        for (java.util.Map.Entry<String, List<Cell>> e : parts.entrySet()) {
            List<Cell> total = totals.getOrDefault(e.getKey(), List.of());
            if (total.size() != 1 || !countable(total.get(0)) || !e.getValue().stream().allMatch(Figures::countable)) continue;
            if (total.get(0).isUnsure() || e.getValue().stream().anyMatch(Cell::isUnsure)) out.add(new Unsure(e.getValue(), total, true));
        }
        return out;
    }

    /** a cell read as a whole number, sure or not, that the rules judge or withhold only because its row holds unsure cells */
    private static boolean countable(Cell c) {
        return c.getReading() != null && (c.trusted() || c.isWithheldForUnsure());
    }

    // ---- what the sentences of the national rules (rules/*.dslr) call: lists and wording of the formats ----

    /** 第三部分: the data rows every edition has ("key/official label"); 其他处理 is checked on its own */
    private static final List<String> APP_REQUIRED = List.of("received/一、本年新收政府信息公开申请数量",
        "carriedIn/二、上年结转政府信息公开申请数量",
        "granted/（一）予以公开", "partlyGranted/（二）部分公开",
        "denied.1/（三）1.属于国家秘密", "denied.2/（三）2.其他法律行政法规禁止公开", "denied.3/（三）3.危及“三安全一稳定”",
        "denied.4/（三）4.保护第三方合法权益", "denied.5/（三）5.属于三类内部事务信息", "denied.6/（三）6.属于四类过程性信息",
        "denied.7/（三）7.属于行政执法案卷", "denied.8/（三）8.属于行政查询事项",
        "unable.1/（四）1.本机关不掌握相关政府信息", "unable.2/（四）2.没有现成信息需要另行制作",
        "unable.3/（四）3.补正后申请内容仍不明确",
        "notProcessed.1/（五）1.信访举报投诉类申请", "notProcessed.2/（五）2.重复申请", "notProcessed.3/（五）3.要求提供公开出版物",
        "notProcessed.4/（五）4.无正当理由大量反复申请", "notProcessed.5/（五）5.要求行政机关确认或重新出具已获取信息",
        "total/（七）总计", "carriedOut/四、结转下年度继续办理");
    /** the three sub-rows of （六）其他处理 in the 2021 format */
    private static final List<String> APP_OTHER_PARTS = List.of("other.1/（六）1.申请人无正当理由逾期不补正",
        "other.2/（六）2.申请人逾期未按收费通知要求缴纳费用", "other.3/（六）3.其他");

    /** the rows of 第三部分 every edition must have, "key/label" */
    public static List<String> appRequiredRows() { return APP_REQUIRED; }

    /** the sub-rows of （六）其他处理 (2021), "key/label" */
    public static List<String> appOtherParts() { return APP_OTHER_PARTS; }

    /** one part of a "key/label" entry: 0 the key, 1 the label */
    public static String part(String spec, int i) {
        return spec.split("/")[i];
    }

    /** whether a row of 第三部分 is one of the outcomes （一）…（六） that （七）总计 adds up */
    public static boolean appOutcome(String row) {
        return row != null && OUTCOME.matcher(row).matches();
    }

    /**
     * whether the applications table lacks a row the format requires (what the missing-row rule reports): a required
     * row, （六）其他处理, or one of its sub-rows when it is split — judged from the table's cells
     */
    public static boolean appRowMissing(Collection<?> all) {
        java.util.Set<String> rows = new java.util.HashSet<>();
        for (Object o : all) if (o instanceof Cell c && c.getTable().equals("APP")) rows.add(c.getRow());
        for (String spec : APP_REQUIRED) if (!rows.contains(part(spec, 0))) return true;
        boolean other = false;
        boolean split = false;
        for (String r : rows) {
            if (OTHER.matcher(r).matches()) other = true;
            if (OTHER_PART.matcher(r).matches()) split = true;
        }
        if (!other) return true;
        if (split) for (String spec : APP_OTHER_PARTS) if (!rows.contains(part(spec, 0))) return true;
        return false;
    }

    /** cells in the order they stand in the report */
    public static List<Cell> inSourceOrder(Collection<?> cells) {
        List<Cell> out = new ArrayList<>();
        for (Object o : cells) out.add((Cell) o);
        out.sort(Comparator.comparingInt((Cell c) -> c.getSrc().line()).thenComparing(c -> c.getSrc().row() == null ? 0 : c.getSrc().row()));
        return out;
    }

    /** the first of a list of cells */
    public static Cell first(List<?> cells) {
        return (Cell) cells.get(0);
    }

    /** a list of cells as an array (for {@code Finding.cells}) */
    public static Cell[] array(List<?> cells) {
        return cells.toArray(new Cell[0]);
    }

    /** the other cells of a row than {@code c} */
    public static Cell[] others(List<?> row, Cell c) {
        return row.stream().filter(x -> x != c).toArray(Cell[]::new);
    }

    /** the cells' row labels, in source order */
    public static List<String> rowLabels(Collection<?> cells) {
        return inSourceOrder(cells).stream().map(Cell::getRowLabel).toList();
    }

    /** the cells' row labels in source order, joined with 、 */
    public static String rowList(Collection<?> cells) {
        return String.join("、", rowLabels(cells));
    }

    /** 列名“值”，列名“值” of cells */
    public static String show(List<?> cells) {
        StringBuilder sb = new StringBuilder();
        for (Object o : cells) {
            Cell c = (Cell) o;
            if (sb.length() > 0) sb.append("，");
            sb.append(c.getColumnLabel()).append("“").append(c.getRowValue().display()).append("”");
        }
        return sb.toString();
    }

    /** the first of a parameter's values (a {@code Param} fact of rules/parameters.csv), or its default */
    public static double param(List<?> values, double dflt) {
        return values.isEmpty() ? dflt : ((java.math.BigDecimal) values.get(0)).doubleValue();
    }

    /** a whole-number parameter's first value, or its default */
    public static int intParam(List<?> values, int dflt) {
        return values.isEmpty() ? dflt : ((java.math.BigDecimal) values.get(0)).intValue();
    }

    /** the blocks of 第二十条 each format requires */
    public static List<String> requiredBlocks(String layout) {
        return "2019".equals(layout) ? List.of("一", "五", "六", "八", "九") : List.of("一", "五", "六", "八");
    }

    /** whether a 2019-format row reads as 上一年 ± 增减 = 处理决定数量 */
    public static boolean fits(Cell prev, Cell change, Cell decisions) {
        long p = prev.getN();
        long c = change.getN();
        long d = decisions.getN();
        if (change.getValue().getDirection() != 0 || c <= 0) return p + c == d;
        return p + c == d || p - c == d;
    }

    /** whether three cells are all 0 */
    public static boolean allZero(Cell a, Cell b, Cell c) {
        return a.getN() == 0 && b.getN() == 0 && c.getN() == 0;
    }

    /** the direction the other cells of the row imply for an unsigned 本年增/减, or null */
    public static String impliedDirection(List<?> row, Cell change) {
        Long prev = null;
        Long decisions = null;
        for (Object o : row) {
            Cell c = (Cell) o;
            if (c.getColumn().equals("prevCount")) prev = c.getN();
            if (c.getColumn().equals("decisions")) decisions = c.getN();
        }
        if (prev == null || decisions == null) return null;
        long x = change.getN();
        if (prev - x == decisions) return "减";
        if (prev + x == decisions) return "加";
        return null;
    }

    /** what a message says of an implied direction */
    public static String directionNote(String implied) {
        return implied == null ? "其他单元格也不能说明方向" : "由上一年项目数量与处理决定数量推断应为“" + implied + "”";
    }

    /**
     * the words the table of section 二, 三 or 四 cannot be without: when they stand in the section's text,
     * the table is there but could not be rebuilt (a layout the reader does not know), which is not a defect
     * of the report
     */
    public static boolean tableWords(int number, String text) {
        if (text == null) return false;
        switch (number) {
            case 2: return text.contains("第二十条") || text.contains("信息内容") && text.contains("行政许可");
            case 3: return text.contains("本年新收") || text.contains("上年结转") || text.contains("结转下年度")
                || text.contains("申请人情况") || text.contains("勾稽关系");
            // the header words, also when a copy from a PDF splits them over lines (结果 / 维持)
            case 4: return text.contains("结果维持") || text.contains("尚未审结") || text.contains("复议后起诉")
                || text.contains("直接起诉") || text.contains("维持") && text.contains("纠正") && text.contains("审结");
            default: return false;
        }
    }

    /** the lead-in words' patterns, by the parameter's text (a rule set holds one or two) */
    private static final java.util.Map<String, Pattern> LEAD_INS = new java.util.concurrent.ConcurrentHashMap<>();
    /** what ends a sentence, and the punctuation a lead-in may end in */
    private static final String SENTENCE_END = "。；;！!？?\n";
    private static final String TRAILING = "。：:；;，,.！!？? \t\n";

    /**
     * the section's last sentence when it leads in to a table ("具体情况如下：", "详见下表。", "见附表"), else null:
     * a section that ends so with no table after it points at a table the reader did not find (a picture, an
     * attachment, a frame of the page), not at a report without one. The words are the parameter's value
     * ({@code sec004.leadInWords} in rules/parameters.csv, alternatives apart by |), else the rule's default.
     */
    public static String leadIn(String text, List<?> param, String dflt) {
        if (text == null) return null;
        String words = param.isEmpty() ? dflt : String.valueOf(param.get(0));
        Pattern leadIn = LEAD_INS.computeIfAbsent(words, w -> Pattern.compile(java.util.Arrays.stream(w.split("\\|"))
            .map(String::strip).filter(x -> !x.isEmpty()).map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"))));
        String t = text.strip();
        int end = t.length();
        while (end > 0 && TRAILING.indexOf(t.charAt(end - 1)) >= 0) end--;
        int start = end;
        while (start > 0 && SENTENCE_END.indexOf(t.charAt(start - 1)) < 0) start--;
        return end > start && leadIn.matcher(t.substring(start, end)).find() ? t.substring(start).strip() : null;
    }
}
