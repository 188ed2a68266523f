package org.ogicheck.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.ogicheck.model.SourceRef;
import org.ogicheck.read.Block;
import org.ogicheck.read.Document;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document edited in place with POI: a changed cell or line is rewritten in the run that
 * holds the changed characters (its style kept), a row or paragraph taken out goes from the XML.
 * Paragraphs and tables are counted in body order as {@code read.DocxReader} counts them (a layout
 * table's cells as body text), and a table's cells placed on its grid as the reader places them
 * (gridBefore, gridSpan, vMerge, hMerge); each change is checked against the text read there.
 */
final class DocxEdits {
    private DocxEdits() {
    }

    /** a cell covering grid positions, and where it starts */
    private record At(XWPFTableCell cell, int row, int col) {
    }

    private static final class Table {
        final XWPFTable t;
        final Map<Long, At> grid = new HashMap<>();

        Table(XWPFTable t) {
            this.t = t;
        }

        At at(int r, int c) {
            return grid.get(((long) r << 32) | c);
        }

        void put(int r, int c, At at) {
            grid.put(((long) r << 32) | c, at);
        }
    }

    /** a run as a piece of text: its first text element takes the new text, the others are emptied */
    private record Run(XWPFRun run) implements Spans.Piece {
        @Override
        public String get() {
            return run.text();
        }

        @Override
        public void set(String text) {
            CTR r = run.getCTR();
            if (r.sizeOfTArray() == 0) {
                run.setText(text);
                return;
            }
            run.setText(text, 0);
            for (int i = r.sizeOfTArray() - 1; i >= 1; i--) r.removeT(i);
        }
    }

    static byte[] apply(byte[] bytes, Document doc, FormatWriter.Changes ch) throws Mutator.NotApplicable {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Object> paragraphs = new ArrayList<>();
            List<Table> tables = new ArrayList<>();
            body(d.getBodyElements(), paragraphs, tables);
            List<XmlObject> gone = new ArrayList<>();

            for (FormatWriter.CellChange c : ch.cells()) {
                At at = cell(tables, c.src(), c.before(), doc);
                if (at.row != c.src().row() - 1 || at.col != c.src().col() - 1) {
                    throw new Mutator.NotApplicable("format.mergedCell", c.src().describe());
                }
                List<Run> runs = runs(at.cell.getParagraphs());
                if (!Spans.visible(runs).equals(Spans.visible(c.before()))) throw new Mutator.NotApplicable("format.notLocated", c.src().describe());
                if (runs.isEmpty()) {
                    XWPFRun r = at.cell.getParagraphs().get(0).createRun();
                    styleLikeRow(r, at.cell);
                    r.setText(c.after());
                } else {
                    Spans.rewrite(runs, 0, c.before(), c.after());
                }
            }
            Map<Integer, Integer> rowsLeft = ch.rowsLeft(doc);
            for (FormatWriter.TableToText t : ch.tables()) {
                Block b = t.firstRow();
                if (t.table() > tables.size()) throw new Mutator.NotApplicable("format.notLocated", b.src().describe());
                for (int i = 0; i < b.cells().size(); i++) {
                    if (!b.cells().get(i).isBlank()) cell(tables, b.cellSrc(i), b.cells().get(i), doc);
                }
                XWPFTable table = tables.get(t.table() - 1).t;
                paragraphInPlaceOf(table, t.text(), b.src());
                gone.add(table.getCTTbl());
            }
            for (FormatWriter.RowRemoval r : ch.rows()) {
                Block b = r.row();
                int ti = b.src().table() - 1;
                if (ti >= tables.size()) throw new Mutator.NotApplicable("format.notLocated", b.src().describe());
                Table t = tables.get(ti);
                for (int i = 0; i < b.cells().size(); i++) {
                    if (!b.cells().get(i).isBlank()) cell(tables, b.cellSrc(i), b.cells().get(i), doc);
                }
                if (rowsLeft.get(b.src().table()) <= 0) {
                    if (!gone.contains(t.t.getCTTbl())) gone.add(t.t.getCTTbl());
                    continue;
                }
                int row = b.src().row() - 1;
                XWPFTableRow tr = t.t.getRow(row);
                // a vertical merge starting in this row starts in the next one instead
                if (row + 1 < t.t.getRows().size()) {
                    for (XWPFTableCell cell : tr.getTableCells()) {
                        At at = null;
                        for (At x : t.grid.values()) if (x.cell == cell) at = x;
                        if (at == null || at.row != row) continue;
                        At below = t.at(row + 1, at.col);
                        if (below != null && below.cell == cell) {
                            XWPFTableCell next = null;
                            for (XWPFTableCell nc : t.t.getRow(row + 1).getTableCells()) {
                                At nx = null;
                                for (Map.Entry<Long, At> e : t.grid.entrySet()) {
                                    if ((int) (e.getKey() >> 32) == row + 1 && e.getValue().cell == nc) nx = new At(nc, row + 1, (int) (e.getKey() & 0xffffffffL));
                                }
                                if (nx != null && nx.col == at.col) next = nc;
                            }
                            if (next != null) next.getCTTc().set(cell.getCTTc().copy());
                        }
                    }
                }
                gone.add(tr.getCtRow());
            }
            for (FormatWriter.LineChange l : ch.lines()) {
                int no = l.line().src().line();
                if (no <= 0 || no > paragraphs.size() || !(paragraphs.get(no - 1) instanceof XWPFParagraph p)) {
                    throw new Mutator.NotApplicable("format.notLocated", describe(l));
                }
                List<Run> runs = runs(List.of(p));
                if (!Spans.visible(runs).equals(Spans.visible(p.getText()))) throw new Mutator.NotApplicable("format.notLocated", describe(l));
                int offset = 0;
                boolean only = true;
                for (int i = 0; i < doc.blocks().size(); i++) {
                    Block b = doc.blocks().get(i);
                    if (b.isRow() || b.isImage() || b.src().line() != no || i == l.index()) continue;
                    only = false;
                    if (i < l.index()) offset += Spans.visible(b.text()).length();
                }
                if (l.after() == null && only && !p.getRuns().stream().anyMatch(r -> !r.getEmbeddedPictures().isEmpty())) {
                    if (p.getBody() instanceof XWPFTableCell cell && cell.getParagraphs().size() == 1) {
                        Spans.replace(runs, 0, Spans.visible(runs).length(), "");
                    } else {
                        gone.add(p.getCTP());
                    }
                    continue;
                }
                if (!Spans.rewrite(runs, offset, l.before(), l.after() == null ? "" : l.after())) {
                    throw new Mutator.NotApplicable("format.notLocated", describe(l));
                }
            }
            for (XmlObject x : gone) {
                try (XmlCursor c = x.newCursor()) {
                    c.removeXml();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.write(out);
            return out.toByteArray();
        } catch (Mutator.NotApplicable e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new Mutator.NotApplicable("format.notLocated", doc.source() + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static org.ogicheck.i18n.Said describe(FormatWriter.LineChange l) {
        String t = l.before();
        return Mutator.place("place.paragraph", l.line().src().line(), t.length() > 30 ? t.substring(0, 30) + "…" : t);
    }

    private static At cell(List<Table> tables, SourceRef src, String text, Document doc) throws Mutator.NotApplicable {
        if (src.table() == null || src.row() == null || src.col() == null || src.table() > tables.size()) {
            throw new Mutator.NotApplicable("format.notLocated", src.describe());
        }
        At at = tables.get(src.table() - 1).at(src.row() - 1, src.col() - 1);
        if (at == null || !Spans.visible(cellText(at.cell)).equals(Spans.visible(text))) {
            throw new Mutator.NotApplicable("format.notLocated", src.describe());
        }
        return at;
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (IBodyElement el : cell.getBodyElements()) {
            if (el instanceof XWPFParagraph p) sb.append(p.getText()).append(' ');
            else if (el instanceof XWPFTable t) sb.append(t.getText()).append(' ');
        }
        return sb.toString();
    }

    private static List<Run> runs(List<XWPFParagraph> ps) {
        List<Run> out = new ArrayList<>();
        for (XWPFParagraph p : ps) for (XWPFRun r : p.getRuns()) out.add(new Run(r));
        return out;
    }

    /** a paragraph of this text (the document's normal style) just before the table, which goes */
    private static void paragraphInPlaceOf(XWPFTable table, String text, SourceRef where) throws Mutator.NotApplicable {
        XWPFParagraph p;
        try (XmlCursor c = table.getCTTbl().newCursor()) {
            p = table.getBody().insertNewParagraph(c);
        }
        if (p == null) throw new Mutator.NotApplicable("format.notLocated", where.describe());
        p.createRun().setText(text);
    }

    /** a new run in an empty cell takes the look of a run of the same row */
    private static void styleLikeRow(XWPFRun run, XWPFTableCell cell) {
        for (XWPFTableCell other : cell.getTableRow().getTableCells()) {
            for (XWPFParagraph p : other.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    if (r.getCTR().getRPr() != null && !r.text().isBlank()) {
                        run.getCTR().setRPr(r.getCTR().getRPr());
                        return;
                    }
                }
            }
        }
    }

    /** paragraphs (index = the reader's paragraph number − 1; a content control is counted, not editable) and data tables */
    private static void body(List<IBodyElement> elements, List<Object> paragraphs, List<Table> tables) {
        for (IBodyElement el : elements) {
            if (el instanceof XWPFParagraph p) {
                paragraphs.add(p);
            } else if (el instanceof XWPFTable t && isLayoutTable(t)) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) body(cell.getBodyElements(), paragraphs, tables);
                }
            } else if (el instanceof XWPFTable t) {
                tables.add(grid(t));
            } else if (el instanceof XWPFSDT sdt) {
                paragraphs.add(sdt);
            }
        }
    }

    private static boolean isLayoutTable(XWPFTable t) {
        boolean columns = false;
        for (XWPFTableRow row : t.getRows()) {
            if (row.getTableCells().size() > 1) columns = true;
            for (XWPFTableCell cell : row.getTableCells()) if (!cell.getTables().isEmpty()) return true;
        }
        return !columns;
    }

    private static Table grid(XWPFTable t) {
        Table out = new Table(t);
        List<XWPFTableRow> rows = t.getRows();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            int col = gridBefore(row);
            At hOrigin = null;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? number(pr.getGridSpan(), 1) : 1;
                boolean vContinue = pr != null && pr.isSetVMerge()
                    && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                boolean hContinue = pr != null && pr.isSetHMerge() && hOrigin != null
                    && (pr.getHMerge().getVal() == null || pr.getHMerge().getVal() == STMerge.CONTINUE);
                At at;
                if (vContinue && r > 0 && out.at(r - 1, col) != null) {
                    at = out.at(r - 1, col);
                } else if (hContinue && out.at(r, col - 1) != null) {
                    at = out.at(r, col - 1);
                } else {
                    at = new At(cell, r, col);
                    hOrigin = at;
                }
                for (int c = col; c < col + Math.max(1, span); c++) out.put(r, c, at);
                col += span;
            }
        }
        return out;
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) return 0;
        return number(pr.getGridBeforeArray(0), 0);
    }

    private static int number(CTDecimalNumber n, int dflt) {
        if (n == null || n.getVal() == null) return dflt;
        BigInteger v = n.getVal();
        return v.signum() < 0 || v.bitLength() > 16 ? dflt : v.intValue();
    }
}
