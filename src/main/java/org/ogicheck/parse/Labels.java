package org.ogicheck.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ogicheck.model.AppRows;
import org.ogicheck.model.Layout;
import org.ogicheck.model.SourceRef;
import org.ogicheck.model.Text;
import org.ogicheck.read.Block;

/**
 * The label cells of a table row, for every reader alike: where they end, and a row label broken in two —
 * over two cells of its row, or over two rows (the first with the label's start and no number, the next
 * with the rest and the numbers), as converted and retyped tables break long labels. A label is joined
 * only when its second part cannot be a label of its own (no 一、 （三） 2. of its own, naming no row) and
 * the joined label names a row: the official label, or a row the first part alone does not name.
 */
final class Labels {
    /** what begins a row label of the format: 一、 （三） 2. */
    private static final Pattern MARKER = Pattern.compile("^(?:[一二三四][、.,]|\\([一二三四五六七]\\)|\\d[.、,])");
    /** words that begin a remark or a breakdown row, never the rest of a label */
    private static final Pattern REMARK = Pattern.compile("^(?:其中|含|注|说明|单位)");

    private Labels() {
    }

    /** index of the first value cell after the leading label cells */
    static int end(List<String> cells) {
        int end = 0;
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (!Numbers.isValueLike(c)) {
                end = i + 1;
            } else if (!c.isBlank() || !labelFollows(cells, i)) {
                break;
            }
        }
        return end;
    }

    /** whether a label cell comes after position i before any non-blank value (an empty sub-label cell) */
    private static boolean labelFollows(List<String> cells, int i) {
        for (int j = i + 1; j < cells.size(); j++) {
            String c = cells.get(j);
            if (!Numbers.isValueLike(c)) return true;
            if (!c.isBlank()) return false;
        }
        return false;
    }

    /** whether a normalised label names a row of a table of the format (第二十条 blocks, 三, 四) by itself */
    static boolean namesRow(String norm) {
        return Layout.a20RowKey(null, norm) != null || Layout.appRowKey(List.of(norm), 0) != null || Layout.litRowKey(norm) != null;
    }

    /** whether a normalised label can only be the rest of a label broken before it */
    static boolean continuation(String norm) {
        return !norm.isEmpty() && !MARKER.matcher(norm).find() && !REMARK.matcher(norm).find() && !namesRow(norm);
    }

    /** whether {@code head + rest} (normalised) is a label broken in two: see the class comment */
    static boolean broken(String head, String rest) {
        String joined = head + rest;
        if (!continuation(rest) || !namesRow(joined)) return false;
        return official(joined) || !namesRow(head) || open(head);
    }

    private static boolean official(String norm) {
        for (String l : AppRows.officialLabels()) if (Text.norm(l).equals(norm)) return true;
        for (String item : List.of("一", "五", "六", "八", "九")) {
            for (String[] r : Layout.a20Rows(item)) if (r[1].equals(norm)) return true;
        }
        return norm.equals("行政规范性文件");
    }

    /** a label cut inside its brackets or after a comma */
    private static boolean open(String norm) {
        return norm.lastIndexOf('(') > norm.lastIndexOf(')') || norm.endsWith(",") || norm.endsWith("，") || norm.endsWith("、");
    }

    /**
     * whether row {@code b} carries on the label of row {@code a}: a has labels and no value, b has values and
     * its first label is the rest of a's last one
     */
    static boolean goesOn(Block a, Block b) {
        if (!a.isRow() || !b.isRow()) return false;
        int ae = end(a.cells());
        int be = end(b.cells());
        if (ae == 0 || be == 0) return false;
        if (a.cells().stream().skip(ae).anyMatch(c -> !c.isBlank())) return false;
        if (b.cells().stream().skip(be).allMatch(String::isBlank)) return false;
        int last = lastLabel(a.cells(), ae);
        int first = firstLabel(b.cells(), be);
        return broken(Text.norm(a.cells().get(last)), Text.norm(b.cells().get(first)));
    }

    /** the row a label broken over rows a and b makes: a's labels, the label joined, b's further labels and values */
    static Block join(Block a, Block b) {
        int last = lastLabel(a.cells(), end(a.cells()));
        int first = firstLabel(b.cells(), end(b.cells()));
        List<String> cells = new ArrayList<>(a.cells().subList(0, last));
        List<SourceRef> srcs = new ArrayList<>();
        for (int i = 0; i < last; i++) srcs.add(a.cellSrc(i));
        cells.add(a.cells().get(last).strip() + b.cells().get(first).strip());
        srcs.add(a.cellSrc(last));
        for (int i = first + 1; i < b.cells().size(); i++) {
            cells.add(b.cells().get(i));
            srcs.add(b.cellSrc(i));
        }
        return Block.row(cells, srcs, a.src());
    }

    private static int lastLabel(List<String> cells, int end) {
        int i = end - 1;
        while (i > 0 && cells.get(i).isBlank()) i--;
        return i;
    }

    private static int firstLabel(List<String> cells, int end) {
        int i = 0;
        while (i < end - 1 && cells.get(i).isBlank()) i++;
        return i;
    }
}
