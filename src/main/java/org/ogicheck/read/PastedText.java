package org.ogicheck.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as people paste it, made into the logical lines the text reader reads. Three forms of a
 * copied table are recognised by their shape, not by any report's wording:
 * <ul>
 * <li>TAB-separated rows, one row a line (a table copied out of Excel or WPS; a page whose cells hold
 * bare text): kept as they are;</li>
 * <li>each cell on its own line with the TAB between cells on a line of its own, rows apart by a
 * run of blank lines (what a browser gives for a page whose cells hold paragraphs — Chromium's
 * {@code innerText}): the lines of one row are joined back, a TAB between cells. A line ending in a
 * TAB joins the next one only across a blank line (with none between, it is an Excel row whose last
 * cell is empty);</li>
 * <li>tables given as labels on lines of their own and the numbers on the next lines, apart by spaces
 * or one a line, with no TAB (pages and PDF viewers that copy so): rebuilt as TAB rows when every
 * row's count of numbers fits its columns exactly ({@link LabelRows});</li>
 * <li>text copied out of a PDF viewer: each table row LABEL n … n on one line, page numbers (- 2 -) between,
 * paragraphs broken where the page's lines broke ({@link LabelRows} rebuilds the rows, {@link #unwrap} the paragraphs);</li>
 * <li>each cell on a line of its own ending in {@code |} (some pages' text): made cells one a line ({@link #cellPerLine});</li>
 * <li>other lines without TABs: unchanged (narrative, headings, the site's navigation around the report).</li>
 * </ul>
 * Before that, the invisible characters of copied pages are made plain: NBSP, full-width and other
 * wide spaces become spaces, zero-width characters are dropped; a text written in Markdown is read as its plain
 * text ({@link Markdown}).
 */
final class PastedText {

    /** one logical line: its text (cells apart by TABs when it is a pasted row) and its first physical line */
    record Line(String text, int lineNo) {
        boolean isTabRow() {
            return text.indexOf('\t') >= 0;
        }
    }

    private PastedText() {
    }

    /** NBSP, U+3000 and the other wide spaces as spaces; zero-width characters and soft hyphens removed */
    static String plain(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            if (c == '\u00A0' || c == '\u3000' || c == '\u202F' || c == '\u205F' || (c >= '\u2000' && c <= '\u200A')) {
                r = ' ';
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                r = 0;
            }
            if (r == c && out == null) continue;
            if (out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            if (r != 0) out.append(r);
        }
        if (out == null) return s;
        return out.toString();
    }

    /** the logical lines of a text: blank lines dropped, the lines of a cell-per-line row joined */
    static List<Line> lines(String text) {
        String[] phys = cellPerLine(Markdown.plain(plain(text).split("\r\n|\r|\n", -1)));
        List<Line> out = new ArrayList<>();
        StringBuilder cur = null;
        int start = 0;
        int gap = 0; // blank lines since the last non-blank one
        boolean lastTabOnly = false; // the last line of cur is a TAB separator on a line of its own
        boolean lastEndsTab = false;
        boolean joined = false; // cur is a row of a browser copy, joined around its TABs
        boolean afterRow = false; // cur began two or more blank lines after a row of a browser copy: a row's first cell
        int lastTabOnlyGap = 0; // blank lines before the last TAB separator line
        int run = 0; // the most cells of a TAB row since the last line that is no TAB row: the width of the table being copied
        int widest = 0; // the most cells of any TAB row of the text
        for (String p : phys) widest = Math.max(widest, p.split("\t", -1).length);
        for (int i = 0; i < phys.length; i++) {
            String raw = phys[i];
            String line = stripSpaces(raw);
            if (line.isEmpty()) {
                gap++;
                continue;
            }
            boolean tabOnly = line.chars().allMatch(ch -> ch == '\t');
            boolean startsTab = line.charAt(0) == '\t';
            boolean endsTab = line.charAt(line.length() - 1) == '\t';
            if (cur != null && tabOnly && gap == 0 && emptyRow(cur, joined, line)) {
                // a row of empty cells right under a row as wide as it (Excel's, or a browser's copy of an empty row)
                run = Math.max(run(out, cur, start, run), cellCount(line));
                out.add(new Line(line, i + 1));
                cur = null;
                lastTabOnly = false;
                lastEndsTab = false;
                gap = 0;
                continue;
            }
            if (cur != null) {
                // a TAB separator on a line of its own joins the next line across a blank line, or at once when
                // it came at once after its cell (cells of <div>s); after a blank line and then at once, it was the
                // row's last (empty) cell and the next line is the next row
                boolean afterTabOnly = lastTabOnly && (gap > 0 || lastTabOnlyGap == 0);
                boolean aroundTab = afterTabOnly || tabOnly || (lastEndsTab && gap > 0 && openRow(cur, run, line))
                    || (startsTab && gap > 0);
                // paragraphs apart by blank lines and no TAB are not joined: the text after a table looks
                // the same as a second paragraph of its last cell, and reading it into the table is worse —
                // except where the browser's shape shows the line is inside the cell (secondParagraph)
                if (aroundTab) {
                    cur.append(line);
                    joined = true;
                } else if (gap == 0 && brokenRow(cur, line, widest)) {
                    cur.append(line);
                } else if (!lastTabOnly && !lastEndsTab && !startsTab && (joined || afterRow)
                    && secondParagraph(phys, i, gap, joined, endsTab, line)) {
                    cur.append('\n').append(line);
                } else {
                    run = run(out, cur, start, run);
                    afterRow = joined && gap >= 2;
                    cur = null;
                }
            }
            if (cur == null) {
                cur = new StringBuilder(line);
                start = i;
                joined = false;
            }
            if (tabOnly) lastTabOnlyGap = gap;
            lastTabOnly = tabOnly;
            lastEndsTab = endsTab;
            gap = 0;
        }
        if (cur != null) out.add(new Line(cur.toString(), start + 1));
        return unwrap(LabelRows.rebuild(runOn(out)));
    }

    /**
     * Tables run together on one line with the heading before them, their cells apart by single spaces (a crawler's text
     * of a page whose cells hold bare text: htq.gov.cn's 区农业农村局 2025 gives 二、主动公开政府信息情况 and tables 二 and 三 so):
     * such a line is parted where the format's labels begin — before each 第二十条 caption, 信息内容, table 三's note,
     * 申请人情况 and a numbered label (一、 …), after the column names, and after a row's numbers — into the lines
     * {@link LabelRows} rebuilds (a row's numbers only when their count is its columns'; any other line stays text, the
     * table unread). Only a line with two table openings (a caption, table 三's note) or more; one with an annotation
     * ([…], whose words and numbers would be parted as cells) is parted only before a section heading of the format and
     * around a table's opening, its tables left unread. Other lines are left as they are.
     */
    static List<Line> runOn(List<Line> in) {
        List<Line> out = new ArrayList<>(in.size());
        for (Line l : in) {
            String[] toks = l.isTabRow() || l.text().indexOf('|') >= 0 ? null : SPACES.split(l.text().strip());
            int openings = 0;
            if (toks != null) for (String t : toks) if (opening(t)) openings++;
            if (openings < 2) {
                out.add(l);
                continue;
            }
            boolean cells = l.text().indexOf('[') < 0;
            StringBuilder cur = new StringBuilder(toks[0]);
            for (int k = 1; k < toks.length; k++) {
                if (cells ? partsBefore(toks[k - 1], toks[k]) : sectionHeading(toks[k]) || opening(toks[k]) || opening(toks[k - 1])) {
                    out.add(new Line(cur.toString(), l.lineNo()));
                    cur.setLength(0);
                } else {
                    cur.append(' ');
                }
                cur.append(toks[k]);
            }
            out.add(new Line(cur.toString(), l.lineNo()));
        }
        return out;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ \\u3000]+");

    /** a 第二十条 caption or table 三's note (勾稽) */
    private static boolean opening(String tok) {
        String t = org.ogicheck.model.Text.norm(tok);
        return t.startsWith("第二十条") && org.ogicheck.model.Layout.a20Item(t) != null || t.contains("勾稽");
    }

    /** a section heading of the format as a token of its own: 三、收到和处理政府信息公开申请情况 */
    private static boolean sectionHeading(String tok) {
        String t = org.ogicheck.model.Text.norm(tok);
        for (int n = 1; n < org.ogicheck.model.Section.OFFICIAL.length; n++) {
            if (t.equals(org.ogicheck.model.Section.NUMERALS[n] + "、" + org.ogicheck.model.Section.OFFICIAL[n])) return true;
        }
        return false;
    }

    /** whether a run-on table line is parted between two of its tokens (see {@link #runOn}) */
    private static boolean partsBefore(String prev, String tok) {
        String t = org.ogicheck.model.Text.norm(tok);
        String p = org.ogicheck.model.Text.norm(prev);
        if (opening(tok) || t.equals("信息内容") || t.equals("申请人情况") || p.equals("申请人情况") || TOP_NUMBERED.matcher(t).find()) return true;
        if (numberOrBlank(tok)) return false;
        return numberOrBlank(prev) || org.ogicheck.model.Layout.a20ColumnKey(p) != null && org.ogicheck.model.Layout.a20ColumnKey(t) == null;
    }

    /**
     * A table copied with each cell on a line of its own ending in {@code |} ("信息内容 |", "本年制发件数 |", "0 |"),
     * rows apart by a line of bars only ("|", "||||") or not at all, as some pages' text gives it: when most lines
     * with a bar are such, the cells are made plain lines and the bar lines blank, so that the table is rebuilt
     * from its labels and numbers like any copy of cells one a line ({@link LabelRows}: a row's numbers only
     * when their count is its number of columns). Twenty such lines, or six when one of them opens a table of the
     * format (its caption or header: a page cut inside its first table shows few). Other texts are left as they are.
     */
    private static final int MIN_CELLS = 20;
    /** a table's caption and a row or two: the opening of a page cut inside its first table (suibin.gov.cn's 连生乡 2025) */
    private static final int MIN_CELLS_WITH_CAPTION = 6;

    static String[] cellPerLine(String[] phys) {
        int bars = 0;
        int single = 0;
        boolean caption = false; // a cell that opens a table of the format (a page cut short shows few cells, but this one)
        for (String p : phys) {
            if (p.indexOf('|') < 0) continue;
            bars++;
            if (barsOnly(p)) single++;
            else if (oneCell(p)) {
                single++;
                caption |= LabelRows.opensTable(cellText(p));
            }
        }
        if (single < (caption ? MIN_CELLS_WITH_CAPTION : MIN_CELLS) || single * 5 < bars * 4) return phys;
        String[] out = new String[phys.length];
        for (int i = 0; i < phys.length; i++) {
            String t = phys[i].strip();
            out[i] = barsOnly(t) ? "" : oneCell(t) ? cellText(t) : phys[i];
        }
        return out;
    }

    /** the cell of a line "cell |" */
    private static String cellText(String line) {
        String t = line.strip();
        return t.substring(0, t.length() - 1).strip();
    }

    private static boolean barsOnly(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.chars().allMatch(c -> c == '|');
    }

    private static boolean oneCell(String line) {
        String t = line.strip();
        return t.length() > 1 && t.indexOf('|') == t.length() - 1;
    }

    /**
     * adds the logical line cur to out; gives the width of the table being copied after it: the most cells of its
     * rows so far ({@code run} before it), 0 after a line that is no TAB row
     */
    private static int run(List<Line> out, CharSequence cur, int start, int run) {
        Line l = new Line(cur.toString(), start + 1);
        out.add(l);
        return l.isTabRow() ? Math.max(run, cellCount(l.text())) : 0;
    }

    private static int cellCount(CharSequence line) {
        return line.toString().split("\t", -1).length;
    }

    /**
     * whether a TAB line right under cur is a row of empty cells: cur is one TAB row as copied (not cells one a
     * line) and the empty row has its width, or more — what Excel and a browser give for an empty row of a table
     */
    private static boolean emptyRow(CharSequence cur, boolean joined, String tabs) {
        String c = cur.toString();
        // or wider: a data row of blank cells under a header whose merged cells a browser copies once (table 四's 15
        // under a header row of 10); a TAB between a cell's paragraphs stands alone, never three cells wide
        int n = cellCount(tabs);
        return !joined && c.indexOf('\t') >= 0 && c.indexOf('\n') < 0 && (cellCount(c) == n || n > cellCount(c) && n >= 3);
    }

    /**
     * whether a row ending in a TAB goes on with the line after a blank line (a browser's copy of a cell of
     * paragraphs after a cell of bare text). Not when the row is already as wide as the rows above it (its last
     * cell is empty: the table has ended) nor when that line begins 一、 二、 … (a section heading, or the first
     * label of a row, which never comes after a TAB).
     */
    private static boolean openRow(CharSequence cur, int run, String line) {
        if (TOP_NUMBERED.matcher(line).find()) return false;
        return run == 0 || cellCount(cur) < run;
    }

    /** 一、 二、 …: what begins a section heading or a row's first label, never the rest of a row */
    private static final java.util.regex.Pattern TOP_NUMBERED = java.util.regex.Pattern.compile("^\\s*[一二三四五六七八九十]+[、.．]");

    /**
     * whether a line that starts with a TAB and holds only numbers goes on the TAB row before it: a {@code <br>}
     * after a number inside a cell (a page whose cells have no paragraphs, copied as TAB rows) breaks the row's
     * line before the TAB to its next cell ("一、本年新收…⇥80⇥1" then "⇥0⇥0⇥0⇥0⇥81"). Only when the row before
     * ends in a number and the two together are no wider than the widest row of the text (a row under a label
     * merged over two rows, as Excel copies it, is as wide as the others: joined, it would be too wide).
     */
    private static boolean brokenRow(CharSequence cur, String line, int widest) {
        if (line.charAt(0) != '\t' || line.chars().allMatch(ch -> ch == '\t')) return false;
        String prev = cur.toString();
        if (prev.indexOf('\t') < 0 || prev.indexOf('\n') >= 0) return false;
        String[] before = prev.split("\t", -1);
        String[] after = line.substring(1).split("\t", -1);
        if (before[before.length - 1].isBlank() || !numberOrBlank(before[before.length - 1])) return false;
        boolean anyNumber = false;
        for (String c : after) {
            if (!numberOrBlank(c)) return false;
            anyNumber |= !c.isBlank();
        }
        return anyNumber && before.length + after.length <= widest;
    }

    /** a cell read as a number, a blank or a dash, as every reader reads cells ({@link org.ogicheck.model.CellText}) */
    private static boolean numberOrBlank(String cell) {
        org.ogicheck.model.Value.Kind k = org.ogicheck.model.CellText.read(cell).getKind();
        return k != org.ogicheck.model.Value.Kind.TEXT && k != org.ogicheck.model.Value.Kind.UNREADABLE;
    }

    private static final java.util.regex.Pattern LINE_START_MARK =
        java.util.regex.Pattern.compile("^(?:\\d+[.．、]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节条])");

    /** the width a line takes on a page: a Han or full-width character two, an ASCII one */
    private static int width(String s) {
        int w = 0;
        for (int k = 0; k < s.length(); k++) w += s.charAt(k) < 0x7F ? 1 : 2;
        return w;
    }

    /**
     * the paragraphs of a text copied out of a PDF viewer, whose lines break where the page's lines do: when
     * at least 8 lines have one same width (the page's, 40 or more), a plain line about that wide that does
     * not end a sentence (。！？) is joined with the plain line after it, unless that one begins a heading or
     * an item (一、 （二） 3.), is a page number or ends in numbers (a table row). Texts of other shapes
     * (one paragraph a line) are left as they are.
     */
    static List<Line> unwrap(List<Line> in) {
        java.util.Map<Integer, Integer> count = new java.util.HashMap<>();
        for (Line l : in) if (!l.isTabRow() && width(l.text()) >= 40) count.merge(width(l.text()), 1, Integer::sum);
        int page = 0;
        int most = 0;
        for (var e : count.entrySet()) if (e.getValue() > most) {
            most = e.getValue();
            page = e.getKey();
        }
        if (most < 8) return in;
        List<Line> out = new ArrayList<>();
        Line lastPhysical = null; // the page's line the paragraph so far ends with
        for (Line l : in) {
            if (lastPhysical != null && wraps(lastPhysical, page) && continues(l)) {
                Line prev = out.remove(out.size() - 1);
                out.add(new Line(prev.text() + l.text().strip(), prev.lineNo()));
            } else {
                out.add(l);
            }
            lastPhysical = l;
        }
        return out;
    }

    private static boolean wraps(Line l, int page) {
        String t = l.text().strip();
        int w = width(t);
        return !l.isTabRow() && w >= page - 8 && w <= page + 4 && !t.matches(".*[。！？!?]$") && plainText(t);
    }

    private static boolean continues(Line l) {
        String t = l.text().strip();
        return !l.isTabRow() && !t.isEmpty() && !LINE_START_MARK.matcher(t).find() && plainText(t);
    }

    /** text, not a page number, a table row (ending in numbers) or a line of header words apart by spaces */
    private static boolean plainText(String t) {
        if (LabelRows.pageNumber(t) || LabelRows.values(t) != null || LabelRows.inline(t) != null) return false;
        return t.chars().filter(c -> c == ' ').count() < 3;
    }

    /**
     * whether line i is another paragraph (a {@code <p>} or {@code <br>}) of the open cell of the row being
     * joined, in Chromium's copy of a table whose cells hold paragraphs (cells apart by a TAB alone between
     * blank lines, rows by two or more blank lines): a {@code <br>} gives the next line at once (gap 0),
     * a {@code <p>} after one blank line. It is the same cell when the TAB to the next cell comes next
     * (or ends the line), or — in a row already joined — when two or more blank lines and another row
     * follow (the row's last cell). After the last cell of a table the text that follows comes after one
     * blank line and no TAB: it stays a line of its own. A {@code <br>} in a row's last cell cannot be
     * told from a new row of {@code <div>} cells: it stays a line of its own too.
     */
    private static boolean secondParagraph(String[] phys, int i, int gap, boolean joined, boolean endsTab, String line) {
        if (line.indexOf('\t') >= 0 && !endsTab) return false;
        if (gap > 1) return false;
        // a <br> in a cell before another: the line ends with the TAB to the next cell
        if (gap == 0 && joined && endsTab) return true;
        int j = i + 1;
        int after = 0;
        while (j < phys.length && stripSpaces(phys[j]).isEmpty()) {
            after++;
            j++;
        }
        if (j >= phys.length) return false;
        String next = stripSpaces(phys[j]);
        boolean nextTabOnly = next.chars().allMatch(ch -> ch == '\t');
        // a cell before another, in Chromium's shape for cells of paragraphs: one blank line, the TAB alone, one blank line
        if (gap == 0) return after == 1 && nextTabOnly && !endsTab;
        if (after <= 1 && (nextTabOnly || next.charAt(0) == '\t')) return !endsTab || joined;
        // the last cell of a row of paragraphs: the next row follows after two or more blank lines
        return joined && !endsTab && after >= 2 && !nextTabOnly && next.charAt(0) != '\t' && rowFollows(phys, j);
    }

    /**
     * whether a row of a browser copy starts at line j: a TAB separator follows its first cell (that
     * cell's own paragraphs apart by one blank line at most before it)
     */
    private static boolean rowFollows(String[] phys, int j) {
        int k = j + 1;
        for (int lines = 0; lines < 6; lines++) {
            int blank = 0;
            while (k < phys.length && stripSpaces(phys[k]).isEmpty()) {
                blank++;
                k++;
            }
            if (k >= phys.length || blank > 1) return false;
            String t = stripSpaces(phys[k]);
            if (t.chars().allMatch(ch -> ch == '\t') || t.charAt(0) == '\t') return true;
            if (t.indexOf('\t') >= 0) return false;
            k++;
        }
        return false;
    }

    /** the cells of a TAB row, each cell's lines joined as the other readers join them */
    static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        for (String c : row.split("\t", -1)) {
            List<String> parts = new ArrayList<>();
            for (String p : c.split("\n")) if (!p.isBlank()) parts.add(p.strip());
            out.add(Grid.joinCell(parts));
        }
        return out;
    }

    /** strip spaces (not TABs) at both ends */
    private static String stripSpaces(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) != '\t' && Character.isWhitespace(s.charAt(a))) a++;
        while (b > a && s.charAt(b - 1) != '\t' && Character.isWhitespace(s.charAt(b - 1))) b--;
        String t = s.substring(a, b);
        // a line of TABs and spaces only is a TAB separator
        if (!t.isEmpty() && t.chars().allMatch(ch -> ch == '\t' || Character.isWhitespace(ch))) return t.replaceAll("[^\\t]", "");
        return t;
    }
}
