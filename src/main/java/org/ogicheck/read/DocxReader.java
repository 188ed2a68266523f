package org.ogicheck.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ogicheck.i18n.Said;
import org.ogicheck.model.SourceRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word 2007+ (.docx) reports: paragraphs and tables in body order. Merged cells are laid on the
 * table grid by {@link Grid}: {@code gridSpan} (and the legacy {@code hMerge}) spans columns, a
 * {@code vMerge} continuation is covered by the cell above, like an HTML rowspan.
 */
public final class DocxReader {

    public Document read(String source, byte[] bytes) throws ReadException {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw ReadException.of("docx.notZip", source);
        }
        if (!hasDocumentPart(bytes)) {
            throw ReadException.of("docx.noDocument", source);
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Block> blocks = new ArrayList<>();
            List<Document.Issue> issues = new ArrayList<>();
            body(doc.getBodyElements(), blocks, new int[2], issues);
            return new Document(source, "docx", blocks, meta(doc), issues);
        } catch (Exception | LinkageError e) {
            if (bomb(e)) throw ReadException.of(e, "docx.tooLarge", source);
            throw ReadException.of(e, "docx.damaged", source, LibraryReasons.of(e, why(e)));
        }
    }

    /**
     * whether the zip may hold a Word document: it lists word/document.xml, or package relations
     * that may name the main part elsewhere (POI then decides); a damaged archive counts too (POI says why)
     */
    private static boolean hasDocumentPart(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.equalsIgnoreCase("word/document.xml") || name.equalsIgnoreCase("_rels/.rels")) return true;
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return true;
        }
    }

    /**
     * POI's refusal of a zip bomb: a part that unpacks past its limit for one part (100 MB), or far more than its
     * packed size (POI's ZipSecureFile says so only in its message)
     */
    private static boolean bomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.poi.util.RecordFormatException || String.valueOf(t.getMessage()).startsWith("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    /** the first line of the innermost message, without exception class names */
    static String why(Throwable e) {
        String msg = null;
        for (Throwable t = e; t != null; t = t.getCause()) if (t.getMessage() != null) msg = t.getMessage();
        if (msg == null) return e.getClass().getSimpleName();
        String line = msg.lines().findFirst().orElse("").replaceAll("^(?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error): ", "");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    /**
     * {@code count} holds the paragraphs and data tables seen so far. A layout table (one holding
     * tables, or one column only: a report pasted into Word from a page often sits in one) is no
     * statistics table: its cells are read in order as body text, as the HTML reader does.
     */
    private static void body(List<IBodyElement> elements, List<Block> blocks, int[] count, List<Document.Issue> issues) {
        for (IBodyElement el : elements) {
            if (el instanceof XWPFParagraph p) {
                lines(text(p), blocks, ++count[0]);
                int paragraph = count[0];
                if (p.getRuns().stream().anyMatch(r -> !r.getEmbeddedPictures().isEmpty()))
                    blocks.add(Block.image(SourceRef.line(paragraph)));
            } else if (el instanceof XWPFTable t && isLayoutTable(t)) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) body(cell.getBodyElements(), blocks, count, issues);
                }
            } else if (el instanceof XWPFTable t) {
                table(t, blocks, ++count[1], issues);
            } else if (el instanceof XWPFSDT sdt) {
                lines(sdt.getContent().getText(), blocks, ++count[0]);
            }
        }
    }

    /**
     * A paragraph's text as Word shows it: without hidden runs (w:vanish: a draft's notes or a template's
     * instructions, "1" hidden before "26" would read 126) and, as POI does, without deleted revisions.
     */
    static String text(XWPFParagraph p) {
        if (p.getRuns().stream().noneMatch(XWPFRun::isVanish)) return p.getText();
        StringBuilder out = new StringBuilder();
        for (IRunElement run : p.getIRuns()) {
            if (run instanceof XWPFRun r) {
                if (!r.isVanish() && r.getCTR().getDelTextArray().length == 0) out.append(r);
            } else if (run instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText());
            } else {
                out.append(run);
            }
        }
        return out.toString();
    }

    private static boolean isLayoutTable(XWPFTable t) {
        boolean columns = false;
        for (XWPFTableRow row : t.getRows()) {
            if (row.getTableCells().size() > 1) columns = true;
            for (XWPFTableCell cell : row.getTableCells()) if (!cell.getTables().isEmpty()) return true;
        }
        return !columns;
    }

    private static void lines(String text, List<Block> blocks, int paragraph) {
        if (text == null) return;
        for (String l : text.split("[\\r\\n\\u000b\\u2028\\u2029]+")) {
            String t = Grid.clean(l);
            if (!t.isEmpty()) blocks.add(Block.line(t, SourceRef.line(paragraph)));
        }
    }

    private static void table(XWPFTable t, List<Block> blocks, int no, List<Document.Issue> issues) {
        Grid grid = new Grid();
        List<XWPFTableRow> rows = t.getRows();
        for (int r = 0; r < rows.size(); r++) {
            if (grid.full()) {
                // as the HTML reader says it: the rows past the cell limit are not read, and the report says so
                issues.add(new Document.Issue(Document.Issue.Kind.TABLE_CUT, Said.of(ReadException.BUNDLE, "issue.table", no,
                    Said.of(ReadException.BUNDLE, "issue.tooManyCells", Grid.MAX_CELLS, r)), new SourceRef(0, null, no, r, null)));
                break;
            }
            XWPFTableRow row = rows.get(r);
            int col = gridBefore(row);
            XWPFTableCell hOrigin = null;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? number(pr.getGridSpan(), 1) : 1;
                boolean vContinue = pr != null && pr.isSetVMerge()
                    && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                boolean hContinue = pr != null && pr.isSetHMerge() && hOrigin != null
                    && (pr.getHMerge().getVal() == null || pr.getHMerge().getVal() == STMerge.CONTINUE);
                if (vContinue) {
                    grid.continueAbove(r, col, span);
                } else if (hContinue) {
                    grid.continueLeft(r, col, span);
                } else {
                    grid.put(r, col, cellText(cell), span);
                    hOrigin = cell;
                }
                col += span;
            }
        }
        blocks.addAll(grid.blocks(no));
    }

    /** a cell's paragraphs (and any nested table's text) as one cell text */
    private static String cellText(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement el : cell.getBodyElements()) {
            if (el instanceof XWPFParagraph p) lines.add(text(p));
            else if (el instanceof XWPFTable t) lines.add(t.getText());
        }
        return Grid.joinCell(lines);
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

    /** the document's title property, when it names a report (Word often leaves a template's title) */
    private static Map<String, String> meta(XWPFDocument doc) {
        Map<String, String> meta = new LinkedHashMap<>();
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        String title = core == null ? null : Grid.clean(core.getTitle());
        if (title != null && (title.contains("报告") || title.contains("年报"))) meta.put("title", title);
        return meta;
    }
}
