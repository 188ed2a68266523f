package org.ogicheck.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogicheck.model.Value;
import org.ogicheck.model.Layout;
import org.ogicheck.model.CellText;
import org.ogicheck.model.Text;

/**
 * Tables copied from pages and PDF viewers that give no TAB: each label on a line of its own and the
 * row's numbers on the next line(s), apart by spaces or one a line. The tables of the report format
 * are rebuilt from such lines as TAB rows, a row being its label lines and the values after them (the
 * labels part the rows, so no value can slip into another row). A row's numbers are read as its
 * columns only when their count is exactly the number of columns the table's header names (第二十条
 * blocks) or the format's (section 三: 7): a row with another count is given to the parser as read,
 * which makes it a layout issue of the parser and withholds its cells, so no rule judges a number whose
 * column is unknown. Section 四 has one data row of 15 numbers and no labels: it is rebuilt only when
 * exactly 15 numbers follow its header, else left as lines (the rule of the missing table then says, as a WARNING, that the
 * table words are there but the table was not read).
 * <ul>
 * <li>第二十条第（X）项, 信息内容, one line per column header, then for each row its label and its numbers;</li>
 * <li>the line with 勾稽 (or 申请人情况), the header words, then each row's labels (三、本年度办理结果,
 * （一）予以公开 …) and its 7 numbers, up to the row 四、结转下年度继续办理;</li>
 * <li>行政复议, 行政诉讼 and the header words, then the 15 numbers of the data row.</li>
 * </ul>
 * Lines that are already rows (TAB or {@code |}) are never part of such a table.
 */
final class LabelRows {
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[ \\t\\u3000]+");
    private static final Pattern APP_ROW_START = Pattern.compile("^[一二三四][、.．]");
    /** what begins a row label of section 三: 一、 （三） 2. */
    private static final Pattern SUB_ITEM = Pattern.compile("^\\d+[.．、]");
    /** a label with a number run into its end: a Han character or a closing bracket, then the digits */
    private static final Pattern GLUED = Pattern.compile("(.*[\\p{IsHan}）)”’」》])(\\d+(?:\\.\\d+)?)");
    private static final Pattern MARKER = Pattern.compile("^(?:\\d+[.．、]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)");
    private static final int APP_NUMBERS = Layout.APP_COLUMNS.size();
    private static final int LIT_NUMBERS = Layout.LIT_ROWS.size() * Layout.LIT_COLUMNS.size();
    private static final int LIT_HEADER_LINES = 60;

    private LabelRows() {
    }

    /** the lines with every table given as labels then numbers rebuilt as TAB rows */
    static List<PastedText.Line> rebuild(List<PastedText.Line> in) {
        List<PastedText.Line> out = new ArrayList<>();
        int i = 0;
        while (i < in.size()) {
            Rebuilt r = null;
            if (plain(in.get(i))) {
                String t = Text.norm(in.get(i).text());
                if (a20Start(t)) r = a20(in, i);
                else if (appStart(t)) r = app(in, i);
                else if (litStart(in.get(i).text())) r = lit(in, i);
                // a corner name (项目) opens it when a group's name follows
                boolean corner = LIT_CORNER.equals(litName(t)) && i + 1 < in.size() && LIT_GROUP.equals(litName(Text.norm(in.get(i + 1).text())));
                if (r == null && (corner || LIT_GROUP.equals(litName(t)) || LIT_CAPTION.equals(litName(t)))) {
                    r = litShaped(in, i);
                }
            }
            if (r == null) {
                out.add(in.get(i));
                i++;
            } else {
                out.addAll(r.lines);
                i = r.next;
            }
        }
        return out;
    }

    /** whether a line (its text as written) is where this class rebuilds a table from: a 第二十条 caption, table 三's or 四's header */
    static boolean opensTable(String line) {
        String t = Text.norm(line);
        return a20Start(t) || appStart(t) || litStart(line);
    }

    private static boolean a20Start(String norm) {
        return Layout.a20Item(norm) != null && norm.length() <= 40 || Layout.a20CaptionAlone(norm);
    }

    private static boolean appStart(String norm) {
        return norm.contains("勾稽") || norm.equals("申请人情况");
    }

    private static boolean litStart(String line) {
        return Text.norm(line).equals("行政复议") || litHeader(line);
    }

    /** the rows rebuilt from in[from, next) */
    private record Rebuilt(List<PastedText.Line> lines, int next) {
    }

    /** a line that is not a row already (a | inside […], an annotation, does not make a row) */
    private static boolean plain(PastedText.Line l) {
        return !l.isTabRow() && (l.text().indexOf('|') < 0 || TextReader.splitRow(l.text()).size() <= 1);
    }

    /** the values of a line made only of values (numbers or dashes apart by spaces), or null */
    static List<String> values(String line) {
        String s = line.strip();
        if (s.isEmpty()) return null;
        // a cell no reader can split (run-together digits with a note): one cell, read as unreadable
        if (CellText.read(s).getKind() == Value.Kind.UNREADABLE && (Character.isDigit(s.charAt(0)) || s.matches("[?？]+"))
            && !Text.hasHan(s.replaceAll("\\[.*", ""))) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>();
        for (String tok : TOKEN_SPLIT.split(s)) {
            Value v = CellText.read(tok);
            if (!v.isNumeric() && v.getKind() != Value.Kind.DASH) {
                // one number with its remark: 22（其中修订 16 件）
                return CellText.read(s).isNumeric() && Character.isDigit(s.charAt(0)) ? List.of(s) : null;
            }
            out.add(tok);
        }
        return out;
    }

    /** 第二十条第（X）项 / 信息内容 / headers / (label / numbers)+ */
    private static Rebuilt a20(List<PastedText.Line> in, int at) {
        String item = Layout.a20Item(Text.norm(in.get(at).text()));
        int i = at + 1;
        // a page number (- 2 -) between the item line and its header: a PDF viewer's copy
        if (i < in.size() && plain(in.get(i)) && pageNumber(in.get(i).text()) && i + 1 < in.size()
            && Text.norm(in.get(i + 1).text()).startsWith("信息内容")) {
            i++;
        }
        if (i >= in.size() || !plain(in.get(i))) return null;
        List<String> headers = new ArrayList<>();
        String head = in.get(i).text().strip();
        if (Text.norm(head).startsWith("信息内容") && !Text.norm(head).equals("信息内容")) {
            // a PDF viewer's copy: the header one line, its column names apart by spaces
            List<String> parts = head.startsWith("信息内容") ? headerParts(head.substring(4)) : null;
            if (parts == null || parts.isEmpty()) return null;
            headers.addAll(parts);
        } else if (!Text.norm(head).equals("信息内容")) {
            return null;
        }
        PastedText.Line headerLine = in.get(i);
        i++;
        List<PastedText.Line> notes = new ArrayList<>();
        boolean oneLine = !headers.isEmpty();
        while (!oneLine && i < in.size() && plain(in.get(i)) && values(in.get(i).text()) == null
            && !a20Row(item, in.get(i))) {
            if (in.get(i).text().strip().startsWith("[")) {
                // an annotation ([…]) between the header and the rows stays a line of its own
                notes.add(in.get(i));
                i++;
                continue;
            }
            List<String> parts = headerParts(in.get(i).text());
            if (parts == null) return null;
            headers.addAll(parts);
            i++;
        }
        if (headers.isEmpty()) return null;
        headers = brokenNames(headers);
        List<PastedText.Line> out = new ArrayList<>();
        out.add(in.get(at));
        out.add(new PastedText.Line("信息内容\t" + String.join("\t", headers), headerLine.lineNo()));
        out.addAll(notes);
        // numbers right after the header, before any row label: a row whose label the copy lost (规章 of a block
        // whose first label is 行政规范性文件)
        int unlabelled = i;
        while (i < in.size() && plain(in.get(i)) && values(in.get(i).text()) != null) i++;
        out.addAll(firstRowByPlace(in.subList(unlabelled, i), i < in.size() ? in.get(i) : null, headers.size()));
        int rows = 0;
        while (i < in.size() && plain(in.get(i)) && (a20Row(item, in.get(i)) || inlineA20Row(item, in.get(i)))) {
            PastedText.Line label = in.get(i);
            i++;
            List<String> numbers = new ArrayList<>();
            Inline one = row(label.text());
            if (one != null && a20Row(item, new PastedText.Line(one.label(), label.lineNo()))) {
                // LABEL n … n on one line (a PDF viewer's copy): the row's numbers are those of its line
                label = new PastedText.Line(one.label(), label.lineNo());
                numbers.addAll(one.values());
                out.add(new PastedText.Line(label.text() + "\t" + String.join("\t", fit(numbers, headers.size())), label.lineNo()));
                rows++;
                continue;
            }
            while (i < in.size() && plain(in.get(i)) && values(in.get(i).text()) != null) {
                numbers.addAll(values(in.get(i).text()));
                i++;
            }
            out.add(new PastedText.Line(label.text().strip() + "\t" + String.join("\t", fit(numbers, headers.size())),
                label.lineNo()));
            rows++;
        }
        return rows == 0 ? null : new Rebuilt(out, i);
    }

    /**
     * The numbers between a block's header and its first row label as the block's first row, when that label is the
     * second of the format's rows for its block (行政规范性文件 after 规章, 行政强制 after 行政处罚) and the numbers are
     * exactly one a column: by the format the one row that stands there. Else the lines as they are, which no table
     * reads.
     */
    private static List<PastedText.Line> firstRowByPlace(List<PastedText.Line> numbers, PastedText.Line next, int columns) {
        if (numbers.isEmpty() || next == null) return numbers;
        String key = Layout.a20RowKey(null, Text.norm(next.text()));
        List<String[]> rows = key == null ? List.of() : Layout.a20Rows(Layout.a20ItemOfRow(key));
        List<String> values = new ArrayList<>();
        for (PastedText.Line l : numbers) values.addAll(values(l.text()));
        if (rows.size() < 2 || !rows.get(1)[0].equals(key) || values.size() != columns) return numbers;
        return List.of(new PastedText.Line(rows.get(0)[1] + "\t" + String.join("\t", values), numbers.get(0).lineNo()));
    }

    /** a row given as LABEL n … n on one line whose label is a row label of the block */
    private static boolean inlineA20Row(String item, PastedText.Line l) {
        Inline one = row(l.text());
        return one != null && a20Row(item, new PastedText.Line(one.label(), l.lineNo()));
    }

    /** a line's label and the values that end it (LABEL n … n, at least one value), or null */
    record Inline(String label, List<String> values) {
    }

    /** the label and the trailing values of a line LABEL n … n (values apart by spaces), or null */
    static Inline inline(String line) {
        return inline(line, false);
    }

    /**
     * a table row's label and values as {@link #inline(String)}, and also when the first value is run into the
     * label (规章000, 行政许可12, （七）总计2932 53 …: a crawler's or a copy's text that lost the space). Only
     * where a table's rows are read: a paragraph line may end in a number as well.
     */
    static Inline row(String line) {
        return inline(line, true);
    }

    private static Inline inline(String line, boolean glued) {
        String[] toks = TOKEN_SPLIT.split(line.strip());
        int k = toks.length;
        while (k > 0) {
            Value v = CellText.read(toks[k - 1]);
            if (!v.isNumeric() && v.getKind() != Value.Kind.DASH) break;
            k--;
        }
        List<String> values = new ArrayList<>(List.of(toks).subList(k, toks.length));
        List<String> labels = new ArrayList<>(List.of(toks).subList(0, k));
        Matcher m = glued && k > 0 ? GLUED.matcher(toks[k - 1]) : null;
        if (m != null && m.matches()) {
            labels.set(k - 1, m.group(1));
            values.add(0, m.group(2));
        }
        if (values.isEmpty() || labels.isEmpty()) return null;
        String label = String.join(" ", labels);
        if (!Text.hasHan(label)) return null;
        return new Inline(label, values);
    }

    /** a page number as a PDF viewer copies it: - 2 - */
    static boolean pageNumber(String line) {
        return line.strip().matches("[-－—]\\s*\\d{1,3}\\s*[-－—]");
    }

    /** a row label of a 第二十条 block (本年收费金额 names a column, 行政事业性收费 a row) */
    private static boolean a20Row(String item, PastedText.Line l) {
        String t = Text.norm(l.text());
        return t.length() <= 30 && Layout.a20ColumnKey(t) == null && Layout.a20RowKey(item, t) != null;
    }

    /** a header line: one column name, or several apart by spaces when each names a column */
    private static List<String> headerParts(String line) {
        String s = line.strip();
        List<String> joined = Layout.a20RunTogether(Text.norm(s));
        if (joined != null) return joined;
        if (Layout.a20ColumnKey(Text.norm(s)) != null && !s.contains(" ")) return List.of(s);
        List<String> parts = new ArrayList<>();
        for (String p : brokenNames(List.of(TOKEN_SPLIT.split(s)))) {
            if (Layout.a20ColumnKey(Text.norm(p)) == null) {
                // a name the format does not know: one column only when it is the whole line
                return parts.isEmpty() && !s.contains(" ") && s.length() <= 20 ? List.of(s) : null;
            }
            parts.add(p);
        }
        return parts;
    }

    /**
     * column names broken in two (a {@code <br>} in the cell: "本年新" / "制作数量", on two lines or apart by a space)
     * joined again where neither part names a column and the two together do
     */
    private static List<String> brokenNames(List<String> names) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            String h = names.get(k);
            String next = k + 1 < names.size() ? names.get(k + 1) : null;
            if (next != null && Layout.a20ColumnKey(Text.norm(h)) == null && Layout.a20ColumnKey(Text.norm(next)) == null
                && Layout.a20ColumnKey(Text.norm(h + next)) != null) {
                out.add(h + next);
                k++;
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /** 勾稽… / header words / (labels / 7 numbers)+ up to 四、结转下年度继续办理 */
    private static Rebuilt app(List<PastedText.Line> in, int at) {
        List<PastedText.Line> out = new ArrayList<>();
        int i = at;
        List<String> header = new ArrayList<>();
        while (i < in.size() && plain(in.get(i)) && values(in.get(i).text()) == null
            && !APP_ROW_START.matcher(Text.norm(in.get(i).text())).find()) {
            header.add(in.get(i).text().strip());
            i++;
            if (header.size() > 20) return null;
        }
        if (!String.join("", header).contains("自然人")) return null;
        out.add(new PastedText.Line(String.join("\t", joinBroken(header)), in.get(at).lineNo()));
        Inline firstRow = i < in.size() && plain(in.get(i)) ? row(in.get(i).text()) : null;
        if (firstRow != null && APP_ROW_START.matcher(Text.norm(firstRow.label())).find()) return appCopied(in, i, out);
        boolean last = false;
        int[] group = {0};
        List<AppRow> rows = new ArrayList<>();
        while (!last && i < in.size()) {
            List<String> labels = new ArrayList<>();
            int first = i;
            while (i < in.size() && plain(in.get(i)) && values(in.get(i).text()) == null) {
                String l = in.get(i).text().strip();
                // a row whose cells are all blank has no numbers in such a copy: the next row's label ends it
                if (!labels.isEmpty() && !open(labels.get(labels.size() - 1)) && startsRow(labels, l)
                    && appKey(labels, new int[] {group[0]}) != null) {
                    break;
                }
                // a sentence, or more labels than a row has: the table ended before its last row
                if (l.length() > 60 || l.endsWith("。") || labels.size() == 3) {
                    i = first;
                    labels.clear();
                    break;
                }
                // a label broken over two lines: its bracket is still open
                if (!labels.isEmpty() && open(labels.get(labels.size() - 1))) {
                    labels.set(labels.size() - 1, labels.get(labels.size() - 1) + l);
                } else {
                    labels.add(l);
                }
                i++;
            }
            if (labels.isEmpty()) break;
            String key = appKey(labels, group);
            if (key != null && List.of("received", "carriedIn", "total", "carriedOut").contains(key)) group[0] = 0;
            ValueLines numbers = new ValueLines();
            while (i < in.size() && plain(in.get(i)) && values(in.get(i).text()) != null) {
                numbers.add(values(in.get(i).text()), in.get(i).lineNo());
                i++;
            }
            List<String> notes = new ArrayList<>();
            // an annotation ([…]) after the numbers belongs to the row, as in the text reports
            while (i < in.size() && plain(in.get(i)) && in.get(i).text().strip().startsWith("[")) notes.add(in.get(i++).text().strip());
            rows.add(new AppRow(labels, numbers, notes, in.get(first).lineNo()));
            last = Text.norm(labels.get(labels.size() - 1)).contains("结转下年");
        }
        // a table that ends before its last row (四、结转下年度继续办理) is not this layout: the lines stay lines
        if (!last || rows.isEmpty()) return null;
        boolean endsText = true;
        for (int k = i; k < in.size() && endsText; k++) endsText = in.get(k).text().isBlank();
        boolean blankLinesAreCells = ValueLines.blankLinesAreCells(rows.stream().map(AppRow::numbers).toList(), APP_NUMBERS, endsText);
        for (AppRow r : rows) {
            List<String> row = new ArrayList<>(r.labels());
            row.addAll(fit(blankLinesAreCells ? r.numbers().withBlanks() : r.numbers().values(), APP_NUMBERS));
            row.addAll(r.notes());
            out.add(new PastedText.Line(String.join("\t", row), r.lineNo()));
        }
        return new Rebuilt(out, i);
    }

    private record AppRow(List<String> labels, ValueLines numbers, List<String> notes, int lineNo) {
    }

    /**
     * The numbers of a row given one a line, and the same with the blank lines between them as empty cells.
     * A table exported cell by cell (LibreOffice's text of a page or a Word file) writes an empty cell as an
     * empty paragraph: "26" / "" / "" / "" / "" / "" / "26" is a row of 7 cells, five of them blank. Text
     * whose lines are apart by blank lines (spacing, not cells) looks alike, so the blank lines are cells only
     * when that reading gives every row with numbers exactly its columns, and no row has them without it — but the
     * row a text stops in, which the cut left short (its row then unreadable, the cut's).
     */
    static final class ValueLines {
        private final List<String> values = new ArrayList<>();
        private final List<String> withBlanks = new ArrayList<>();
        private boolean onePerLine = true;
        private int lastLine = -1;

        void add(List<String> line, int lineNo) {
            if (line.size() != 1) onePerLine = false;
            for (int b = lastLine < 0 ? 0 : lineNo - lastLine - 1; b > 0; b--) withBlanks.add("");
            values.addAll(line);
            withBlanks.addAll(line);
            lastLine = lineNo;
        }

        List<String> values() {
            return values;
        }

        List<String> withBlanks() {
            return withBlanks;
        }

        static boolean blankLinesAreCells(List<ValueLines> rows, int columns, boolean endsText) {
            boolean used = false;
            for (int k = 0; k < rows.size(); k++) {
                ValueLines r = rows.get(k);
                if (r.values.isEmpty()) continue;
                // the row the text stops in (a cut) lost its last cells: fewer, never more, and the other rows decide
                boolean cut = endsText && k == rows.size() - 1 && r.withBlanks.size() < columns;
                if (!r.onePerLine || r.withBlanks.size() != columns && !cut) return false;
                if (r.values.size() != columns && !cut) used = true;
            }
            return used;
        }
    }

    /** the characters of the group label 三、本年度办理结果 that a PDF viewer copies one a line, or before a row's label */
    private static final String VERTICAL = "三、本年度办理结果";
    private static final List<String> GROUPS = List.of("（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理");
    private static final Pattern ROW_MARK = Pattern.compile("^(?:[一二四][、.．]|[（(][一二七][）)]|\\d[.．、])");

    /** a piece of the label column of table 三 that is no row's own label: 三、 / 本 / （三）不 / 予公开 / 法提供, or 三、本年度办理结果 whole */
    private static boolean groupPiece(String tok) {
        if (tok.isEmpty() || Text.norm(tok).equals(Text.norm(VERTICAL))) return true;
        if (tok.length() <= 2 && tok.chars().allMatch(c -> VERTICAL.indexOf(c) >= 0)) return true;
        for (String g : GROUPS) {
            if (tok.length() >= 2 && (g.startsWith(tok) || g.endsWith(tok))) return true;
        }
        return false;
    }

    /** a label fragment without the pieces of the group columns before it (三 2.… / 法提供 2.… / 理（三）不予公开) */
    private static String ownLabel(String label) {
        List<String> toks = new ArrayList<>(List.of(TOKEN_SPLIT.split(label.strip())));
        while (!toks.isEmpty()) {
            String t = toks.get(0);
            if (groupPiece(t)) {
                toks.remove(0);
            } else if (t.length() > 1 && VERTICAL.indexOf(t.charAt(0)) >= 0 && t.charAt(0) != '三' && groupPiece(t.substring(1))) {
                toks.remove(0);
            } else if (t.length() > 1 && VERTICAL.indexOf(t.charAt(0)) >= 0 && ROW_MARK.matcher(t.substring(1)).find()) {
                toks.set(0, t.substring(1));
                break;
            } else {
                break;
            }
        }
        return String.join(" ", toks);
    }

    /** one row of a copied table 三: its label and its values */
    private static final class CopiedRow {
        final StringBuilder label;
        final int lineNo;
        List<String> values;

        CopiedRow(String label, int lineNo) {
            this.label = new StringBuilder(label);
            this.lineNo = lineNo;
        }
    }

    /**
     * The header's column names as cells: a name broken over two lines ("商业" / "企业", a cell exported
     * paragraph by paragraph) is one cell again when the two lines together are a column of the format
     * and neither is one alone.
     */
    static List<String> joinBroken(List<String> header) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < header.size(); k++) {
            String h = header.get(k);
            String next = k + 1 < header.size() ? header.get(k + 1) : "";
            String both = Text.norm(h + next);
            if (!next.isEmpty() && Layout.APP_COLUMN_LABELS.contains(both)
                && !Layout.APP_COLUMN_LABELS.contains(Text.norm(h)) && !Layout.APP_COLUMN_LABELS.contains(Text.norm(next))) {
                out.add(h + next);
                k++;
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * table 三 as a PDF viewer copies it: each row LABEL n … n on one line (or its numbers on a line of their
     * own between the parts of a wrapped label), the group labels （三）…（六） and 三、本年度办理结果 broken
     * over the lines of the rows beside them. A line's numbers go to the one row whose label has no numbers
     * yet (two such rows: which has them cannot be told, the table is not rebuilt); a label part without a
     * row marker continues the row before it. The groups are told by the numbering of their items (1. … 8.,
     * 1. … 3., 1. … 5., then （六） as one row or its items 1、… 3、): a table of another shape is not rebuilt.
     */
    private static Rebuilt appCopied(List<PastedText.Line> in, int from, List<PastedText.Line> out) {
        List<CopiedRow> rows = new ArrayList<>();
        int i = from;
        boolean last = false;
        while (!last && i < in.size() && plain(in.get(i))) {
            PastedText.Line line = in.get(i);
            String text = line.text().strip();
            i++;
            if (pageNumber(text)) continue;
            List<String> only = values(text);
            Inline one = only == null ? row(text) : null;
            String label = only != null ? "" : ownLabel(one != null ? one.label() : text);
            List<String> vals = only != null ? only : one != null ? one.values() : null;
            if (text.length() > 60 || text.endsWith("。")) return null;
            // （六）其他处理 with its numbers on its line is a row (the group as one row), not the group's label
            boolean six = one != null && Text.norm(one.label()).equals("(六)其他处理");
            if (six) label = one.label().strip();
            String norm = Text.norm(label);
            if (!label.isEmpty() && (ROW_MARK.matcher(norm).find() || six)) {
                rows.add(new CopiedRow(label, line.lineNo()));
            } else if (!label.isEmpty() && !groupPiece(norm) && !groupPiece(label)) {
                if (rows.isEmpty()) return null;
                CopiedRow prev = rows.get(rows.size() - 1);
                // a part without a marker continues the row before it (every row's label begins with its marker)
                prev.label.append(label);
            }
            if (vals != null) {
                CopiedRow open = null;
                for (CopiedRow r : rows) {
                    if (r.values != null) continue;
                    if (open != null) return null;
                    open = r;
                }
                if (open == null) return null;
                open.values = new ArrayList<>(vals);
                last = Text.norm(open.label.toString()).contains("结转下年");
            }
        }
        if (!last) return null;
        List<String> labels = new ArrayList<>();
        for (CopiedRow r : rows) labels.add(Text.norm(r.label.toString()));
        String[] groupOf = groups(labels);
        if (groupOf == null) return null;
        for (int k = 0; k < rows.size(); k++) {
            CopiedRow r = rows.get(k);
            List<String> cells = new ArrayList<>();
            if (groupOf[k] != null) cells.add(groupOf[k]);
            cells.add(r.label.toString());
            cells.addAll(fit(r.values == null ? List.of() : r.values, APP_NUMBERS));
            out.add(new PastedText.Line(String.join("\t", cells), r.lineNo));
        }
        return new Rebuilt(out, i);
    }

    /**
     * the group label to put before each row (at the first item of each group), or null when the rows are
     * not exactly 一、 二、 （一） （二）, items 1–8, 1–3, 1–5, （六） or its items 1–3, （七）, 四、
     */
    private static String[] groups(List<String> labels) {
        String[] out = new String[labels.size()];
        String[] head = {"^一[、.．].*新收.*", "^二[、.．].*上年结转.*", "^\\(一\\).*", "^\\(二\\).*部分公开.*"};
        int k = 0;
        for (String h : head) if (k >= labels.size() || !labels.get(k++).matches(h)) return null;
        int[] sizes = {8, 3, 5};
        for (int g = 0; g < 3; g++) {
            for (int n = 1; n <= sizes[g]; n++, k++) {
                if (k >= labels.size() || !labels.get(k).matches("^" + n + "[.．、].*")) return null;
                if (n == 1) out[k] = GROUPS.get(g);
            }
        }
        if (k < labels.size() && labels.get(k).startsWith("(六)其他处理")) {
            k++;
        } else {
            for (int n = 1; n <= 3; n++, k++) {
                if (k >= labels.size() || !labels.get(k).matches("^" + n + "[.．、].*")) return null;
                if (n == 1) out[k] = GROUPS.get(3);
            }
        }
        if (k >= labels.size() || !labels.get(k++).matches("^\\(七\\)总计.*")) return null;
        if (k >= labels.size() || !labels.get(k++).matches("^四[、.．].*结转下年.*")) return null;
        return k == labels.size() ? out : null;
    }

    /**
     * the row's values as its cells when their count is the number of columns, or when they are digits run
     * together that split into the columns one way only ({@link JoinedCells}); else as many cells that no
     * one can read (the values as written in the first, with a note): the parser makes the row a layout
     * issue and withholds it, so no number is put in a column it may not belong to
     */
    static List<String> fit(List<String> values, int columns) {
        if (values.size() == columns) return values;
        List<String> joined = JoinedCells.split(values, columns);
        if (joined != null) return joined;
        List<String> out = new ArrayList<>();
        String note = "[" + values.size() + "个数值，表头有" + columns + "列，无法确定各数值所在的列]";
        out.add(values.isEmpty() ? note : String.join(" ", values) + " " + note);
        while (out.size() < columns) out.add("[?]");
        return out;
    }

    /**
     * whether a label line begins another row than the labels before it: a 一、 or （三） label, or a
     * numbered sub-item (2.) after labels that already have one — not 1. right after its group （六）其他处理
     */
    private static boolean startsRow(List<String> labels, String line) {
        String t = Text.norm(line);
        if (!MARKER.matcher(t).find()) return false;
        if (!SUB_ITEM.matcher(t).find()) return true;
        for (String l : labels) if (SUB_ITEM.matcher(Text.norm(l)).find()) return true;
        return false;
    }

    /** the row key the labels name (the group in force updated as the parser does), or null */
    private static String appKey(List<String> labels, int[] group) {
        List<String> norm = new ArrayList<>();
        int g = group[0];
        for (String l : labels) {
            String t = Text.norm(l);
            norm.add(t);
            int lg = Layout.appGroup(t);
            if (lg > 0) g = lg;
        }
        group[0] = g;
        return Layout.appRowKey(norm, g);
    }

    private static boolean open(String label) {
        int depth = 0;
        for (char c : label.toCharArray()) {
            if (c == '（' || c == '(') depth++;
            else if ((c == '）' || c == ')') && depth > 0) depth--;
        }
        return depth > 0;
    }

    /** 行政复议 行政诉讼 on one line (a PDF viewer's copy of the header) */
    private static boolean litHeader(String line) {
        return TOKEN_SPLIT.splitAsStream(line.strip()).toList().equals(List.of("行政复议", "行政诉讼"));
    }

    /** a line of the words of a header split over lines, apart by spaces: 维持 纠正 结果 审结 … (no digit, no sentence) */
    private static boolean headerWords(String line) {
        if (line.length() > 80 || line.matches(".*[\\d。，；].*")) return false;
        for (String w : TOKEN_SPLIT.split(line)) if (w.length() > 8) return false;
        return true;
    }

    /** 行政复议 / 行政诉讼 / header words / 15 numbers */
    private static Rebuilt lit(List<PastedText.Line> in, int at) {
        int i = at;
        List<String> header = new ArrayList<>();
        while (i < in.size() && plain(in.get(i)) && values(in.get(i).text()) == null) {
            String l = in.get(i).text().strip();
            i++;
            if (l.length() > 20 && !headerWords(l)) return null;
            header.add(l);
            // 19 header cells, a cell's words broken over up to three lines ("结果" / "纠正")
            if (header.size() > LIT_HEADER_LINES) return null;
        }
        if (header.stream().noneMatch(h -> Text.norm(h).equals("行政诉讼") || litHeader(h))) return null;
        PastedText.Line numbersAt = i < in.size() ? in.get(i) : null;
        List<String> numbers = new ArrayList<>();
        while (i < in.size() && plain(in.get(i)) && values(in.get(i).text()) != null) {
            numbers.addAll(values(in.get(i).text()));
            i++;
        }
        List<String> cells = numbers.size() == LIT_NUMBERS ? numbers : JoinedCells.split(numbers, LIT_NUMBERS);
        if (cells == null) return null;
        List<PastedText.Line> out = new ArrayList<>();
        out.add(new PastedText.Line(String.join("\t", header), in.get(at).lineNo()));
        out.add(new PastedText.Line(String.join("\t", cells), numbersAt.lineNo()));
        return new Rebuilt(out, i);
    }

    /** what a line of table 四's header names: a group (行政复议, 行政诉讼, 未经复议直接起诉 …), a caption over a part, a result, a corner */
    private static final String LIT_GROUP = "group";
    private static final String LIT_CAPTION = "caption";
    private static final String LIT_RESULT = "result";
    private static final String LIT_CORNER = "corner";
    /** what no name of table 四 holds: a digit, a sentence's punctuation (2025年未发生行政复议。) */
    private static final Pattern LIT_NOT_A_NAME = Pattern.compile("[\\d。，；：、,;:!?！？]");
    /** a name of table 四's header broken over at most this many lines (未经复议 / 直接起诉) */
    private static final int LIT_NAME_LINES = 3;

    /** what a label of table 四 names (normalised text), or null when it is no name of that table */
    private static String litName(String norm) {
        if (norm.isEmpty() || norm.length() > 20) return null;
        if (Layout.LIT_COLUMN_LABELS.contains(norm)) return LIT_RESULT;
        boolean names = Layout.litRowKey(norm) != null || norm.contains("行政诉讼") && !norm.contains("行政复议");
        Matcher marker = MARKER.matcher(norm);
        boolean numbered = marker.lookingAt();
        if (LIT_NOT_A_NAME.matcher(numbered ? norm.substring(marker.end()) : norm).find()) return null;
        if (names) return numbered || norm.endsWith("情况") ? LIT_CAPTION : LIT_GROUP;
        return Layout.LIT_CORNER.matcher(norm).matches() ? LIT_CORNER : null;
    }

    /**
     * Table 四 in parts (a 行政复议 table and a 行政诉讼 table, or one per group, captions as lines or as header names) or
     * transposed (a row per result), copied as labels on lines and the numbers after them: each run of the table's
     * names and the values after it made rows as the table had them — the names a header row and the values its data
     * row, or, when only the last name is a result's (结果纠正 / 1 0 0), the names before it a header row and that
     * result the label of the values' row; a caption over a part a line of its own. Only names of table 四 (a name
     * broken over up to three lines joined when that makes one), and the values exactly the table's 15: anything
     * else is no such table (null), its lines stay lines. Which cells the rows give, exactly one way or none, is the
     * parser's reading of those shapes (LitShapes), as for the same table in any other form.
     */
    private static Rebuilt litShaped(List<PastedText.Line> in, int at) {
        List<PastedText.Line> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        int lineOfNames = in.get(at).lineNo();
        int count = 0;
        int i = at;
        while (count < LIT_NUMBERS) {
            if (i >= in.size() || !plain(in.get(i))) return null;
            String line = in.get(i).text().strip();
            if (line.isEmpty()) {
                i++;
                continue;
            }
            if (values(line) == null) {
                String norm = Text.norm(line);
                int used = 1;
                String kind = litName(norm);
                for (int k = i + 1; kind == null && k < in.size() && k < i + LIT_NAME_LINES && plain(in.get(k))
                    && values(in.get(k).text()) == null; k++) {
                    norm += Text.norm(in.get(k).text());
                    kind = litName(norm);
                    used = k - i + 1;
                }
                // one group's name broken where each half names it (未经复议 / 直接起诉): one name, as the group is one column
                while (LIT_GROUP.equals(kind) && i + used < in.size() && plain(in.get(i + used))) {
                    String next = Text.norm(in.get(i + used).text());
                    String key = Layout.litRowKey(norm);
                    if (key == null || !LIT_GROUP.equals(litName(next)) || !key.equals(Layout.litRowKey(next))) break;
                    norm += next;
                    used++;
                }
                if (kind == null) return null;
                String written = used == 1 ? line : norm;
                if (kind.equals(LIT_CAPTION)) {
                    if (!names.isEmpty()) return null;
                    out.add(new PastedText.Line(written, in.get(i).lineNo()));
                } else {
                    if (names.isEmpty()) lineOfNames = in.get(i).lineNo();
                    names.add(written);
                    kinds.add(kind);
                }
                i += used;
                continue;
            }
            if (names.isEmpty()) return null;
            int valuesAt = in.get(i).lineNo();
            List<String> row = new ArrayList<>();
            while (i < in.size() && plain(in.get(i)) && values(in.get(i).text()) != null) row.addAll(values(in.get(i++).text()));
            count += row.size();
            int n = names.size();
            boolean rowLabel = kinds.get(n - 1).equals(LIT_RESULT) && (n == 1 || !kinds.get(n - 2).equals(LIT_RESULT));
            List<String> header = rowLabel ? names.subList(0, n - 1) : names;
            if (header.size() == 1 || !rowLabel && row.size() < 2) return null;
            if (!header.isEmpty()) out.add(new PastedText.Line(String.join("\t", header), lineOfNames));
            if (rowLabel) row.add(0, names.get(n - 1));
            out.add(new PastedText.Line(String.join("\t", row), valuesAt));
            names.clear();
            kinds.clear();
        }
        return count == LIT_NUMBERS ? new Rebuilt(out, i) : null;
    }
}
