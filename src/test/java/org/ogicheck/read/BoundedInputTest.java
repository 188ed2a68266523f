package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.app.Result;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;

/**
 * Every check ends on structures built to make it hang (issue 12): a 1,000 × 100 table, 30,000
 * unclosed tags, a PDF that claims 2,000,000,000 pages. Each within a bound far below the time limit.
 */
class BoundedInputTest {
    private static final Duration BOUND = Duration.ofSeconds(60);

    private static String page() throws Exception {
        return Files.readString(TestSupport.corpus("html/2023_pingtan_city.html"));
    }

    private static String withTable(String page, int rows, int cols) {
        StringBuilder sb = new StringBuilder("<table><tr><td>申请人情况</td><td>勾稽</td></tr>");
        for (int r = 0; r < rows; r++) {
            sb.append("<tr>");
            for (int c = 0; c < cols; c++) sb.append("<td>").append(r * c % 97).append("</td>");
            sb.append("</tr>");
        }
        int at = page.indexOf("</body>");
        return page.substring(0, at) + sb + "</table>" + page.substring(at);
    }

    @Test
    void aTableOfAHundredThousandCellsIsCutAtTheLimitWithAParseFinding() {
        Result r = Assertions.assertTimeoutPreemptively(BOUND, () -> {
            byte[] html = withTable(page(), 1_000, 100).getBytes(StandardCharsets.UTF_8);
            Document doc = Readers.read("big.html", html);
            assertThat(doc.issues()).singleElement().satisfies(i -> {
                assertThat(i.kind()).isEqualTo(Document.Issue.Kind.TABLE_CUT);
                assertThat(i.detail().toString()).contains("表格超过 20000 个单元格").contains("第 201 行起未读取");
            });
            ParsedReport p = Ogicheck.parse("big.html", html, ReportParser.Options.NONE);
            return TestSupport.engine().check(p, "zh");
        });
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.getRuleId()).isEqualTo("PARSE-001");
            assertThat(f.getMessage()).contains("20000");
        });
    }

    @Test
    void aWordTableOfAHundredThousandCellsIsCutAtTheLimitWithAParseFinding() {
        Result r = Assertions.assertTimeoutPreemptively(BOUND, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
                d.createParagraph().createRun().setText("一、总体情况");
                org.apache.poi.xwpf.usermodel.XWPFTable t = d.createTable(1_000, 100);
                // varied numbers in every cell: a file of empty cells compresses so well that POI refuses it as a zip bomb
                java.util.Random rnd = new java.util.Random(12);
                for (int r0 = 0; r0 < 1_000; r0++) {
                    for (int c0 = 0; c0 < 100; c0++) t.getRow(r0).getCell(c0).setText(String.valueOf(rnd.nextInt(1_000_000)));
                }
                d.write(out);
            }
            byte[] docx = out.toByteArray();
            Document doc = Readers.read("big.docx", docx);
            assertThat(doc.issues()).singleElement().satisfies(i -> {
                assertThat(i.kind()).isEqualTo(Document.Issue.Kind.TABLE_CUT);
                assertThat(i.detail().toString()).contains("表格超过 20000 个单元格").contains("第 201 行起未读取");
            });
            ParsedReport p = Ogicheck.parse("big.docx", docx, ReportParser.Options.NONE);
            return TestSupport.engine().check(p, "zh");
        });
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.getRuleId()).isEqualTo("PARSE-001");
            assertThat(f.getMessage()).contains("20000");
        });
    }

    @Test
    void aSmallTableIsReadWhole() throws Exception {
        Document doc = Readers.read("ok.html", withTable(page(), 100, 100).getBytes(StandardCharsets.UTF_8));
        assertThat(doc.issues()).isEmpty();
    }

    @Test
    void thirtyThousandUnclosedTagsEnd() {
        for (String tag : new String[] {"div", "span", "b", "td"}) {
            ParsedReport p = Assertions.assertTimeoutPreemptively(BOUND, () -> {
                String html = page().replaceFirst("<body([^>]*)>", "<body$1>" + ("<" + tag + ">x").repeat(30_000));
                return Ogicheck.parse("deep.html", html.getBytes(StandardCharsets.UTF_8), ReportParser.Options.NONE);
            });
            assertThat(p.sections()).as(tag).isNotEmpty();
        }
    }

    /** a well-formed one-page PDF (no text) whose page tree claims {@code count} pages */
    static byte[] lyingPdf(long count) {
        String[] objs = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count " + count + " >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        long[] at = new long[objs.length];
        for (int i = 0; i < objs.length; i++) {
            at[i] = sb.length();
            sb.append(i + 1).append(" 0 obj\n").append(objs[i]).append("\nendobj\n");
        }
        long xref = sb.length();
        sb.append("xref\n0 ").append(objs.length + 1).append("\n0000000000 65535 f \n");
        for (long a : at) sb.append(String.format("%010d 00000 n \n", a));
        sb.append("trailer\n<< /Size ").append(objs.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    @Test
    void aPdfThatClaimsTwoBillionPagesIsReadAsTheOnePageItHas() {
        byte[] pdf = lyingPdf(2_000_000_000L);
        assertThat(pdf.length).isLessThan(600);
        Assertions.assertTimeoutPreemptively(BOUND, () ->
            assertThatThrownBy(() -> Readers.read("liar.pdf", pdf)).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("liar.pdf").hasMessageNotContaining("\n")
                // its one real page has no text: refused as a scan, not as two billion pages
                .hasMessageContaining("OCR"));
    }
}
