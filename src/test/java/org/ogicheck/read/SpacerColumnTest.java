package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Cell;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Value;
import org.ogicheck.parse.ParsedReport;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Issue 10, class 3: a table 三 with an empty spacer column in every row (the grid has one cell
 * more per row than the layout) is read as the table without it, in HTML, Word and text; a row
 * whose shift admits more than one reading is a PARSE-001 issue and no rule judges its cells.
 * Built from real corpus reports, the spacer inserted left of the values, first and last.
 */
class SpacerColumnTest {

    private static ParsedReport parse(String name, byte[] bytes) throws ReadException {
        return Twins.parse(Readers.read(name, bytes));
    }

    /** rule, severity and place of every finding */
    private static Set<String> findings(ParsedReport p) throws Exception {
        Set<String> out = new HashSet<>();
        for (Finding f : TestSupport.engine().check(p, "zh").findings()) {
            out.add(f.getRuleId() + " " + f.getSeverity() + " " + f.getTable() + "/" + f.getRow() + "/" + f.getColumn());
        }
        return out;
    }

    private static void assertSameAsOriginal(ParsedReport original, ParsedReport spaced) throws Exception {
        assertThat(Twins.tableCells(spaced)).containsExactlyInAnyOrderEntriesOf(Twins.tableCells(original));
        assertThat(spaced.issues()).containsExactlyInAnyOrderElementsOf(original.issues());
        assertThat(findings(spaced)).containsExactlyInAnyOrderElementsOf(findings(original));
    }

    // ---- HTML -------------------------------------------------------------------------------------

    /**
     * the page with an empty {@code <td></td>} placed at grid column {@code k} of every row of the
     * table holding {@code marker} (rowspans and colspans honoured; k beyond the row: at its end)
     */
    static byte[] htmlWithSpacer(String name, String marker, int k) throws Exception {
        String html = Files.readString(Twins.CORPUS.resolve("html").resolve(name + ".html"));
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        Element table = null;
        for (Element t : doc.select("table")) if (t.text().contains(marker) && t.select("table table").isEmpty()) table = t;
        assertThat(table).as("table with " + marker).isNotNull();
        Set<Long> taken = new HashSet<>();
        List<Element> trs = table.select("tr");
        int spacers = 0;
        for (int r = 0; r < trs.size(); r++) {
            boolean inserted = false;
            int col = 0;
            for (Element td : List.copyOf(trs.get(r).children())) {
                if (!td.tagName().equals("td") && !td.tagName().equals("th")) continue;
                while (taken.contains(key(r, col))) col++;
                if (!inserted && col >= k) {
                    inserted = true;
                    if (col == k) {
                        td.before("<td></td>");
                        taken.add(key(r, col));
                        spacers++;
                        while (taken.contains(key(r, col))) col++;
                    }
                }
                int cs = attr(td, "colspan");
                int rs = attr(td, "rowspan");
                for (int rr = r; rr < r + rs; rr++) for (int cc = col; cc < col + cs; cc++) taken.add(key(rr, cc));
                col += cs;
            }
            if (!inserted) {
                while (taken.contains(key(r, col))) col++;
                if (col <= k) {
                    trs.get(r).appendElement("td");
                    taken.add(key(r, col));
                    spacers++;
                }
            }
        }
        assertThat(spacers).as("spacers inserted").isGreaterThan(20);
        return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    private static long key(int r, int c) {
        return (long) r << 20 | c;
    }

    private static int attr(Element td, String name) {
        try {
            return Math.max(1, Integer.parseInt(td.attr(name).trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 0, 6, 99})
    void htmlSpacerColumnInTableThreeIsDropped(int k) throws Exception {
        String name = "2023_pingtan_city";
        ParsedReport original = parse(name + ".html", Files.readAllBytes(Twins.CORPUS.resolve("html/" + name + ".html")));
        ParsedReport spaced = parse(name + ".html", htmlWithSpacer(name, "申请人情况", k));
        assertThat(Twins.tableCells(original)).containsEntry("APP/received/total", "NUMBER 81");
        assertSameAsOriginal(original, spaced);
        assertThat(findings(spaced)).noneMatch(f -> f.startsWith("PARSE-001"));
    }

    @Test
    void htmlSpacerBesideAllBlankColumnsIsDropped() throws Exception {
        // every 法人或其他组织 cell of this table is blank: only the header tells the spacer from them
        String name = "2023_shuyang_fagaiju_department";
        ParsedReport original = parse(name + ".html", Files.readAllBytes(Twins.CORPUS.resolve("html/" + name + ".html")));
        ParsedReport spaced = parse(name + ".html", htmlWithSpacer(name, "申请人情况", 3));
        assertSameAsOriginal(original, spaced);
    }

    // ---- Word -------------------------------------------------------------------------------------

    static byte[] docxWithSpacer(String name, String marker, int k) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(TestSupport.FIXTURES.resolve("read/" + name + ".docx")))) {
            XWPFTable table = null;
            for (XWPFTable t : doc.getTables()) if (t.getText().contains(marker)) table = t;
            assertThat(table).isNotNull();
            int spacers = 0;
            for (XWPFTableRow row : table.getRows()) {
                int col = 0;
                int at = -1;
                List<CTTc> tcs = row.getCtRow().getTcList();
                for (int i = 0; i < tcs.size(); i++) {
                    if (col == k) {
                        at = i;
                        break;
                    }
                    CTTcPr pr = tcs.get(i).getTcPr();
                    col += pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                    if (col > k) break;
                }
                if (at < 0 && col == k) at = tcs.size();
                if (at < 0) continue;
                CTTc tc = row.getCtRow().insertNewTc(at);
                tc.addNewP();
                spacers++;
            }
            assertThat(spacers).as("spacers inserted").isGreaterThan(20);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 0})
    void wordSpacerColumnInTableThreeIsDropped(int k) throws Exception {
        String name = "2023_pingtan_city";
        ParsedReport original = parse(name + ".docx", Files.readAllBytes(TestSupport.FIXTURES.resolve("read/" + name + ".docx")));
        ParsedReport spaced = parse(name + ".docx", docxWithSpacer(name, "申请人情况", k));
        assertThat(Twins.tableCells(original)).containsEntry("APP/received/total", "NUMBER 81");
        assertSameAsOriginal(original, spaced);
    }

    // ---- text -------------------------------------------------------------------------------------

    /** the text report with an empty cell after the row labels of every data row of table 三 */
    static byte[] textWithSpacer(String name) throws Exception {
        List<String> lines = Files.readAllLines(Twins.CORPUS.resolve("text/" + name + ".txt"));
        StringBuilder sb = new StringBuilder();
        boolean inApp = false;
        int spacers = 0;
        for (String l : lines) {
            if (l.contains("申请人情况")) inApp = true;
            if (l.contains("行政复议") && l.contains("行政诉讼")) inApp = false;
            if (inApp && l.contains("|")) {
                List<String> cells = TextReader.splitRow(l);
                int firstValue = -1;
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i).matches("\\d+")) {
                        firstValue = i;
                        break;
                    }
                }
                if (firstValue > 0) {
                    cells.add(firstValue, "");
                    l = String.join(" | ", cells) + " |";
                    spacers++;
                }
            }
            sb.append(l).append('\n');
        }
        assertThat(spacers).isGreaterThan(20);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void textSpacerCellInEveryRowIsRealigned() throws Exception {
        String name = "2023_pingtan_city";
        ParsedReport original = parse(name + ".txt", Files.readAllBytes(Twins.CORPUS.resolve("text/" + name + ".txt")));
        ParsedReport spaced = parse(name + ".txt", textWithSpacer(name));
        assertSameAsOriginal(original, spaced);
    }

    // ---- ambiguous shifts ----------------------------------------------------------------------------

    @Test
    void ambiguousShiftIsAParseIssueAndNoRuleJudgesTheRow() throws Exception {
        // 一、本年新收 with a spacer and one real blank: |  | 80 | 1 |  | 0 | 0 | 0 | 81 | reads as
        // 80,1,(空),0,0,0 or (空),80,1,0,0,0 — no single reading, so no verdict on that row
        String name = "2023_pingtan_city";
        String text = Files.readString(Twins.CORPUS.resolve("text/" + name + ".txt"));
        String row = "一、本年新收政府信息公开申请数量 | 80 | 1 | 0 | 0 | 0 | 0 | 81 |";
        assertThat(text).contains(row);
        ParsedReport p = parse(name + ".txt",
            text.replace(row, "一、本年新收政府信息公开申请数量 |  | 80 | 1 |  | 0 | 0 | 0 | 81 |").getBytes(StandardCharsets.UTF_8));
        assertThat(p.issues()).anyMatch(i -> "APP".equals(i.table()) && "received".equals(i.row()));
        List<Cell> received = p.cells().stream().filter(c -> c.getTable().equals("APP") && c.getRow().equals("received")).toList();
        assertThat(received).hasSize(7).allMatch(c -> c.getKind() == Value.Kind.WITHHELD && !c.trusted());
        // the cells as read are kept for display; read shifted, 总计 would be 0 against the narrative's 81
        assertThat(received).filteredOn(c -> c.getColumn().equals("total"))
            .allMatch(c -> c.getRead().getKind() == Value.Kind.NUMBER && c.getRead().getWhole() == 0L);
        Set<String> f = findings(p);
        assertThat(f).anyMatch(s -> s.startsWith("PARSE-001 WARNING APP/received"));
        // no APP or TXT ERROR — not even "row missing" — and no blank-cell warning from the withheld row
        assertThat(f).noneMatch(s -> s.matches("(APP|TXT|SEC)-\\d+ ERROR.*"));
        assertThat(f).noneMatch(s -> s.startsWith("APP-005"));
        // the rest of the table is still checked: its other findings are those of the original
        ParsedReport original = parse(name + ".txt", text.getBytes(StandardCharsets.UTF_8));
        Set<String> expected = new HashSet<>(findings(original));
        expected.add(f.stream().filter(s -> s.startsWith("PARSE-001")).findFirst().orElseThrow());
        assertThat(f).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void spacerBesideAllBlankColumnsInTextIsAmbiguous() throws Exception {
        // every 法人或其他组织 cell is blank: | | 5 | | | | | | 5 | may put the 5 under 自然人 or 商业企业
        String name = "2023_shuyang_fagaiju_department";
        ParsedReport p = parse(name + ".txt", textWithSpacer(name));
        assertThat(p.issues()).anyMatch(i -> "APP".equals(i.table()));
        Set<String> f = findings(p);
        assertThat(f).anyMatch(s -> s.startsWith("PARSE-001"));
        assertThat(f).noneMatch(s -> s.matches("(APP|TXT|SEC)-\\d+ ERROR.*"));
        // the withheld rows are not taken for blank cells either
        assertThat(p.cells()).filteredOn(c -> c.getTable().equals("APP") && !c.trusted()).isNotEmpty();
    }
}
