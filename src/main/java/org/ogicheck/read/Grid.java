package org.ogicheck.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ogicheck.model.SourceRef;
import org.ogicheck.model.CellText;

/**
 * A table with merged cells laid out on its grid, then given back as row blocks in the shape the
 * parser reads (the shape of the {@code cell | cell |} text versions):
 * <ul>
 *   <li>a merged cell's text stands in its first (top-left) grid position;</li>
 *   <li>the other positions of a merged <em>label</em> (text that is not a value) are left out, so a
 *       row starts with its own label cells — as in the text versions, where a rowspan group label
 *       (三、本年度办理结果) appears only on its first row;</li>
 *   <li>the other positions of a merged <em>value</em> cell (number, blank, dash) become blank cells,
 *       so the values after the labels keep their columns: {@code 行政许可 | 2629 |  |  |}.</li>
 * </ul>
 * Grid columns that are empty in every row (spacer columns, see {@link #spacerColumns}) are left
 * out; the cells kept keep their true grid positions as sources.
 * Shared by the HTML and Word readers; HTML places cells by colspan/rowspan, Word by grid column.
 * A row whose cells still do not line up with its table's columns is realigned, or reported, by
 * the parser ({@code parse.Alignment}), for every format alike.
 */
final class Grid {
    /** one cell of the source table, covering one or more grid positions */
    private record Origin(String text, int row, int col, boolean label) {
    }

    /**
     * The most grid positions one table may fill (a report's largest table, the applications
     * table, has under 300): past it the table's further cells are not read and the reader says so
     * ({@link #full()}), so a page with a 1,000 × 100 table ends in seconds with a layout-issue finding.
     */
    static final int MAX_CELLS = 20_000;

    private final List<List<Origin>> rows = new ArrayList<>();
    private int filled;
    private boolean full;

    /** whether cells were left out at {@link #MAX_CELLS} */
    boolean full() {
        return full;
    }

    /** grid positions filled so far */
    int size() {
        return filled;
    }

    /**
     * Places a cell HTML-style: at the first free column of {@code row}, covering
     * {@code colspan × rowspan} positions (rowspan ≤ 0 means to the last row, {@code lastRow}).
     */
    void add(int row, String text, int colspan, int rowspan, int lastRow) {
        List<Origin> r = row(row);
        int col = 0;
        while (col < r.size() && r.get(col) != null) col++;
        int cs = Math.max(1, Math.min(colspan, 1000));
        int lastR = rowspan <= 0 ? lastRow : Math.min(lastRow, row + rowspan - 1);
        if (!room((long) cs * (Math.max(row, lastR) - row + 1))) return;
        Origin o = origin(text, row, col);
        for (int rr = row; rr <= Math.max(row, lastR); rr++) {
            for (int cc = col; cc < col + cs; cc++) set(rr, cc, o, false);
        }
    }

    /** Places a cell Word-style at a known grid column, spanning {@code colspan} columns. */
    void put(int row, int col, String text, int colspan) {
        if (!room(Math.max(1, colspan))) return;
        Origin o = origin(text, row, col);
        for (int cc = col; cc < col + Math.max(1, colspan); cc++) set(row, cc, o, true);
    }

    /**
     * A vertically merged continuation (Word vMerge without restart): the positions are covered by
     * the cell above; when there is none, the continuation is an empty cell of its own.
     */
    void continueAbove(int row, int col, int colspan) {
        Origin above = row > 0 && col < row(row - 1).size() ? row(row - 1).get(col) : null;
        if (above == null) {
            put(row, col, "", colspan);
            return;
        }
        for (int cc = col; cc < col + Math.max(1, colspan); cc++) set(row, cc, above, true);
    }

    /** A horizontally merged continuation (Word's legacy hMerge): covered by the cell to its left. */
    void continueLeft(int row, int col, int colspan) {
        Origin left = col > 0 && col - 1 < row(row).size() ? row(row).get(col - 1) : null;
        if (left == null) {
            put(row, col, "", colspan);
            return;
        }
        for (int cc = col; cc < col + Math.max(1, colspan); cc++) set(row, cc, left, true);
    }

    /**
     * The rows as blocks; cell sources are {@code 表t第r行第c列} (1-based grid positions).
     * Rows whose cells are all blank are left out: they carry nothing.
     */
    List<Block> blocks(int table) {
        List<Block> out = new ArrayList<>();
        boolean[] spacer = spacerColumns();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            List<SourceRef> srcs = new ArrayList<>();
            List<Origin> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Origin o = row.get(c);
                if (o == null || spacer[c]) continue;
                boolean first = o.row == r && o.col == c;
                if (!first && o.label) continue;
                cells.add(first ? o.text : "");
                srcs.add(new SourceRef(0, null, table, r + 1, c + 1));
            }
            if (cells.stream().allMatch(String::isBlank)) continue;
            out.add(Block.row(cells, srcs, new SourceRef(0, null, table, r + 1, null)));
        }
        return out;
    }

    /**
     * The grid columns that are empty in every row — spacer columns of a page's or a document's
     * layout, not columns of the table: no row has text in them, not even a merged header cell.
     * Only a table with a header row (a row of two or more labels and no values) whose rows all end
     * at one grid column is examined, so that a fragment of data rows whose real column happens to be
     * blank throughout keeps it.
     */
    private boolean[] spacerColumns() {
        int width = 0;
        for (List<Origin> r : rows) width = Math.max(width, r.size());
        boolean[] spacer = new boolean[width];
        if (!hasHeaderRow() || ragged(width)) return spacer;
        for (int c = 0; c < width; c++) {
            boolean empty = true;
            for (List<Origin> r : rows) {
                Origin o = c < r.size() ? r.get(c) : null;
                if (o != null && !o.text.isBlank()) {
                    empty = false;
                    break;
                }
            }
            spacer[c] = empty;
        }
        return spacer;
    }

    /**
     * whether rows end at different grid columns: then the header's cells do not stand over the columns of the
     * rows below (cells written one after another, merged labels left out), and a column empty in every row may be
     * a real column whose cells are all blank — the parser sorts each row out by itself
     */
    private boolean ragged(int width) {
        for (List<Origin> r : rows) if (!r.isEmpty() && r.size() != width) return true;
        return false;
    }

    private boolean hasHeaderRow() {
        for (List<Origin> r : rows) {
            java.util.Set<Origin> labels = new java.util.HashSet<>();
            boolean values = false;
            for (Origin o : r) {
                if (o == null || o.text.isBlank()) continue;
                if (o.label) labels.add(o);
                else values = true;
            }
            if (labels.size() >= 2 && !values) return true;
        }
        return false;
    }

    private static Origin origin(String text, int row, int col) {
        String t = text == null ? "" : text;
        return new Origin(t, row, col, !t.isBlank() && !CellText.isValueLike(t));
    }

    /** whether the cell can still be placed; when not, the grid is full */
    private boolean room(long positions) {
        if (filled + positions <= MAX_CELLS) return true;
        full = true;
        return false;
    }

    private List<Origin> row(int r) {
        while (rows.size() <= r) rows.add(new ArrayList<>());
        return rows.get(r);
    }

    private void set(int r, int c, Origin o, boolean overwrite) {
        List<Origin> row = row(r);
        if (c >= MAX_CELLS) full = true;
        if (c >= MAX_CELLS || (c >= row.size() || row.get(c) == null) && !room(1)) return;
        while (row.size() <= c) row.add(null);
        if (row.get(c) == null) filled++;
        if (overwrite || row.get(c) == null) row.set(c, o);
    }

    // ---- text clean-up shared by the readers -----------------------------------------------------

    /**
     * One line of text as a reader shows it: no-break and ideographic spaces are spaces, runs of
     * white space are one space, a space between two CJK characters (left over from markup or
     * line wrapping) is dropped, control characters are removed, ends are trimmed.
     */
    static String clean(String s) {
        if (s == null) return "";
        String t = CONTROL.matcher(s).replaceAll("");
        t = WHITE.matcher(t).replaceAll(" ");
        t = CJK_SPACE.matcher(t).replaceAll("");
        return t.strip();
    }

    /** control characters other than tab and line breaks */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    /** a run of white space, no-break, ideographic and zero-width spaces, byte-order marks */
    private static final Pattern WHITE = Pattern.compile("[\\s\\p{Z}\\u200b\\ufeff]+");
    /** a space between two CJK characters */
    private static final Pattern CJK_SPACE = Pattern.compile(
        "(?<=[\\u2E80-\\u9FFF\\uFF00-\\uFFEF\\u3000-\\u303F]) (?=[\\u2E80-\\u9FFF\\uFF00-\\uFFEF\\u3000-\\u303F])");

    /** the lines of one table cell as one cell text */
    static String joinCell(List<String> lines) {
        return clean(String.join(" ", lines));
    }
}
