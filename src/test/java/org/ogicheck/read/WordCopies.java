package org.ogicheck.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ogicheck.model.CellText;
import org.ogicheck.read.TableForms.C;
import org.ogicheck.read.TableForms.Part;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * A corpus text report written as the Word document a clerk makes of it: the prose as paragraphs, each
 * table as a real Word table in the State Council's layout with its merged cells — table 二's captions
 * over all columns and a value over the columns its header merges, table 三's caption over three header
 * rows, 申请人情况 over the applicant columns, 法人或其他组织 over its kinds, 自然人 and 总计 over two rows,
 * the row groups (三、本年度办理结果, （三）不予公开 …) merged down their rows (vMerge), table 四's two header
 * rows — and the header rows marked to repeat on each page (as a long table 三 is printed). Then the
 * same document as LibreOffice saves it as PDF or as Word 97 (.doc), the forms bureaus publish.
 * <p>
 * The spans are read from the text itself (the labels' levels, the header's cell counts), not from a
 * list of known reports; a table whose rows do not fit the layout is written cell by cell, unmerged.
 */
public final class WordCopies {
    /** the text width of an A4 page with Word's default margins, in twentieths of a point */
    private static final int TEXT_WIDTH = 8306;

    private WordCopies() {
    }

    /** the report as a .docx, as Word writes it */
    public static byte[] docx(Path corpusText) {
        try {
            return markHeaders(TableForms.write(parts(Files.readString(corpusText, StandardCharsets.UTF_8)), TableForms.Form.DOCX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** the report as a plain HTML page: the prose as paragraphs, the same tables as {@code <table>}s (spans as colspan/rowspan) */
    public static byte[] html(Path corpusText) {
        try {
            return TableForms.write(parts(Files.readString(corpusText, StandardCharsets.UTF_8)), TableForms.Form.HTML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * converts the .docx files with LibreOffice ({@code soffice}, installed by .ci/run) into the filter's
     * form ("pdf", "doc:MS Word 97") in the folder {@code out}; one soffice run for all files
     */
    public static void convert(List<Path> docx, String filter, Path out, Path profile) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("soffice", "--headless", "-env:UserInstallation=" + profile.toUri(),
            "--convert-to", filter, "--outdir", out.toString()));
        docx.forEach(p -> cmd.add(p.toString()));
        Files.createDirectories(out);
        Path log = out.resolve("soffice.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("soffice did not finish in 5 minutes");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while soffice ran", e);
        }
        if (p.exitValue() != 0) throw new IOException("soffice failed: " + Files.readString(log));
    }

    /** the lines and tables of a corpus text report, the tables with the layout's merged cells */
    static List<Part> parts(String text) {
        List<Part> out = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n")) {
            if (line.indexOf('|') >= 0) {
                rows.add(cells(line));
                continue;
            }
            if (!rows.isEmpty()) out.add(table(rows));
            rows = new ArrayList<>();
            out.add(Part.line(line));
        }
        if (!rows.isEmpty()) out.add(table(rows));
        return out;
    }

    /**
     * a row's cells; a cell holding only a corpus note after the row (the corpus's remark, no clerk's) is
     * left out, and so are the blank cells that end a row written {@code … | |||} (the corpus writes a merged
     * header cell once, then {@code ||} for the columns it covers)
     */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>(TextReader.splitRow(line.strip()));
        while (!cells.isEmpty() && cells.get(cells.size() - 1).startsWith("[corpus note")) cells.remove(cells.size() - 1);
        if (line.strip().endsWith("||")) {
            while (cells.size() > 1 && cells.get(cells.size() - 1).isBlank()) cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static Part table(List<List<String>> rows) {
        List<List<C>> plain = new ArrayList<>();
        for (List<String> r : rows) plain.add(new ArrayList<>(r.stream().map(C::of).toList()));
        String kind = TableForms.kind(plain);
        List<List<C>> merged = switch (kind) {
            case "APP" -> applications(rows);
            case "LIT" -> litigation(rows);
            case "A20" -> article20(rows);
            default -> null;
        };
        return Part.table(kind, merged == null ? plain : merged);
    }

    // ---- table 二: captions over all columns; each sub-table's values spanning as its header row does ----

    private static List<List<C>> article20(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<C>> out = new ArrayList<>();
        List<Integer> spans = null;
        for (List<String> r : rows) {
            if (r.size() == 1) {
                out.add(List.of(new C(r.get(0), width, 1)));
                spans = null;
            } else if (!TableForms.dataRow(r.stream().map(C::of).toList())) {
                // a header row: its last cell spans the columns it leaves
                spans = new ArrayList<>();
                List<C> row = new ArrayList<>();
                for (int i = 0; i < r.size(); i++) {
                    int cs = i == r.size() - 1 ? width - r.size() + 1 : 1;
                    spans.add(cs);
                    row.add(new C(r.get(i), cs, 1));
                }
                out.add(row);
            } else {
                out.add(spanned(r, spans));
            }
        }
        return out;
    }

    /** a data row with the header's spans, when the cells a span covers are blank; else cell by cell */
    private static List<C> spanned(List<String> r, List<Integer> spans) {
        List<C> plain = new ArrayList<>(r.stream().map(C::of).toList());
        if (spans == null || spans.stream().mapToInt(Integer::intValue).sum() != r.size()) return plain;
        List<C> row = new ArrayList<>();
        int at = 0;
        for (int cs : spans) {
            for (int k = 1; k < cs; k++) if (!r.get(at + k).isBlank()) return plain;
            row.add(new C(r.get(at), cs, 1));
            at += cs;
        }
        return row;
    }

    // ---- table 三: three header rows; row groups merged down by the labels' levels ----------------------

    private static int level(String label) {
        if (label.matches("^[一二三四五]、.*")) return 1;
        if (label.matches("^[（(][一二三四五六七八][）)].*")) return 2;
        if (label.matches("^[0-9]+[.．、].*")) return 3;
        return 0;
    }

    private static int labelCount(List<String> r) {
        int n = 0;
        while (n < r.size() && !r.get(n).isBlank() && !CellText.isValueLike(r.get(n))) n++;
        return n;
    }

    private static List<List<C>> applications(List<List<String>> rows) {
        int first = 0;
        while (first < rows.size() && !(labelCount(rows.get(first)) > 0 && level(rows.get(first).get(0)) == 1)) first++;
        if (first != 3 || rows.get(0).size() != 2 || rows.get(1).size() != 3) return null;
        int values = rows.get(2).size() + 2;
        if (values < 3) return null;
        List<List<C>> out = new ArrayList<>();
        out.add(List.of(new C(rows.get(0).get(0), 3, 3), new C(rows.get(0).get(1), values, 1)));
        out.add(List.of(new C(rows.get(1).get(0), 1, 2), new C(rows.get(1).get(1), values - 2, 1), new C(rows.get(1).get(2), 1, 2)));
        out.add(new ArrayList<>(rows.get(2).stream().map(C::of).toList()));
        List<List<String>> data = rows.subList(first, rows.size());
        for (int i = 0; i < data.size(); i++) {
            List<String> r = new ArrayList<>(data.get(i));
            int n = labelCount(r);
            // a blank cell past the table's columns (a page's stray border cell) is no cell of the layout
            while (r.size() - n > values && r.get(r.size() - 1).isBlank()) r.remove(r.size() - 1);
            if (n < 1 || n > 3 || r.size() - n != values) return null;
            int[] levels = new int[n];
            for (int k = 0; k < n; k++) levels[k] = level(r.get(k));
            if (levels[0] == 0) return null;
            // a label of level L stands in column L-1 (the groups above it hold the columns before); the last spans to column 3
            int col = levels[0] - 1;
            List<C> row = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (levels[k] != levels[0] + k || col + k > 2) return null;
                boolean last = k == n - 1;
                row.add(new C(r.get(k), last ? 3 - col - k : 1, last ? 1 : 1 + groupRows(data, i, levels[k])));
            }
            for (int k = n; k < r.size(); k++) row.add(C.of(r.get(k)));
            out.add(row);
        }
        return out;
    }

    /** the rows after row i that a group label of this level spans: those whose first label is deeper */
    private static int groupRows(List<List<String>> data, int i, int level) {
        int n = 0;
        for (int j = i + 1; j < data.size(); j++) {
            List<String> r = data.get(j);
            if (labelCount(r) == 0 || level(r.get(0)) <= level) break;
            n++;
        }
        return n;
    }

    // ---- table 四: 行政复议 / 行政诉讼 over their columns; the first five heads over two rows --------------

    private static List<List<C>> litigation(List<List<String>> rows) {
        if (rows.size() < 4 || rows.get(0).size() != 2 || rows.get(1).size() != 7 || rows.get(2).size() != 10) return null;
        List<List<C>> out = new ArrayList<>();
        out.add(List.of(new C(rows.get(0).get(0), 5, 1), new C(rows.get(0).get(1), 10, 1)));
        List<C> second = new ArrayList<>();
        for (int k = 0; k < 5; k++) second.add(new C(rows.get(1).get(k), 1, 2));
        second.add(new C(rows.get(1).get(5), 5, 1));
        second.add(new C(rows.get(1).get(6), 5, 1));
        out.add(second);
        for (List<String> r : rows.subList(2, rows.size())) out.add(new ArrayList<>(r.stream().map(C::of).toList()));
        return out;
    }

    /**
     * the table's column grid (w:tblGrid), as Word writes it: the widest row's columns over the text
     * width (without it LibreOffice guesses the columns from the first row and lays merged cells out wrong)
     */
    private static void grid(XWPFTable t) {
        int cols = 0;
        for (XWPFTableRow row : t.getRows()) {
            int n = 0;
            for (XWPFTableCell c : row.getTableCells()) {
                CTTcPr pr = c.getCTTc().getTcPr();
                n += pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
            }
            cols = Math.max(cols, n);
        }
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int i = 0; i < cols; i++) grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH / cols));
    }

    /** marks each table's header rows (those before its first row of values) to repeat on each page; writes its column grid */
    private static byte[] markHeaders(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (XWPFTable t : doc.getTables()) {
                grid(t);
                for (XWPFTableRow row : t.getRows()) {
                    boolean values = row.getTableCells().stream().anyMatch(c -> TableForms.value(c.getText()));
                    if (values) break;
                    (row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr()).addNewTblHeader();
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
