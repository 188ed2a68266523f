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
    private static final Pattern DASHES = Pattern.compile("\\s*[-—－–/／]+\\s*");
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

        /** a number or a dash: a value (a lone punctuation mark, 、 of a label set vertically, is none) */
        boolean value() {
            return CellText.isValueLike(text) && (text.codePoints().anyMatch(Character::isLetterOrDigit) || DASHES.matcher(text).matches());
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
     * glyphs placed in them are added to {@code used}. {@code previous} is the borderless table that
     * ended the previous page, or null: the page's first table may go on from it (its rows have the
     * same value columns and no header of their own). The top of each run of lines that looks like a
     * table but cannot be rebuilt (it stays text) is added to {@code unrebuilt}.
     */
    static List<PdfTableBuilder.Table> tables(List<PdfReader.Glyph> glyphs, Set<PdfReader.Glyph> used, PdfTableBuilder.Table previous,
                                              List<Float> unrebuilt) {
        List<TLine> lines = new ArrayList<>();
        for (List<PdfReader.Glyph> lg : PdfReader.lines(glyphs)) lines.add(line(lg));
        List<PdfTableBuilder.Table> out = new ArrayList<>();
        int i = 0;
        int from = 0;
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
            // the rest of a label set beside the last row, a little lower than its values
            while (end + 1 < lines.size() && !lines.get(end + 1).hasValue() && !startsSection(lines.get(end + 1).text())
                && lines.get(end + 1).size() <= lines.get(end).size() + 0.5f
                && lines.get(end + 1).top() - lines.get(end).middle() <= 0.8f * lines.get(end).size()) {
                end++;
            }
            // the lines of a header set on lines of their own (申请人情况, 法人或其他组织 over the columns) and the
            // notes beside it: the lines right before the run in the table's type size, close to each other
            int start = i;
            while (start > from && headerLine(lines.get(start - 1), lines.get(start))) start--;
            List<TLine> run = new ArrayList<>();
            for (TLine l : lines.subList(start, end + 1)) run.add(rechunk(l, Split.LABELS));
            if (qualifies(lines.subList(i, end + 1))) {
                PdfTableBuilder.Table t = table(run, used, out.isEmpty() ? previous : null);
                if (t != null) out.add(t);
                else unrebuilt.add(run.get(0).top());
            }
            i = end + 1;
            from = i;
        }
        return out;
    }

    /** whether {@code l}, right above {@code next} (a line of a table), is a header line of that table set on its own */
    private static boolean headerLine(TLine l, TLine next) {
        return !l.tabular() && !l.hasValue() && !startsSection(l.text())
            && l.size() <= next.size() + 0.5f && next.top() - l.top() <= 3.5f * next.size();
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

    private static boolean startsNumber(String t) {
        char c = t.charAt(0);
        return Character.isDigit(c) || "-—－/／（(".indexOf(c) >= 0;
    }

    private static boolean endsNumber(String t) {
        char c = t.charAt(t.length() - 1);
        return Character.isDigit(c) || c == '.' || c == '．';
    }

    /** how finely a line is split: at wide gaps only, also before a number or a list item, also between words */
    private enum Split { COARSE, LABELS, WORDS }

    private static TLine rechunk(TLine l, Split split) {
        List<PdfReader.Glyph> gs = new ArrayList<>();
        for (Chunk c : l.chunks()) gs.addAll(c.glyphs());
        gs.sort(Comparator.comparingDouble(PdfReader.Glyph::x));
        return line(gs, split);
    }

    private static TLine line(List<PdfReader.Glyph> lg) {
        return line(lg, Split.COARSE);
    }

    /**
     * The line as chunks split at gaps wider than {@link #CHUNK_GAP}; {@link Split#LABELS}: also at gaps wider
     * than {@link #FINE_GAP} before a number that follows text (a label running up to its value) or before a
     * bracketed item number, never after a number (1.属于国家秘密 is one label) nor inside words (a label set
     * with wide spacing); {@link Split#WORDS} (a header's names set side by side): at every gap wider than
     * {@link #FINE_GAP}.
     */
    private static TLine line(List<PdfReader.Glyph> lg, Split split) {
        List<Chunk> chunks = new ArrayList<>();
        List<PdfReader.Glyph> cur = new ArrayList<>();
        PdfReader.Glyph prev = null;
        float top = Float.MAX_VALUE;
        float size = 0;
        float middle = 0;
        for (PdfReader.Glyph g : lg) {
            float gap = prev == null ? 0 : (g.x() - prev.right()) / Math.max(prev.size(), g.size());
            boolean fine = split == Split.WORDS || prev != null && split == Split.LABELS && startsNumber(g.text()) && !endsNumber(prev.text());
            if (prev != null && (gap > CHUNK_GAP || fine && gap > FINE_GAP)) {
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

    /** a table rebuilt from word positions, with the value columns of its last part */
    static final class StreamTable extends PdfTableBuilder.Table {
        List<float[]> cols = List.of();

        StreamTable(float top, float bottom, float left, float right) {
            super(top, bottom, left, right);
        }
    }

    private static PdfTableBuilder.Table table(List<TLine> run, Set<PdfReader.Glyph> used, PdfTableBuilder.Table previous) {
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
        StreamTable t = new StreamTable(top, bottom, left, right);
        // a part that cannot be rebuilt leaves the whole table as text: never half a table
        List<Runnable> joins = new ArrayList<>();
        for (int k = 0; k < segments.size(); k++) {
            if (!segment(segments.get(k), t, k == 0 && previous instanceof StreamTable p ? p : null, joins)) return null;
        }
        joins.forEach(Runnable::run);
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

        /** the middle of the lines the label is set on */
        float middle() {
            float t = (float) chunks.stream().mapToDouble(Chunk::top).min().orElse(0);
            float b = (float) chunks.stream().mapToDouble(Chunk::baseline).max().orElse(0);
            return (t + b) / 2;
        }

        Chunk merged() {
            List<PdfReader.Glyph> gs = new ArrayList<>();
            for (Chunk c : chunks) gs.addAll(c.glyphs());
            Chunk m = Chunk.of(gs);
            return new Chunk(m.glyphs(), m.left(), m.right(), m.top(), chunks.get(0).baseline(), m.size(), text(chunks));
        }
    }

    /** the value columns of a part: x extents of the value chunks of its data rows, overlapping ones joined */
    private static List<float[]> valueColumns(List<TLine> seg) {
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
        return merged;
    }

    /** whether two parts have the same value columns (a table going on to the next page) */
    private static boolean sameColumns(List<float[]> a, List<float[]> b, float size) {
        if (a.size() != b.size() || a.isEmpty()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs((a.get(i)[0] + a.get(i)[1]) / 2 - (b.get(i)[0] + b.get(i)[1]) / 2) > size) return false;
        }
        return true;
    }

    /** where the first value column's header may start: half the gap to the next column left of its values */
    private static float slotStart(List<float[]> cols, float size) {
        float gap = cols.size() > 1 ? (cols.get(1)[0] - cols.get(0)[1]) / 2 : size;
        return cols.get(0)[0] - Math.max(0, gap);
    }

    /**
     * Adds the rows of one part of a table; false (and nothing added) when the rows cannot be
     * rebuilt with certainty: no header (unless the part goes on from {@code previous}, the table
     * ending the previous page, with the same value columns), a data row without a label, a label
     * standing on a row of its own among the data rows (a label whose row is not known), or a group
     * label whose first row is not told by the item numbers of the rows beside it. Its text then
     * stays text. The rest of a group label cut by the page break is joined to its start on the
     * previous page by a task added to {@code joins}, run once the whole table is rebuilt.
     */
    private static boolean segment(List<TLine> seg, StreamTable t, StreamTable previous, List<Runnable> joins) {
        List<float[]> merged = valueColumns(seg);
        float size = (float) seg.stream().mapToDouble(TLine::size).max().orElse(10);
        if (merged.isEmpty()) return false;
        float firstValue = merged.get(0)[0];
        float headStart = slotStart(merged, size);
        int firstDataLine = 0;
        while (!seg.get(firstDataLine).hasValue()) firstDataLine++;
        // the header: the lines from the first one over the value columns down to the first data row (a caption
        // centred over the whole table, 第二十条第（一）项, is no header)
        float tableLeft = Float.MAX_VALUE;
        float tableRight = -Float.MAX_VALUE;
        for (TLine l : seg) {
            for (Chunk c : l.chunks()) {
                tableLeft = Math.min(tableLeft, c.left());
                tableRight = Math.max(tableRight, c.right());
            }
        }
        float tableCenter = (tableLeft + tableRight) / 2;
        int bandStart = firstDataLine;
        for (int k = 0; k < firstDataLine; k++) {
            List<Chunk> cs = seg.get(k).chunks();
            if (cs.size() == 1 && Math.abs(cs.get(0).center() - tableCenter) <= 2 * size) continue;
            if (cs.stream().anyMatch(c -> c.center() >= headStart)) {
                bandStart = k;
                break;
            }
        }
        List<TLine> band = seg.subList(bandStart, firstDataLine);
        boolean goesOn = band.isEmpty() && previous != null && sameColumns(previous.cols, merged, size);
        // the columns are known from a header: a part without one stays text unless it goes on from the previous page
        if (band.isEmpty() && !goesOn) return false;
        if (goesOn) merged = previous.cols;

        // rows: the header (one place for all its lines) and the data lines, with their chunks right of the labels
        List<SRow> rows = new ArrayList<>();
        java.util.Map<TLine, SRow> rowOf = new java.util.IdentityHashMap<>();
        List<Chunk> labels = new ArrayList<>();
        java.util.Map<Chunk, TLine> lineOf = new java.util.IdentityHashMap<>();
        SRow head = null;
        List<Chunk> headChunks = new ArrayList<>();
        List<Chunk> notes = new ArrayList<>();
        if (!band.isEmpty()) {
            head = new SRow(band.get(0), false, true);
            head.chunks.clear();
            head.middle = (band.get(0).middle() + band.get(band.size() - 1).middle()) / 2;
            rows.add(head);
            for (TLine l : band) {
                rowOf.put(l, head);
                for (Chunk c : rechunk(l, Split.WORDS).chunks()) (c.center() >= headStart ? headChunks : notes).add(c);
            }
        }
        for (TLine l : seg) {
            if (rowOf.containsKey(l)) continue;
            boolean data = l.hasValue();
            SRow row = data ? new SRow(l, true, false) : null;
            if (row != null) {
                row.chunks.clear();
                rows.add(row);
                rowOf.put(l, row);
            }
            for (Chunk c : l.chunks()) {
                if (row != null && (c.center() >= firstValue || c.value())) {
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
                boolean column = Math.abs(above.left() - c.left()) <= 1.5f * size || Math.abs(above.center() - c.center()) <= size
                    || c.left() >= above.left() - size && c.right() <= above.right() + size;
                boolean close = c.top() - above.baseline() <= 1.3f * size && c.top() > above.top();
                boolean narrow = above.glyphs().size() <= 2 && c.glyphs().size() <= 2;
                boolean bothData = rowOf.get(lineOf.get(c)) != null && s.lines.stream().anyMatch(l -> rowOf.get(l) != null);
                boolean fits = column && close && !LIST_START.matcher(c.text()).find() && (narrow || !bothData);
                // of two labels it may go on from, the one starting where it starts
                if (fits && (into == null || Math.abs(above.left() - c.left()) < Math.abs(into.last().left() - c.left()))) into = s;
            }
            if (into == null) {
                into = new Stack();
                stacks.add(into);
            }
            into.chunks.add(c);
            into.lines.add(lineOf.get(c));
        }
        rows.sort(Comparator.comparingDouble(r -> r.middle));
        List<SRow> dataRows = rows.stream().filter(r -> r.data).toList();
        // each label cell to its row: the first data line it stands on, else the nearest data row, when no header
        // is between them; a label far from every row (a group label centred on its rows) must be placed by item numbers
        java.util.Map<SRow, List<Chunk>> labelsOf = new java.util.IdentityHashMap<>();
        Set<Chunk> far = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Stack s : stacks) {
            SRow row = null;
            for (TLine l : s.lines) {
                if (rowOf.get(l) != null) {
                    row = rowOf.get(l);
                    break;
                }
            }
            Chunk m = s.merged();
            boolean isFar = false;
            if (row == null) {
                float mid = s.middle();
                SRow near = null;
                for (SRow r : dataRows) if (near == null || Math.abs(r.middle - mid) < Math.abs(near.middle - mid)) near = r;
                boolean separated = head != null && near != null && head.middle > Math.min(near.middle, mid)
                    && head.middle < Math.max(near.middle, mid);
                boolean within = !dataRows.isEmpty() && mid > dataRows.get(0).middle && mid < dataRows.get(dataRows.size() - 1).middle;
                if (near != null && !separated && (Math.abs(near.middle - mid) <= 1.6f * size || within)) {
                    row = near;
                    isFar = Math.abs(near.middle - mid) > 1.6f * size;
                } else {
                    row = new SRow(s.lines.get(0), false, false);
                    row.chunks.clear();
                    row.middle = m.middle();
                    rows.add(row);
                }
            }
            if (isFar) far.add(m);
            if (row != head) row.top = Math.min(row.top, m.top());
            labelsOf.computeIfAbsent(row, k -> new ArrayList<>()).add(m);
        }
        rows.sort(Comparator.comparingDouble(r -> r.middle));
        if (!groups(rows, labelsOf, far, size, goesOn ? previous : null, joins)) return false;
        int firstData = -1;
        int lastData = -1;
        for (int r = 0; r < rows.size(); r++) {
            if (!rows.get(r).data) continue;
            if (firstData < 0) firstData = r;
            lastData = r;
        }
        if (firstData != lastData) {
            for (int r = firstData; r <= lastData; r++) {
                SRow row = rows.get(r);
                boolean labelled = !labelsOf.getOrDefault(row, List.of()).isEmpty();
                if (row.data && !labelled) return false;
                if (!row.data && labelled) return false;
            }
        }
        float y = -Float.MAX_VALUE;
        for (SRow row : rows) {
            List<Chunk> ls = labelsOf.getOrDefault(row, List.of());
            // the rows keep their order on the page (a label moved up to its row may stand lower than the row above)
            row.top = Math.max(row.top, y);
            y = row.top + 0.01f;
            if (row == head) {
                notes.addAll(ls);
                t.rows.addAll(header(headChunks, notes, merged, size, row.top));
                continue;
            }
            if (row.chunks.isEmpty() && ls.isEmpty()) continue;
            t.rows.add(cells(row, ls, merged));
        }
        t.cols = merged;
        return true;
    }

    /**
     * A group label (三、本年度办理结果, （三）不予公开) stands on the first row of its group: set
     * beside the middle of its rows, it moves up over the rows whose next label in is numbered
     * after 1 (2.…, （三）…) until the row numbered 1. False when that cannot be told: a label far
     * from every row whose rows are not numbered, or a group whose first row is not there. At the
     * top of a part going on from {@code previous}, a group label that is no label's start is the
     * rest of the last group label there, cut by the page break.
     */
    private static boolean groups(List<SRow> rows, java.util.Map<SRow, List<Chunk>> labelsOf, Set<Chunk> far, float size,
                                  StreamTable previous, List<Runnable> joins) {
        List<Chunk> all = new ArrayList<>();
        java.util.Map<Chunk, SRow> at = new java.util.IdentityHashMap<>();
        for (SRow r : rows) {
            if (!r.data) continue;
            for (Chunk c : labelsOf.getOrDefault(r, List.of())) {
                all.add(c);
                at.put(c, r);
            }
        }
        all.sort(Comparator.comparingDouble(Chunk::left).reversed());
        for (Chunk c : all) {
            int ri = rows.indexOf(at.get(c));
            while (true) {
                Chunk inner = null;
                for (Chunk o : labelsOf.getOrDefault(rows.get(ri), List.of())) {
                    if (o.left() > c.left() + size && (inner == null || o.left() < inner.left())) inner = o;
                }
                int n = inner == null ? -1 : itemNumber(inner.text());
                if (n == 1 || n < 0 && !far.contains(c)) break;
                if (n < 0) return false;
                SRow up = ri > 0 ? rows.get(ri - 1) : null;
                // the row above must have no label of this level (an outer group label moves later, by its own rows)
                boolean free = up != null && up.data
                    && labelsOf.getOrDefault(up, List.of()).stream().noneMatch(o -> Math.abs(o.left() - c.left()) <= size);
                if (!free) {
                    if (previous == null || up != null || LIST_START.matcher(c.text()).find()) return false;
                    PdfTableBuilder.TCell start = groupStart(previous, c, size);
                    if (start == null) return false;
                    labelsOf.get(rows.get(ri)).remove(c);
                    joins.add(() -> start.text = start.text + c.text());
                    break;
                }
                labelsOf.get(rows.get(ri)).remove(c);
                labelsOf.computeIfAbsent(up, k -> new ArrayList<>()).add(c);
                ri--;
            }
        }
        return true;
    }

    /** the last group label of a table in the column of {@code rest}: where a label cut by the page break starts */
    private static PdfTableBuilder.TCell groupStart(StreamTable t, Chunk rest, float size) {
        for (int r = t.rows.size() - 1; r >= 0; r--) {
            for (PdfTableBuilder.TCell c : t.rows.get(r).cells) {
                if (Math.abs(c.left - rest.left()) <= size && LIST_START.matcher(c.text).find()) return c;
            }
        }
        return null;
    }

    private static final Pattern ITEM = Pattern.compile(
        "^\\s*(?:[（(]\\s*([一二三四五六七八九十\\d]{1,3})\\s*[）)]|([一二三四五六七八九十]{1,3})\\s*[、.．,，]|(\\d{1,2})\\s*[、.．,，)）])");

    /** the item number a label starts with (1.、（三）、二、), or −1 */
    static int itemNumber(String label) {
        java.util.regex.Matcher m = ITEM.matcher(label);
        if (!m.find()) return -1;
        String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        if (n.chars().allMatch(Character::isDigit)) return Integer.parseInt(n);
        String digits = "一二三四五六七八九";
        int ten = n.indexOf('十');
        if (ten < 0) return n.length() == 1 ? digits.indexOf(n.charAt(0)) + 1 : -1;
        int tens = ten == 0 ? 1 : digits.indexOf(n.charAt(0)) + 1;
        int ones = ten == n.length() - 1 ? 0 : digits.indexOf(n.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }

    /**
     * The header's rows: a column's header is the words in its column at the bottom of the header
     * (lines close above each other are one name: 商业/企业); words over several columns, or above
     * a gap, name a group of columns (申请人情况, 法人或其他组织, 行政复议) and give a row each level,
     * top to bottom, before the row of the columns' names. The words left of the columns (信息内容,
     * the 勾稽 note) are the first cell of the first row.
     */
    private static List<PdfTableBuilder.Row> header(List<Chunk> head, List<Chunk> notes, List<float[]> cols, float size, float top) {
        int n = cols.size();
        float[] bounds = new float[n + 1];
        bounds[0] = -Float.MAX_VALUE;
        bounds[n] = Float.MAX_VALUE;
        for (int i = 1; i < n; i++) bounds[i] = (cols.get(i - 1)[1] + cols.get(i)[0]) / 2;
        List<List<Chunk>> below = new ArrayList<>();
        for (int i = 0; i < n; i++) below.add(new ArrayList<>());
        java.util.Map<Chunk, Integer> slotOf = new java.util.IdentityHashMap<>();
        for (Chunk c : head) {
            int best = 0;
            float bestOverlap = -1;
            for (int i = 0; i < n; i++) {
                float o = Math.min(c.right(), bounds[i + 1]) - Math.max(c.left(), bounds[i]);
                if (o > bestOverlap) {
                    bestOverlap = o;
                    best = i;
                }
            }
            slotOf.put(c, best);
            if (bestOverlap >= 0.75f * (c.right() - c.left())) below.get(best).add(c);
        }
        List<List<Chunk>> leaves = new ArrayList<>();
        Set<Chunk> leaf = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Chunk> inSlot : below) {
            inSlot.sort(Comparator.comparingDouble(Chunk::top).reversed());
            List<Chunk> name = new ArrayList<>();
            for (Chunk c : inSlot) {
                float upper = name.isEmpty() ? Float.MAX_VALUE : (float) name.stream().mapToDouble(Chunk::top).min().orElse(0);
                if (!name.isEmpty() && upper - c.baseline() > 1.6f * size) break;
                name.add(c);
            }
            leaf.addAll(name);
            leaves.add(name);
        }
        List<List<Chunk>> levels = new ArrayList<>();
        List<Chunk> groups = new ArrayList<>(head.stream().filter(c -> !leaf.contains(c)).toList());
        groups.sort(Comparator.comparingDouble(Chunk::baseline).thenComparingDouble(Chunk::left));
        for (Chunk c : groups) {
            List<Chunk> last = levels.isEmpty() ? null : levels.get(levels.size() - 1);
            if (last != null && Math.abs(last.get(0).baseline() - c.baseline()) <= 0.6f * size) last.add(c);
            else levels.add(new ArrayList<>(List.of(c)));
        }
        List<PdfTableBuilder.Row> out = new ArrayList<>();
        float y = top;
        String note = text(notes);
        for (List<Chunk> level : levels) {
            PdfTableBuilder.Row row = new PdfTableBuilder.Row(y);
            y += 0.01f;
            row.cells.add(new PdfTableBuilder.TCell(0, 0, 0, 0, false, false, out.isEmpty() ? note : ""));
            for (Chunk c : level) {
                int s = slotOf.get(c);
                row.cells.add(new PdfTableBuilder.TCell(1 + s, 1 + s, c.left(), c.right(), false, false, text(List.of(c))));
            }
            out.add(row);
        }
        PdfTableBuilder.Row names = new PdfTableBuilder.Row(y);
        names.cells.add(new PdfTableBuilder.TCell(0, 0, 0, 0, false, false, out.isEmpty() ? note : ""));
        for (int i = 0; i < n; i++) {
            names.cells.add(new PdfTableBuilder.TCell(1 + i, 1 + i, cols.get(i)[0], cols.get(i)[1], false, false, text(leaves.get(i))));
        }
        out.add(names);
        return out;
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
