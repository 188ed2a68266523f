package org.ogicheck.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds ruled tables on a PDF page and reads them as rows of cells.
 *
 * <p>The ruling lines ({@link PdfRulings}) are the page's stroked axis-parallel segments and its thin filled
 * rectangles (how Word, WPS and most converters draw cell borders). Lines that touch each other
 * form one table. The distinct x and y positions of a table's lines give a grid of atomic cells;
 * two neighbouring atomic cells with no ruling line between them belong to one merged cell.
 * Every glyph whose centre lies in a cell is that cell's text, so wrapped text stays in its cell
 * and two numbers in neighbouring cells never run together.
 *
 * <p>A row is emitted as the cells that <em>start</em> in it, left to right: a cell merged over
 * several columns appears once, a cell merged over several rows appears in its top row only (the
 * shape of the plain-text rows the parser reads). All coordinates are top-down page coordinates,
 * the same as {@link org.apache.pdfbox.text.TextPosition#getYDirAdj()}.
 */
final class PdfTableBuilder {
    /** positions closer than this are one ruling position */
    private static final float SNAP = 2.5f;
    /** a ruling line covers a cell edge when it covers this share of it */
    private static final float COVER = 0.5f;

    private PdfTableBuilder() {
    }

    /** an axis-parallel ruling segment: at {@code pos} (y for horizontal, x for vertical) from..to */
    record Seg(boolean horizontal, float pos, float from, float to) {
        float length() {
            return to - from;
        }
    }

    /** one table found on a page */
    static class Table {
        final float top;
        final float bottom;
        final float left;
        final float right;
        final List<Row> rows = new ArrayList<>();
        /** the table on the previous page this one goes on from, or null */
        Table continues;

        Table(float top, float bottom, float left, float right) {
            this.top = top;
            this.bottom = bottom;
            this.left = left;
            this.right = right;
        }
    }

    /** the cells starting in one grid row */
    static final class Row {
        final float top;
        final List<TCell> cells = new ArrayList<>();

        Row(float top) {
            this.top = top;
        }
    }

    /** a (possibly merged) cell */
    static final class TCell {
        final int col;
        final int lastCol;
        final float left;
        final float right;
        /**
         * first grid row of the table and no ruling line above it: it goes on from the previous page
         * (cleared when the cell above it there is closed below, see PdfReader.linkContinuedTables)
         */
        boolean openTop;
        /** reaches the last grid row of the table */
        final boolean lastRow;
        /** reaches the last grid row and a ruling line closes it below: nothing of it goes on to the next page */
        boolean closedBottom;
        String text;
        /** not emitted: continues a cell of the previous page, or only a sliver of grid */
        boolean skip;

        TCell(int col, int lastCol, float left, float right, boolean openTop, boolean lastRow, String text) {
            this.col = col;
            this.lastCol = lastCol;
            this.left = left;
            this.right = right;
            this.openTop = openTop;
            this.lastRow = lastRow;
            this.text = text;
        }
    }

    // ---- ruling lines ---------------------------------------------------------------------------

    /** joins collinear segments that overlap or touch */
    static List<Seg> merge(List<Seg> in) {
        List<Seg> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparing(Seg::horizontal).thenComparing(Seg::pos).thenComparing(Seg::from));
        List<Seg> out = new ArrayList<>();
        for (Seg s : sorted) {
            boolean joined = false;
            for (int i = out.size() - 1; i >= 0 && !joined; i--) {
                Seg o = out.get(i);
                if (o.horizontal() != s.horizontal() || s.pos() - o.pos() > 1) break;
                if (Math.abs(o.pos() - s.pos()) <= 1 && s.from() <= o.to() + SNAP && o.from() <= s.to() + SNAP) {
                    out.set(i, new Seg(o.horizontal(), (o.pos() + s.pos()) / 2, Math.min(o.from(), s.from()),
                        Math.max(o.to(), s.to())));
                    joined = true;
                }
            }
            if (!joined) out.add(s);
        }
        return out;
    }

    // ---- tables ---------------------------------------------------------------------------------

    /**
     * The tables of one page, top to bottom. Glyphs placed in a table's cells are added to
     * {@code used}.
     */
    static List<Table> tables(List<Seg> segs, List<PdfReader.Glyph> glyphs, Set<PdfReader.Glyph> used) {
        List<Table> out = new ArrayList<>();
        for (List<Seg> comp : components(withoutGlyphInk(segs, glyphs))) {
            Table t = table(comp, glyphs, used);
            if (t != null) out.add(t);
        }
        out.sort(Comparator.comparingDouble(t -> t.top));
        return out;
    }

    /**
     * the segments that are not strokes of a letter: some producers (Chromium's PDF printer for a
     * synthetic bold face, among others) draw the letters' outlines as paths over the text, and those
     * short straight strokes would frame a letter as a one-cell table and take it out of its line. A
     * segment lying wholly inside the box of one glyph is ink of that glyph; a ruling never is.
     */
    static List<Seg> withoutGlyphInk(List<Seg> segs, List<PdfReader.Glyph> glyphs) {
        if (glyphs.isEmpty()) return segs;
        List<PdfReader.Glyph> byX = new ArrayList<>(glyphs);
        byX.sort(Comparator.comparingDouble(PdfReader.Glyph::x));
        float widest = 0;
        for (PdfReader.Glyph g : byX) widest = Math.max(widest, g.width());
        List<Seg> out = new ArrayList<>(segs.size());
        for (Seg s : segs) if (!insideOneGlyph(s, byX, widest)) out.add(s);
        return out;
    }

    private static boolean insideOneGlyph(Seg s, List<PdfReader.Glyph> byX, float widest) {
        float x0 = s.horizontal() ? s.from() : s.pos();
        float x1 = s.horizontal() ? s.to() : s.pos();
        float y0 = s.horizontal() ? s.pos() : s.from();
        float y1 = s.horizontal() ? s.pos() : s.to();
        // the glyphs whose left edge is within one glyph width left of the segment
        int lo = 0;
        int hi = byX.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byX.get(mid).x() < x0 - widest - 1) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < byX.size() && byX.get(i).x() <= x0 + widest; i++) {
            PdfReader.Glyph g = byX.get(i);
            float pad = 0.15f * g.size();
            if (x0 >= g.x() - pad && x1 <= g.right() + pad && y0 >= g.y() - 1.05f * g.size() && y1 <= g.y() + pad) return true;
        }
        return false;
    }

    /** groups of segments that touch one another */
    private static Collection<List<Seg>> components(List<Seg> segs) {
        int n = segs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(segs.get(i), segs.get(j))) union(parent, i, j);
            }
        }
        TreeMap<Integer, List<Seg>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(segs.get(i));
        return groups.values();
    }

    private static boolean touch(Seg a, Seg b) {
        if (a.horizontal() == b.horizontal()) {
            return Math.abs(a.pos() - b.pos()) <= 1 && a.from() <= b.to() + SNAP && b.from() <= a.to() + SNAP;
        }
        Seg h = a.horizontal() ? a : b;
        Seg v = a.horizontal() ? b : a;
        return v.pos() >= h.from() - SNAP && v.pos() <= h.to() + SNAP && h.pos() >= v.from() - SNAP && h.pos() <= v.to() + SNAP;
    }

    private static Table table(List<Seg> comp, List<PdfReader.Glyph> glyphs, Set<PdfReader.Glyph> used) {
        List<Seg> hs = comp.stream().filter(Seg::horizontal).toList();
        List<Seg> vs = comp.stream().filter(s -> !s.horizontal()).toList();
        if (hs.isEmpty() || vs.isEmpty()) return null;
        List<Float> xPos = new ArrayList<>();
        List<Float> yPos = new ArrayList<>();
        for (Seg v : vs) {
            xPos.add(v.pos());
            yPos.add(v.from());
            yPos.add(v.to());
        }
        for (Seg h : hs) {
            yPos.add(h.pos());
            xPos.add(h.from());
            xPos.add(h.to());
        }
        float[] xs = cluster(xPos);
        float[] ys = cluster(yPos);
        int cols = xs.length - 1;
        int rows = ys.length - 1;
        // a framed box, or boxes stacked in one column, frame text: no cells to split
        if (cols < 2 || rows < 1) return null;

        // atomic cells with no ruling between them belong to one cell
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !covered(vs, xs[c + 1], ys[r], ys[r + 1])) union(parent, r * cols + c, r * cols + c + 1);
                if (r + 1 < rows && !covered(hs, ys[r + 1], xs[c], xs[c + 1])) union(parent, r * cols + c, (r + 1) * cols + c);
            }
        }
        // the extent of each merged cell
        int[] r0 = new int[parent.length];
        int[] r1 = new int[parent.length];
        int[] c0 = new int[parent.length];
        int[] c1 = new int[parent.length];
        java.util.Arrays.fill(r0, Integer.MAX_VALUE);
        java.util.Arrays.fill(c0, Integer.MAX_VALUE);
        java.util.Arrays.fill(r1, -1);
        java.util.Arrays.fill(c1, -1);
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            int r = i / cols;
            int c = i % cols;
            r0[root] = Math.min(r0[root], r);
            r1[root] = Math.max(r1[root], r);
            c0[root] = Math.min(c0[root], c);
            c1[root] = Math.max(c1[root], c);
        }
        // glyphs by cell
        List<List<PdfReader.Glyph>> content = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) content.add(new ArrayList<>());
        for (PdfReader.Glyph g : glyphs) {
            float cx = g.centerX();
            float cy = g.centerY();
            if (cx < xs[0] - 1 || cx > xs[cols] + 1 || cy < ys[0] - 1 || cy > ys[rows] + 1) continue;
            int c = index(xs, cx);
            int r = index(ys, cy);
            content.get(find(parent, r * cols + c)).add(g);
            used.add(g);
        }
        Table t = new Table(ys[0], ys[rows], xs[0], xs[cols]);
        for (int r = 0; r < rows; r++) {
            Row row = new Row(ys[r]);
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                if (r0[root] != r || c0[root] != c) continue;
                float left = xs[c];
                float right = xs[c1[root] + 1];
                boolean openTop = r == 0 && !covered(hs, ys[0], left, right);
                TCell cell = new TCell(c, c1[root], left, right, openTop, r1[root] == rows - 1, PdfReader.text(content.get(root)));
                cell.closedBottom = cell.lastRow && covered(hs, ys[rows], left, right);
                cell.skip = right - left < 4 && cell.text.isEmpty();
                row.cells.add(cell);
            }
            if (!row.cells.isEmpty()) t.rows.add(row);
        }
        skipEmptyLabelCells(t);
        skipSpacerColumns(t, cols);
        return t;
    }

    /**
     * A grid column that no cell with text covers, in a table with a header row (two or more
     * labels, no numbers), is a spacer of the drawing, not a column of the table: its empty
     * one-column cells are not emitted (the same rule as the HTML and Word grid).
     */
    private static void skipSpacerColumns(Table t, int cols) {
        boolean header = false;
        for (Row r : t.rows) {
            long labels = r.cells.stream().filter(c -> !c.text.isBlank() && !isNumber(c.text)).count();
            boolean numbers = r.cells.stream().anyMatch(c -> isNumber(c.text));
            if (labels >= 2 && !numbers) header = true;
        }
        if (!header) return;
        for (int col = 0; col < cols; col++) {
            boolean empty = true;
            for (Row r : t.rows) {
                for (TCell c : r.cells) if (c.col <= col && col <= c.lastCol && !c.text.isBlank()) empty = false;
            }
            if (!empty) continue;
            for (Row r : t.rows) {
                for (TCell c : r.cells) if (c.col == col && c.lastCol == col) c.skip = true;
            }
        }
    }

    private static boolean isNumber(String text) {
        return NUMBER.matcher(text.replaceAll("\\s+", "")).matches();
    }

    private static final Pattern NUMBER = Pattern.compile("^[+\\-−]?[0-9０-９][0-9０-９,，.．]*(?:万元|元|件|条|个|项|%)?$");

    /**
     * An empty cell left of every number of the table lies among the row labels (an unused
     * sub-label cell): it is no value, and read as one it would shift the row's values.
     */
    private static void skipEmptyLabelCells(Table t) {
        int firstValueCol = Integer.MAX_VALUE;
        for (Row r : t.rows) {
            for (TCell c : r.cells) {
                if (NUMBER.matcher(c.text.replaceAll("\\s+", "")).matches()) firstValueCol = Math.min(firstValueCol, c.col);
            }
        }
        for (Row r : t.rows) {
            for (TCell c : r.cells) if (c.text.isEmpty() && c.lastCol < firstValueCol) c.skip = true;
        }
    }

    /** whether ruling segments at {@code pos} cover at least half of from..to */
    private static boolean covered(List<Seg> segs, float pos, float from, float to) {
        float need = (to - from) * COVER;
        float have = 0;
        for (Seg s : segs) {
            if (Math.abs(s.pos() - pos) > SNAP) continue;
            float a = Math.max(from, s.from());
            float b = Math.min(to, s.to());
            if (b > a) have += b - a;
        }
        return have >= need && have > 0;
    }

    /** sorted distinct positions, those within SNAP of each other taken as one */
    private static float[] cluster(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        List<Float> out = new ArrayList<>();
        float sum = 0;
        int n = 0;
        float last = Float.NaN;
        for (float v : sorted) {
            if (n > 0 && v - last > SNAP) {
                out.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += v;
            n++;
            last = v;
        }
        if (n > 0) out.add(sum / n);
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) a[i] = out.get(i);
        return a;
    }

    /** the interval of a sorted boundary array that holds v, clamped to the ends */
    private static int index(float[] bounds, float v) {
        for (int i = 1; i < bounds.length - 1; i++) if (v < bounds[i]) return i - 1;
        return bounds.length - 2;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
