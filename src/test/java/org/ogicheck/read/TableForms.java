package org.ogicheck.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ogicheck.model.CellText;
import org.ogicheck.model.Value;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A report as the readers hand it over, lines and tables, with its tables held as rows of cells (each
 * cell with its column and row span), so that a test can change a table the way publishers do and write
 * the report again in each form a user has it: an HTML page, pipe text (the corpus layout), TAB rows as
 * Excel or WPS copy them (merged cells give empty cells), a browser's copy of the page (the TAB rows of
 * {@code innerText}: a merged cell once, paragraphs apart by a blank line, site chrome around) and a Word
 * document. Made from any file the readers read (text, HTML, PDF, Word): a table is a run of row blocks.
 */
final class TableForms {
    private TableForms() {
    }

    /** one cell: its text (a line break inside for a cell of two lines), spanning {@code cs} columns and {@code rs} rows */
    record C(String text, int cs, int rs) {
        static C of(String text) {
            return new C(text, 1, 1);
        }

        C text(String t) {
            return new C(t, cs, rs);
        }
    }

    /** a line of text, or a table of rows (kind A20, APP, LIT, or "" for another table) */
    record Part(String line, String kind, List<List<C>> rows) {
        static Part line(String text) {
            return new Part(text, null, null);
        }

        static Part table(String kind, List<List<C>> rows) {
            return new Part(null, kind, rows);
        }

        boolean isTable() {
            return rows != null;
        }
    }

    /** the lines and tables of a read document; consecutive rows of one source table are one table */
    static List<Part> of(Document doc) {
        List<Part> out = new ArrayList<>();
        List<List<C>> rows = null;
        Integer table = null;
        for (Block b : doc.blocks()) {
            if (b.isImage()) continue;
            if (!b.isRow()) {
                if (rows != null) out.add(Part.table(kind(rows), rows));
                rows = null;
                out.add(Part.line(b.text()));
                continue;
            }
            Integer t = b.cellSrc(0).table();
            if (rows != null && t != null && !t.equals(table)) {
                out.add(Part.table(kind(rows), rows));
                rows = null;
            }
            if (rows == null) rows = new ArrayList<>();
            table = t;
            List<C> row = new ArrayList<>();
            for (String c : b.cells()) row.add(C.of(c));
            rows.add(row);
        }
        if (rows != null) out.add(Part.table(kind(rows), rows));
        return out;
    }

    static String kind(List<List<C>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<C> r : rows) for (C c : r) sb.append(c.text()).append(' ');
        String t = sb.toString();
        if (t.contains("勾稽") || t.contains("申请人情况") || t.contains("自然人")) return "APP";
        if (t.contains("结果维持") || t.contains("行政复议") && t.contains("行政诉讼")) return "LIT";
        if (t.contains("第二十条") || t.contains("信息内容")) return "A20";
        return "";
    }

    /** whether a cell reads as a number or a dash (a value the publisher wrote) */
    static boolean value(String cell) {
        Value.Kind k = CellText.read(cell).getKind();
        return k == Value.Kind.NUMBER || k == Value.Kind.DASH;
    }

    /** whether a row carries values: a data row, not a header, caption or label row */
    static boolean dataRow(List<C> row) {
        for (C c : row) if (value(c.text())) return true;
        return false;
    }

    /** the number of leading label cells of a data row (text that is not a value, blank cells between labels included) */
    static int labels(List<C> row) {
        int end = 0;
        for (int i = 0; i < row.size(); i++) if (!CellText.isValueLike(row.get(i).text())) end = i + 1;
        else if (!row.get(i).text().isBlank()) break;
        return end;
    }

    // ---- the grid a table's spans make (HTML placement: each cell at the first free column) ----------

    /** grid positions: for each row, the cell covering each column (null where nothing is), and whether it starts there */
    record Grid(List<List<C>> at, List<List<Boolean>> starts) {
    }

    static Grid grid(List<List<C>> rows) {
        List<List<C>> at = new ArrayList<>();
        List<List<Boolean>> starts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            while (at.size() <= r) {
                at.add(new ArrayList<>());
                starts.add(new ArrayList<>());
            }
            int col = 0;
            for (C c : rows.get(r)) {
                while (col < at.get(r).size() && at.get(r).get(col) != null) col++;
                for (int rr = r; rr < r + Math.max(1, c.rs()); rr++) {
                    while (at.size() <= rr) {
                        at.add(new ArrayList<>());
                        starts.add(new ArrayList<>());
                    }
                    for (int cc = col; cc < col + Math.max(1, c.cs()); cc++) {
                        while (at.get(rr).size() <= cc) {
                            at.get(rr).add(null);
                            starts.get(rr).add(false);
                        }
                        at.get(rr).set(cc, c);
                        starts.get(rr).set(cc, rr == r && cc == col);
                    }
                }
                col += Math.max(1, c.cs());
            }
        }
        return new Grid(at, starts);
    }

    // ---- the forms ---------------------------------------------------------------------------------

    enum Form {
        /** the corpus text layout: {@code cell | cell |}, a merged cell once */
        PIPE(".txt"),
        /** TAB rows as Excel or WPS copy a table: every grid position a cell, merged ones empty but the first */
        TAB(".txt"),
        /** a browser's copy of the page (innerText): TAB between a row's cells, a merged cell once, a blank line between paragraphs */
        BROWSER(".txt"),
        /** an HTML page with the tables as {@code <table>}, spans as colspan/rowspan */
        HTML(".html"),
        /** a Word document, spans as gridSpan/vMerge */
        DOCX(".docx"),
        /** as pages' text gives tables (the pages corpus): each cell on a line of its own ending in {@code |} */
        PAGE_CELLS(".txt"),
        /** the same with a line of bars ({@code |}) after each row */
        PAGE_CELLS_BARS(".txt"),
        /** pipe rows whose blank cells vanished ("一、本年新收… | 3 | 3 |": a page's copy of a table with empty cells) */
        PAGE_SPARSE(".txt"),
        /** labels on lines of their own and the numbers after them, no TAB, no bar (a page's or a PDF viewer's copy:
         * the conformance variant {@code lines}, Variants.labelThenNumbers of the pipe text) */
        LINES(".txt");

        final String ext;

        Form(String ext) {
            this.ext = ext;
        }
    }

    static byte[] write(List<Part> parts, Form form) {
        return switch (form) {
            case PIPE -> text(parts, row -> {
                StringBuilder sb = new StringBuilder();
                for (C c : row) sb.append(oneLine(c.text())).append(" | ");
                return sb.toString().stripTrailing();
            }, false);
            case TAB -> excel(parts);
            case BROWSER -> text(parts, row -> {
                List<String> cells = new ArrayList<>();
                for (C c : row) cells.add(oneLine(c.text()));
                return String.join("\t", cells);
            }, true);
            case HTML -> html(parts);
            case DOCX -> docx(parts);
            case PAGE_CELLS, PAGE_CELLS_BARS -> text(parts, row -> {
                StringBuilder sb = new StringBuilder();
                for (C c : row) sb.append(oneLine(c.text())).append(" |\n");
                return sb.append(form == Form.PAGE_CELLS_BARS ? "|" : "").toString().stripTrailing();
            }, false);
            case LINES -> org.ogicheck.testing.Variants.labelThenNumbers(new String(write(parts, Form.PIPE), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
            case PAGE_SPARSE -> text(parts, row -> {
                StringBuilder sb = new StringBuilder();
                for (C c : row) if (!c.text().isBlank()) sb.append(oneLine(c.text())).append(" | ");
                return sb.toString().stripTrailing();
            }, false);
        };
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }

    private static byte[] text(List<Part> parts, Function<List<C>, String> row, boolean browser) {
        StringBuilder sb = new StringBuilder();
        if (browser) sb.append("首页\t政务公开\t信息公开年报\n\n当前位置：首页 > 政务公开 > 年度报告\n\n");
        for (Part p : parts) {
            if (!p.isTable()) {
                sb.append(p.line()).append(browser ? "\n\n" : "\n");
                continue;
            }
            for (List<C> r : p.rows()) sb.append(row.apply(r)).append('\n');
            if (browser) sb.append('\n');
        }
        if (browser) sb.append("【打印本页】\t【关闭窗口】\n\n主办单位：人民政府办公室\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] excel(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (!p.isTable()) {
                sb.append(p.line()).append('\n');
                continue;
            }
            Grid g = grid(p.rows());
            for (int r = 0; r < g.at().size(); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < g.at().get(r).size(); c++) {
                    C cell = g.at().get(r).get(c);
                    cells.add(cell != null && g.starts().get(r).get(c) ? oneLine(cell.text()) : "");
                }
                // Excel quotes a cell holding a line break; the reader takes what is left of it
                sb.append(String.join("\t", cells)).append('\n');
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] html(List<Part> parts) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
            .append(esc(parts.isEmpty() || parts.get(0).isTable() ? "" : parts.get(0).line()))
            .append("</title></head><body>\n<div class=\"nav\">首页 &gt; 政务公开 &gt; 年度报告</div>\n<div class=\"article\">\n");
        for (Part p : parts) {
            if (!p.isTable()) {
                sb.append("<p>").append(esc(p.line())).append("</p>\n");
                continue;
            }
            sb.append("<table border=\"1\" cellspacing=\"0\">\n");
            for (List<C> r : p.rows()) {
                sb.append("<tr>");
                for (C c : r) {
                    sb.append("<td");
                    if (c.cs() > 1) sb.append(" colspan=\"").append(c.cs()).append('"');
                    if (c.rs() > 1) sb.append(" rowspan=\"").append(c.rs()).append('"');
                    sb.append('>').append(esc(c.text()).replace("\n", "<br>")).append("</td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</table>\n");
        }
        sb.append("</div>\n<div class=\"footer\">主办单位：人民政府办公室</div>\n</body></html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] docx(List<Part> parts) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Part p : parts) {
                if (!p.isTable()) {
                    doc.createParagraph().createRun().setText(p.line());
                    continue;
                }
                Grid g = grid(p.rows());
                XWPFTable t = doc.createTable();
                for (int r = 0; r < g.at().size(); r++) {
                    XWPFTableRow row = r == 0 ? t.getRow(0) : t.createRow();
                    while (row.getTableCells().size() > 0) row.removeCell(0);
                    List<C> line = g.at().get(r);
                    for (int c = 0; c < line.size(); ) {
                        C cell = line.get(c);
                        if (cell == null) {
                            c++;
                            continue;
                        }
                        XWPFTableCell tc = row.addNewTableCell();
                        CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
                        if (cell.cs() > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.cs()));
                        boolean first = g.starts().get(r).get(c);
                        if (cell.rs() > 1) pr.addNewVMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
                        String[] lines = first ? cell.text().split("\n", -1) : new String[] {""};
                        tc.getParagraphs().get(0).createRun().setText(lines[0]);
                        for (int k = 1; k < lines.length; k++) tc.addParagraph().createRun().setText(lines[k]);
                        c += Math.max(1, cell.cs());
                    }
                }
                doc.createParagraph();
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
