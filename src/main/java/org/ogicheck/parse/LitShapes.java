package org.ogicheck.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ogicheck.model.Cell;
import org.ogicheck.model.Layout;
import org.ogicheck.model.Text;
import org.ogicheck.model.Value;
import org.ogicheck.read.Block;

/**
 * Table 四 in the shapes real reports give it besides the format's one table: <b>in parts</b> — a 行政复议 table
 * (结果维持 … 总计) and a 行政诉讼 table (未经复议直接起诉 and 复议后起诉, five columns each), or one table per group,
 * with captions between them — and <b>transposed</b> (a row per result, a column per group). Read only when every
 * part's header names the format's columns exactly one way: each group once, its five results in the format's
 * order, each data row exactly one value per named column. Any other shape is no reading (null), and the table
 * stays as the row-by-row reading left it (a layout issue, its cells withheld). The same for every reader: the
 * header's names are compared with merged cells counted once, so a header spanned by colspan (HTML, Word) and one
 * whose spans were collapsed (a copy, the corpus text) read alike.
 */
final class LitShapes {
    /** the 行政诉讼 heading over its two groups: no group of its own */
    private static final String LAWSUIT = "lawsuit";
    /** the corner cell of a header, or a data row's label that names no row: no column */
    private static final Pattern CORNER = Layout.LIT_CORNER;
    /** a caption line over a part (（一）行政复议情况): short, no sentence */
    private static final int CAPTION_MAX = 20;

    private LitShapes() {
    }

    /** the 15 cells of table 四 read from its blocks in one of the shapes above, exactly one way, or null */
    static List<Cell> read(List<Block> blocks) {
        List<Cell> parts = inParts(blocks);
        List<Cell> swapped = transposed(blocks);
        if (parts != null && swapped != null) return null;
        return parts != null ? parts : swapped;
    }

    /** the group a header name or caption names: a key of {@link Layout#LIT_ROWS}, {@link #LAWSUIT}, or null */
    private static String group(String norm) {
        String g = Layout.litRowKey(norm);
        if (g != null) return g;
        return norm.contains("行政诉讼") && !norm.contains("行政复议") ? LAWSUIT : null;
    }

    private static int result(String norm) {
        return Layout.LIT_COLUMN_LABELS.indexOf(norm);
    }

    /** the row's non-blank cells, normalised, a merged cell repeated by colspan counted once */
    private static List<String> names(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            String t = Text.norm(c);
            if (!t.isEmpty() && (out.isEmpty() || !out.get(out.size() - 1).equals(t))) out.add(t);
        }
        return out;
    }

    private static boolean hasValue(Block b) {
        return b.isRow() && b.cells().stream().anyMatch(Numbers::written);
    }

    /** a part of table 四 in parts: the groups its header names in order, its results header, its data row */
    private record Part(List<String> groups, Block data, int start) {
    }

    private static List<Cell> inParts(List<Block> blocks) {
        List<Part> parts = new ArrayList<>();
        String caption = null;
        List<List<String>> header = new ArrayList<>();
        for (Block b : blocks) {
            if (!b.isRow()) {
                String t = Text.norm(b.text());
                if (t.length() <= CAPTION_MAX && group(t) != null) caption = group(t);
                continue;
            }
            boolean blank = b.cells().stream().allMatch(String::isBlank);
            if (blank && header.isEmpty()) continue;
            if (!hasValue(b) && !blank) {
                header.add(names(b.cells()));
                continue;
            }
            Part p = part(header, caption, b);
            if (p == null) return null;
            parts.add(p);
            header = new ArrayList<>();
            caption = null;
        }
        if (parts.isEmpty() || !header.isEmpty()) return null;
        // a part that names no group is the one group no other part names, when there is exactly one such part
        List<String> named = new ArrayList<>();
        for (Part p : parts) named.addAll(p.groups());
        List<String> left = new ArrayList<>(Layout.LIT_ROWS);
        left.removeAll(named);
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (!p.groups().isEmpty()) {
                out.add(p);
            } else if (left.size() == 1 && parts.stream().filter(q -> q.groups().isEmpty()).count() == 1) {
                out.add(new Part(List.of(left.get(0)), p.data(), p.start()));
                named.add(left.get(0));
            } else {
                return null;
            }
        }
        if (named.size() != 3 || !named.containsAll(Layout.LIT_ROWS)) return null;
        List<Cell> cells = new ArrayList<>();
        for (Part p : out) {
            int[] at = values(p.data(), p.start(), 5 * p.groups().size());
            for (int g = 0; g < p.groups().size(); g++) {
                for (int r = 0; r < 5; r++) cells.add(cell(p.groups().get(g), r, p.data(), at[g * 5 + r]));
            }
        }
        return cells;
    }

    /**
     * A part's header and data row read: the groups it names (in order; a group named beside 行政诉讼 after it; none
     * when only the caption or the data row's label names it), its results the format's five once per group. Null
     * when they do not fit.
     */
    private static Part part(List<List<String>> header, String caption, Block data) {
        List<String> groups = new ArrayList<>();
        List<Integer> results = new ArrayList<>();
        for (List<String> row : header) {
            boolean lawsuitSeen = false;
            for (String n : row) {
                String g = group(n);
                int r = result(n);
                if (LAWSUIT.equals(g)) {
                    lawsuitSeen = true;
                } else if (g != null) {
                    if (g.equals("review") && lawsuitSeen || groups.contains(g)) return null;
                    groups.add(g);
                } else if (r >= 0) {
                    results.add(r);
                } else if (!CORNER.matcher(n).matches()) {
                    return null;
                }
            }
        }
        int end = Labels.end(data.cells());
        for (String label : names(data.cells().subList(0, end))) {
            String g = group(label);
            if (g != null && !LAWSUIT.equals(g) && groups.isEmpty()) groups.add(g);
            else if (!CORNER.matcher(label).matches()) return null;
        }
        if (groups.isEmpty() && caption != null && !LAWSUIT.equals(caption)) groups.add(caption);
        if (!groups.equals(Layout.LIT_ROWS.stream().filter(groups::contains).toList())) return null;
        int k = Math.max(1, groups.size());
        if (results.size() != 5 * k) return null;
        for (int i = 0; i < results.size(); i++) if (results.get(i) != i % 5) return null;
        if (values(data, end, 5 * k) == null) return null;
        return new Part(groups, data, end);
    }

    /** the positions of a data row's n values from start: exactly n cells, or surplus blank cells that leave one reading */
    private static int[] values(Block data, int start, int n) {
        List<String> cs = data.cells();
        if (cs.size() - start == n) {
            int[] at = new int[n];
            for (int i = 0; i < n; i++) at[i] = start + i;
            return at;
        }
        return cs.size() - start > n ? Alignment.realign(cs, start, n) : null;
    }

    private static Cell cell(String group, int result, Block b, int at) {
        int g = Layout.LIT_ROWS.indexOf(group);
        return new Cell("LIT", "四", group, Layout.LIT_COLUMNS.get(result), Layout.LIT_ROW_LABELS.get(g),
            Layout.LIT_COLUMN_LABELS.get(result), Numbers.read(b.cells().get(at)), b.cellSrc(at));
    }

    /**
     * Table 四 with rows and columns swapped: a header naming the three groups, each once (行政诉讼 over 未经复议直接起诉
     * and 复议后起诉 on the header's next row), and five data rows labelled with the five results, each once, each
     * with one value per group.
     */
    private static List<Cell> transposed(List<Block> blocks) {
        List<String> columns = null;
        Map<Integer, Block> rows = new LinkedHashMap<>();
        Map<Integer, Integer> starts = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (!b.isRow() || b.cells().stream().allMatch(String::isBlank)) continue;
            List<String> names = names(b.cells());
            // a result's row is a data row, its values blank or not
            if (!hasValue(b) && result(names.get(0)) < 0) {
                if (!rows.isEmpty()) return null;
                columns = headerGroups(columns, names);
                if (columns == null) return null;
                continue;
            }
            if (columns == null || columns.size() != 3 || columns.contains(LAWSUIT)) return null;
            int end = Labels.end(b.cells());
            List<String> label = names(b.cells().subList(0, end));
            int r = label.size() == 1 ? result(label.get(0)) : -1;
            if (r < 0 || rows.containsKey(r) || values(b, end, 3) == null) return null;
            rows.put(r, b);
            starts.put(r, end);
        }
        if (rows.size() != 5) return null;
        List<Cell> cells = new ArrayList<>();
        for (String g : Layout.LIT_ROWS) {
            int col = columns.indexOf(g);
            for (int r = 0; r < 5; r++) {
                Block b = rows.get(r);
                cells.add(cell(g, r, b, values(b, starts.get(r), 3)[col]));
            }
        }
        return cells;
    }

    /**
     * The groups a transposed table's header names so far, given its next row: the first row's groups in order
     * (a corner cell skipped), 行政诉讼 standing for the two groups the next row names. Null when the row names
     * anything else, or a group twice.
     */
    private static List<String> headerGroups(List<String> before, List<String> row) {
        List<String> named = new ArrayList<>();
        for (String n : row) {
            String g = group(n);
            if (g != null) named.add(g);
            else if (!CORNER.matcher(n).matches()) return null;
        }
        if (named.isEmpty()) return before;
        // 行政诉讼 and its two groups on one row (its span over them lost in a copy of labels on lines)
        int over = named.indexOf(LAWSUIT);
        if (before == null && over >= 0 && over + 2 < named.size() && !named.subList(over + 1, over + 3).contains("review")
            && !named.subList(over + 1, over + 3).contains(LAWSUIT)) {
            named = new ArrayList<>(named);
            named.remove(over);
        }
        if (before == null) return named.stream().distinct().count() == named.size() ? named : null;
        int at = before.indexOf(LAWSUIT);
        if (at < 0 || named.size() != 2 || named.contains(LAWSUIT) || named.contains("review")) return null;
        List<String> out = new ArrayList<>(before);
        out.remove(at);
        out.addAll(at, named);
        return out.stream().distinct().count() == out.size() ? out : null;
    }
}
