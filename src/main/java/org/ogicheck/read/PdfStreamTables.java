package org.ogicheck.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ogicheck.model.CellText;

/**
 * Tables drawn without ruling lines, rebuilt from the positions of the words (the way tabula's
 * stream mode reads them). A page's free text lines are split into chunks at wide gaps; a run of
 * lines with several chunks is a table. Within a table, the rows that carry values (numbers,
 * dashes) are the data rows; their value chunks, clustered by x position, give the value columns
 * of the part of the table under one header (column clusters per header: a new header row starts
 * a new set of columns, as 第二十条's sub-tables differ). Everything left of the first value
 * column is labels.
 *
 * <p>The rows come out in the shape the ruled tables have (see {@link PdfTableBuilder}): a label
 * on a line of its own next to a data row (a wrapped label, a label centred in a taller row)
 * belongs to that row; a group label centred over several rows (三、本年度办理结果, （三）不予公开)
 * stands on the first row of its group; a value column with nothing in a row is a blank cell, so
 * the values keep their columns.
 */
final class PdfStreamTables {
    /** a gap wider than this many font sizes separates two chunks of a line */
    private static final float CHUNK_GAP = 1.0f;
    /** a line with a section heading (一、总体情况 …) is never inside a table */
    private static final Pattern SECTION_HEADING = Pattern.compile("^\\s*[一二三四五六七八九十]{1,2}\\s*[、.．]");

    private PdfStreamTables() {
    }

    /** a run of glyphs on one line, between two wide gaps */
    record Chunk(List<PdfReader.Glyph> glyphs, float left, float right, float top, float baseline, float size, String text) {
        static Chunk of(List<PdfReader.Glyph> gs) {
            float l = Float.MAX_VALUE;
            float r = -Float.MAX_VALUE;
            float t = Float.MAX_VALUE;
            float b = 0;
            float s = 0;
            for (PdfReader.Glyph g : gs) {
                l = Math.min(l, g.x());
                r = Math.max(r, g.right());
                t = Math.min(t, g.top());
                b = Math.max(b, g.y());
                s = Math.max(s, g.size());
            }
            return new Chunk(gs, l, r, t, b, s, PdfReader.text(gs));
        }

        float center() {
            return (left + right) / 2;
        }

        float middle() {
            return baseline - size * 0.35f;
        }

        boolean value() {
            return CellText.isValueLike(text) && !text.isBlank();
        }
    }

    /** one text line as chunks */
    private record TLine(List<Chunk> chunks, float top, float middle, float size) {
        boolean tabular() {
            return chunks.size() >= 2;
        }

        boolean hasValue() {
            return chunks.stream().anyMatch(Chunk::value);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (Chunk c : chunks) sb.append(c.text());
            return sb.toString();
        }
    }

    /** a table row being built: its chunks */
    private static final class SRow {
        final List<Chunk> chunks = new ArrayList<>();
        final boolean data;
        final boolean header;
        float middle;
        float top;

        SRow(TLine l, boolean data, boolean header) {
            chunks.addAll(l.chunks());
            this.data = data;
            this.header = header;
            this.middle = l.middle();
            this.top = l.top();
        }
    }

    /**
     * The borderless tables among {@code glyphs} (glyphs not in a ruled table), top to bottom;
     * glyphs placed in them are added to {@code used}.
     */
    static List<PdfTableBuilder.Table> tables(List<PdfReader.Glyph> glyphs, Set<PdfReader.Glyph> used) {
        List<TLine> lines = new ArrayList<>();
        for (List<PdfReader.Glyph> lg : PdfReader.lines(glyphs)) lines.add(line(lg));
        List<PdfTableBuilder.Table> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).tabular()) {
                i++;
                continue;
            }
            // the run of lines from this tabular line to the last tabular line not far after it
            int end = i;
            int j = i + 1;
            while (j < lines.size()) {
                TLine l = lines.get(j);
                if (!l.tabular() && SECTION_HEADING.matcher(l.text()).find() && sectionTitle(l.text())) break;
                if (l.tabular()) {
                    end = j;
                } else if (j - end > 6) {
                    break;
                }
                j++;
            }
            List<TLine> run = new ArrayList<>();
            for (TLine l : lines.subList(i, end + 1)) run.add(rechunk(l, FINE_GAP));
            PdfTableBuilder.Table t = qualifies(lines.subList(i, end + 1)) ? table(run, used) : null;
            if (t != null) out.add(t);
            i = end + 1;
        }
        return out;
    }

    /** a table has several rows of three or more chunks, or one wide row, and some values */
    private static boolean qualifies(List<TLine> run) {
        long wide = run.stream().filter(l -> l.chunks().size() >= 3).count();
        long values = run.stream().filter(TLine::hasValue).count();
        boolean veryWide = run.stream().anyMatch(l -> l.chunks().size() >= 5);
        long valueRows = run.stream().filter(l -> l.tabular() && l.chunks().get(l.chunks().size() - 1).value()).count();
        return values >= 1 && (wide >= 2 || veryWide || valueRows >= 2);
    }

    /** whether a line is the heading of one of the six sections */
    static boolean startsSection(String t) {
        return SECTION_HEADING.matcher(t).find() && sectionTitle(t);
    }

    /** whether a numbered line names one of the six sections (as the parser's headings do) */
    private static boolean sectionTitle(String t) {
        return t.contains("总体情况") || t.contains("主动公开") && !t.contains("申请")
            || t.contains("申请") && (t.contains("收到") || t.contains("处理") || t.contains("依申请")) && !t.contains("本年度办理")
            || (t.contains("复议") || t.contains("诉讼")) && t.endsWith("情况")
            || t.contains("问题") && (t.contains("改进") || t.contains("整改"))
            || t.contains("其他") && t.contains("事项");
    }

    /** inside a table a narrower gap separates cells (a label running up to the number beside it) */
    private static final float FINE_GAP = 0.4f;

    private static TLine rechunk(TLine l, float gap) {
        List<PdfReader.Glyph> gs = new ArrayList<>();
        for (Chunk c : l.chunks()) gs.addAll(c.glyphs());
        gs.sort(Comparator.comparingDouble(PdfReader.Glyph::x));
        return line(gs, gap);
    }

    private static TLine line(List<PdfReader.Glyph> lg) {
        return line(lg, CHUNK_GAP);
    }

    private static TLine line(List<PdfReader.Glyph> lg, float gap) {
        List<Chunk> chunks = new ArrayList<>();
        List<PdfReader.Glyph> cur = new ArrayList<>();
        PdfReader.Glyph prev = null;
        float top = Float.MAX_VALUE;
        float size = 0;
        float middle = 0;
        for (PdfReader.Glyph g : lg) {
            if (prev != null && g.x() - prev.right() > gap * Math.max(prev.size(), g.size())) {
                chunks.add(Chunk.of(cur));
                cur = new ArrayList<>();
            }
            cur.add(g);
            prev = g;
            top = Math.min(top, g.top());
            size = Math.max(size, g.size());
            middle = Math.max(middle, g.centerY());
        }
        if (!cur.isEmpty()) chunks.add(Chunk.of(cur));
        return new TLine(chunks, top, middle, size);
    }

    // ---- one table ------------------------------------------------------------------------------

    private static PdfTableBuilder.Table table(List<TLine> run, Set<PdfReader.Glyph> used) {
        // segments: a header (rows with several chunks and no values) and the data rows under it
        List<List<TLine>> segments = new ArrayList<>();
        List<TLine> cur = new ArrayList<>();
        boolean seenData = false;
        float runFirstValue = Float.MAX_VALUE;
        for (TLine l : run) {
            if (!l.hasValue()) continue;
            for (Chunk c : l.chunks()) if (c.value()) runFirstValue = Math.min(runFirstValue, c.left());
        }
        for (TLine l : run) {
            float fv = runFirstValue;
            boolean header = l.tabular() && !l.hasValue() && l.chunks().stream().anyMatch(c -> c.center() >= fv);
            if (header && seenData) {
                // labels on lines of their own just above the new header belong to it (a caption)
                List<TLine> carry = new ArrayList<>();
                while (!cur.isEmpty() && !cur.get(cur.size() - 1).tabular() && !cur.get(cur.size() - 1).hasValue()) {
                    carry.add(0, cur.remove(cur.size() - 1));
                }
                segments.add(cur);
                cur = carry;
                seenData = false;
            }
            if (l.hasValue()) seenData = true;
            cur.add(l);
        }
        segments.add(cur);

        float top = Float.MAX_VALUE;
        float bottom = 0;
        float left = Float.MAX_VALUE;
        float right = 0;
        for (TLine l : run) {
            for (Chunk c : l.chunks()) {
                top = Math.min(top, c.top());
                bottom = Math.max(bottom, c.baseline());
                left = Math.min(left, c.left());
                right = Math.max(right, c.right());
            }
        }
        PdfTableBuilder.Table t = new PdfTableBuilder.Table(top, bottom, left, right);
        // a part that cannot be rebuilt leaves the whole table as text: never half a table
        for (List<TLine> seg : segments) {
            if (!segment(seg, t)) return null;
        }
        for (TLine l : run) for (Chunk c : l.chunks()) used.addAll(c.glyphs());
        return t.rows.isEmpty() ? null : t;
    }

    /** a new label starts with a list number: （三）, 1., 2、, 一、 */
    private static final Pattern LIST_START = Pattern.compile(
        "^\\s*(?:[一二三四五六七八九十]{1,3}\\s*[、.．,，]|[（(]\\s*[一二三四五六七八九十\\d]{1,3}\\s*[）)]|\\d{1,2}\\s*[、.．,，)）])");

    /** the chunks of one label cell, top to bottom, and the lines they stand on */
    private static final class Stack {
        final List<Chunk> chunks = new ArrayList<>();
        final List<TLine> lines = new ArrayList<>();

        Chunk last() {
            return chunks.get(chunks.size() - 1);
        }

        float left() {
            return (float) chunks.stream().mapToDouble(Chunk::left).min().orElse(0);
        }

        Chunk merged() {
            List<PdfReader.Glyph> gs = new ArrayList<>();
            for (Chunk c : chunks) gs.addAll(c.glyphs());
            Chunk m = Chunk.of(gs);
            return new Chunk(m.glyphs(), m.left(), m.right(), m.top(), chunks.get(0).baseline(), m.size(), text(chunks));
        }
    }

    /**
     * Adds the rows of one part of a table; false (and nothing added) when the rows cannot be
     * rebuilt with certainty: no header row, a data row without a label, or a label standing on a row of its own
     * among the data rows (a label whose row is not known). Its text then stays text.
     */
    private static boolean segment(List<TLine> seg, PdfTableBuilder.Table t) {
        // value columns: x extents of the value chunks of the data rows, overlapping ones joined
        List<float[]> cols = new ArrayList<>();
        for (TLine l : seg) {
            if (!l.hasValue()) continue;
            for (Chunk c : l.chunks()) if (c.value()) cols.add(new float[] {c.left(), c.right()});
        }
        cols.sort(Comparator.comparingDouble(a -> a[0]));
        List<float[]> merged = new ArrayList<>();
        for (float[] c : cols) {
            float[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && c[0] <= last[1] + 1) last[1] = Math.max(last[1], c[1]);
            else merged.add(new float[] {c[0], c[1]});
        }
        float firstValue = merged.isEmpty() ? Float.MAX_VALUE : merged.get(0)[0];
        float size = (float) seg.stream().mapToDouble(TLine::size).max().orElse(10);

        // rows: the data lines and the header lines, with their chunks right of the labels
        List<SRow> rows = new ArrayList<>();
        java.util.Map<TLine, SRow> rowOf = new java.util.IdentityHashMap<>();
        List<Chunk> labels = new ArrayList<>();
        java.util.Map<Chunk, TLine> lineOf = new java.util.IdentityHashMap<>();
        for (TLine l : seg) {
            boolean data = l.hasValue();
            boolean header = !data && l.tabular() && l.chunks().stream().anyMatch(c -> c.center() >= firstValue);
            SRow row = data || header ? new SRow(l, data, header) : null;
            if (row != null) {
                row.chunks.clear();
                rows.add(row);
                rowOf.put(l, row);
            }
            for (Chunk c : l.chunks()) {
                if (c.center() < firstValue && !c.value()) {
                    labels.add(c);
                    lineOf.put(c, l);
                } else if (row != null) {
                    row.chunks.add(c);
                } else {
                    labels.add(c);
                    lineOf.put(c, l);
                }
            }
        }
        // label cells: a chunk goes on from the label above it in the same column unless it starts a new one
        labels.sort(Comparator.comparingDouble(Chunk::top).thenComparingDouble(Chunk::left));
        List<Stack> stacks = new ArrayList<>();
        for (Chunk c : labels) {
            Stack into = null;
            for (Stack s : stacks) {
                Chunk above = s.last();
                boolean column = Math.abs(above.left() - c.left()) <= 1.5f * size || Math.abs(above.center() - c.center()) <= size;
                boolean close = c.top() - above.baseline() <= 1.3f * size && c.top() > above.top();
                boolean narrow = above.glyphs().size() <= 2 && c.glyphs().size() <= 2;
                boolean bothData = rowOf.get(lineOf.get(c)) != null && rowOf.get(lineOf.get(c)).data
                    && s.lines.stream().anyMatch(l -> rowOf.get(l) != null && rowOf.get(l).data);
                if (column && close && !LIST_START.matcher(c.text()).find() && (narrow || !bothData)) into = s;
            }
            if (into == null) {
                into = new Stack();
                stacks.add(into);
            }
            into.chunks.add(c);
            into.lines.add(lineOf.get(c));
        }
        // each label cell to its row: the first data line it stands on, else its header line, else the nearest data row
        java.util.Map<SRow, List<Chunk>> labelsOf = new java.util.IdentityHashMap<>();
        for (Stack s : stacks) {
            SRow row = null;
            for (TLine l : s.lines) {
                SRow r = rowOf.get(l);
                if (r != null && r.data) {
                    row = r;
                    break;
                }
            }
            if (row == null) {
                for (TLine l : s.lines) if (rowOf.get(l) != null) row = row == null ? rowOf.get(l) : row;
            }
            Chunk m = s.merged();
            if (row == null) {
                SRow near = null;
                for (SRow r : rows) {
                    if (!r.data) continue;
                    if (near == null || Math.abs(r.middle - m.middle()) < Math.abs(near.middle - m.middle())) near = r;
                }
                boolean separated = false;
                if (near != null) {
                    float a = Math.min(near.middle, m.middle());
                    float b = Math.max(near.middle, m.middle());
                    for (SRow r : rows) if (r.header && r.middle > a && r.middle < b) separated = true;
                }
                if (near != null && !separated && Math.abs(near.middle - m.middle()) <= 1.6f * size) {
                    row = near;
                } else {
                    row = new SRow(s.lines.get(0), false, false);
                    row.chunks.clear();
                    row.middle = m.middle();
                    rows.add(row);
                }
            }
            row.top = Math.min(row.top, m.top());
            labelsOf.computeIfAbsent(row, k -> new ArrayList<>()).add(m);
        }
        rows.sort(Comparator.comparingDouble(r -> r.middle));
        // a group label stands on the first row of its group: it moves up over rows with no label left of it
        for (int r = 0; r < rows.size(); r++) {
            SRow row = rows.get(r);
            if (row.header) continue;
            for (Chunk c : new ArrayList<>(labelsOf.getOrDefault(row, List.of()))) {
                int to = r;
                while (to > 0 && movable(rows.get(to - 1), labelsOf.getOrDefault(rows.get(to - 1), List.of()), c, size)) to--;
                if (to != r) {
                    labelsOf.get(row).remove(c);
                    labelsOf.computeIfAbsent(rows.get(to), k -> new ArrayList<>()).add(c);
                }
            }
        }
        int firstData = -1;
        int lastData = -1;
        for (int r = 0; r < rows.size(); r++) {
            if (!rows.get(r).data) continue;
            if (firstData < 0) firstData = r;
            lastData = r;
        }
        // the columns are known from a header: a part without one (a table going on from the previous page) stays text
        if (firstData < 0 || rows.stream().noneMatch(r -> r.header)) return false;
        if (firstData != lastData) {
            for (int r = firstData; r <= lastData; r++) {
                SRow row = rows.get(r);
                boolean labelled = !labelsOf.getOrDefault(row, List.of()).isEmpty();
                if (row.data && !labelled) return false;
                if (!row.data && !row.header && labelled) return false;
            }
        }
        for (SRow row : rows) {
            List<Chunk> ls = labelsOf.getOrDefault(row, List.of());
            if (row.chunks.isEmpty() && ls.isEmpty()) continue;
            t.rows.add(cells(row, ls, merged));
        }
        return true;
    }

    /** whether a label can move up into row r: a data row with no label at or left of it */
    private static boolean movable(SRow r, List<Chunk> labels, Chunk label, float size) {
        if (!r.data) return false;
        for (Chunk c : labels) if (c.left() <= label.left() + size) return false;
        return true;
    }

    /** the row's cells: its labels left to right, then one cell per value column */
    private static PdfTableBuilder.Row cells(SRow row, List<Chunk> labels, List<float[]> cols) {
        PdfTableBuilder.Row out = new PdfTableBuilder.Row(row.top);
        List<List<Chunk>> inCol = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) inCol.add(new ArrayList<>());
        List<Chunk> ls = new ArrayList<>(labels);
        for (Chunk c : row.chunks) {
            if (cols.isEmpty()) ls.add(c);
            else inCol.get(column(cols, c)).add(c);
        }
        ls.sort(Comparator.comparingDouble(Chunk::left));
        // labels of one row starting at the same place are the lines of one cell
        List<List<Chunk>> cellsOf = new ArrayList<>();
        for (Chunk c : ls) {
            List<Chunk> last = cellsOf.isEmpty() ? null : cellsOf.get(cellsOf.size() - 1);
            if (last != null && Math.abs(last.get(0).left() - c.left()) <= c.size()) last.add(c);
            else cellsOf.add(new ArrayList<>(List.of(c)));
        }
        int col = 0;
        for (List<Chunk> cell : cellsOf) {
            out.cells.add(new PdfTableBuilder.TCell(col, col, cell.get(0).left(), cell.get(0).right(), false, false, text(cell)));
            col++;
        }
        int labelCols = Math.max(col, 1);
        for (int i = 0; i < cols.size(); i++) {
            out.cells.add(new PdfTableBuilder.TCell(labelCols + i, labelCols + i, cols.get(i)[0], cols.get(i)[1], false, false,
                text(inCol.get(i))));
        }
        return out;
    }

    /** the value column a chunk belongs to: the one it overlaps most, else the nearest */
    private static int column(List<float[]> cols, Chunk c) {
        int best = 0;
        float bestScore = -Float.MAX_VALUE;
        for (int i = 0; i < cols.size(); i++) {
            float[] col = cols.get(i);
            float overlap = Math.min(c.right(), col[1]) - Math.max(c.left(), col[0]);
            float score = overlap > 0 ? overlap : -Math.abs(c.center() - (col[0] + col[1]) / 2) - 1000;
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static String text(List<Chunk> chunks) {
        List<Chunk> s = new ArrayList<>(chunks);
        s.sort(Comparator.comparingDouble(Chunk::baseline).thenComparingDouble(Chunk::left));
        StringBuilder sb = new StringBuilder();
        for (Chunk c : s) sb.append(c.text());
        return Grid.clean(sb.toString());
    }
}
