package org.ogicheck.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ogicheck.model.SourceRef;
import org.ogicheck.read.Block;
import org.ogicheck.read.Document;
import org.ogicheck.read.TextReader;

/**
 * Trainer material in the report's own form: a mutation computed once on the text layout
 * ({@link Mutator}) applied to the original file. Each changed line of the text layout is one
 * block of the file as read, so the change is known as a cell (table, row and column on the
 * table's grid, from the reader's sources) or a line (its text and place) with its old and new
 * text; the writer of the format finds the same cell or line in the file and changes only that:
 * an HTML page is edited in its source text (every other byte kept), a Word document in its runs
 * and cells (styles kept); a PDF is laid out anew from the broken text, its tables drawn with
 * ruling lines.
 */
public final class FormatWriter {
    private FormatWriter() {
    }

    /** a cell whose text changes: where the reader found it, its text as read and as it now reads */
    record CellChange(SourceRef src, String before, String after) {
    }

    /** a table row that goes */
    record RowRemoval(Block row, int index) {
    }

    /** a line whose text changes (after null: the line goes); index is the block's position in the document */
    record LineChange(Block line, int index, String before, String after) {
    }

    /**
     * a table that becomes a paragraph: its first row read is now a line of text, its other rows go (the writer
     * checks that none stays); the table's number is that of its rows' sources
     */
    record TableToText(Block firstRow, String text) {
        int table() {
            return firstRow.src().table();
        }
    }

    /** the changes of a mutation, by kind */
    record Changes(List<CellChange> cells, List<RowRemoval> rows, List<LineChange> lines, List<TableToText> tables) {
        /** by table number, how many of the table's rows read stay (0: the table goes, or becomes a paragraph) */
        Map<Integer, Integer> rowsLeft(Document doc) {
            Map<Integer, Integer> left = new HashMap<>();
            for (Block b : doc.blocks()) if (b.isRow() && b.src().table() != null) left.merge(b.src().table(), 1, Integer::sum);
            for (RowRemoval r : rows) left.merge(r.row().src().table(), -1, Integer::sum);
            for (TableToText t : tables) left.merge(t.table(), -1, Integer::sum);
            return left;
        }
    }

    /** the file extension a broken copy of this document gets in its own format, or null when it cannot have one */
    public static String extension(Document doc) {
        return switch (doc.format()) {
            case "html" -> "html";
            case "docx" -> "docx";
            case "pdf" -> "pdf";
            case "text" -> "txt";
            default -> null;
        };
    }

    /** whether a file name ends in the extension (html also: htm, shtml) */
    public static boolean named(String fileName, String ext) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (ext.equals("html")) return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml");
        return n.endsWith("." + ext);
    }

    /**
     * The broken report in the format of the original.
     *
     * @param original the original file's bytes
     * @param src the original as read ({@link Mutator#source})
     * @throws Mutator.NotApplicable the change cannot be made in this format, and why
     */
    public static byte[] write(byte[] original, Mutator.Source src, Mutator.Mutation m) throws Mutator.NotApplicable {
        Document doc = src.doc();
        String ext = extension(doc);
        if (ext == null) throw new Mutator.NotApplicable("format.cannotWrite", doc.format());
        if (ext.equals("txt")) return (String.join("\n", m.lines()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (ext.equals("pdf")) return PdfLayout.write(m.lines(), doc.meta().get("title"));
        Changes ch = changes(src, m);
        return ext.equals("html") ? HtmlEdits.apply(original, doc, ch) : DocxEdits.apply(original, doc, ch);
    }

    static Changes changes(Mutator.Source src, Mutator.Mutation m) throws Mutator.NotApplicable {
        List<Block> blocks = src.doc().blocks();
        List<String> lines = src.lines();
        if (blocks.size() != lines.size() || m.edited().size() != lines.size()) {
            throw new Mutator.NotApplicable("format.notLocated", src.doc().source());
        }
        List<CellChange> cells = new ArrayList<>();
        List<RowRemoval> rows = new ArrayList<>();
        List<LineChange> changed = new ArrayList<>();
        List<TableToText> tables = new ArrayList<>();
        for (int i : m.changedLines(lines)) {
            Block b = blocks.get(i);
            String after = m.edited().get(i);
            if (after != null && after.contains("\n")) throw new Mutator.NotApplicable("format.newLine", i + 1);
            if (!b.isRow()) {
                if (b.isImage()) throw new Mutator.NotApplicable("format.notLocated", b.src().describe());
                changed.add(new LineChange(b, i, b.text(), after));
                continue;
            }
            if (after == null) {
                rows.add(new RowRemoval(b, i));
                continue;
            }
            if (after.indexOf('|') < 0) {
                if (b.src().table() == null) throw new Mutator.NotApplicable("format.notLocated", b.src().describe());
                tables.add(new TableToText(b, after));
                continue;
            }
            List<String> was = TextReader.splitRow(lines.get(i));
            List<String> now = TextReader.splitRow(after);
            for (int c = 0; c < Math.max(was.size(), now.size()); c++) {
                String w = c < was.size() ? was.get(c) : "";
                String n = c < now.size() ? now.get(c) : "";
                if (w.equals(n)) continue;
                if (c >= b.cells().size()) throw new Mutator.NotApplicable("format.noSuchCell", i + 1, c + 1);
                cells.add(new CellChange(b.cellSrc(c), b.cells().get(c), n));
            }
        }
        Changes out = new Changes(cells, rows, changed, tables);
        Map<Integer, Integer> left = out.rowsLeft(src.doc());
        Set<Integer> once = new HashSet<>();
        for (TableToText t : tables) {
            // the whole table becomes one paragraph: no row of it stays, no second row becomes text
            if (left.getOrDefault(t.table(), 0) != 0 || !once.add(t.table())) {
                throw new Mutator.NotApplicable("format.notLocated", t.firstRow().src().describe());
            }
        }
        return out;
    }
}
