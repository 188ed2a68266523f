package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Cell;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.testing.Variants;

/**
 * Cells of several paragraphs ({@code <p>…</p><p>…</p>}, {@code <br>}) in a page, copied by the real
 * headless Chromium (document.body.innerText gives each paragraph on its own line): the pasted text
 * gives the same table facts as the page itself.
 */
class ParagraphCellsTest {
    private static final String P = "<p style=\"text-indent: 0em;\">";

    @TempDir
    Path tmp;

    @Test
    void aLabelSplitOverParagraphsIsOneCellAgain() throws Exception {
        String page = Files.readString(TestSupport.corpus("html/2023_pingtan_city.html"), StandardCharsets.UTF_8);
        String split = page
            // a row label over two paragraphs (first cell of its row)
            .replace(P + "一、本年新收政府信息公开申请数量</p>", P + "一、本年新收政府信息</p>" + P + "公开申请数量</p>")
            // a header cell in the middle of its row
            .replace(P + "法律服务机构</p>", P + "法律服务</p>" + P + "机构</p>")
            // the last header cell of its row
            .replace(P + "其他</p></td></tr>", P + "其</p>" + P + "他</p></td></tr>")
            // a line break inside a label
            .replace("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开<br>（区分处理的，只计这一情形，不计其他情形）");
        assertThat(split).isNotEqualTo(page).contains("一、本年新收政府信息</p>", "法律服务</p>", P + "其</p>", "部分公开<br>");
        Path html = Files.writeString(tmp.resolve("split.html"), split, StandardCharsets.UTF_8);
        String copied = Variants.innerText(html);
        // the copy really has each paragraph on its own line
        assertThat(Variants.lines(copied)).contains("一、本年新收政府信息", "公开申请数量", "法律服务", "机构");

        List<String> fromPage = cells(new HtmlReader().read("page", split.getBytes(StandardCharsets.UTF_8)));
        List<String> fromPaste = cells(new TextReader().read("paste", copied.getBytes(StandardCharsets.UTF_8)));
        List<String> original = cells(new HtmlReader().read("page", page.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromPage).hasSizeGreaterThan(100).isEqualTo(original);
        assertThat(fromPaste).isEqualTo(fromPage);
        // the site chrome of the copy gives the page's publication date and agency (parse/Metadata)
        ParsedReport pastedReport = new ReportParser().parse(new TextReader().read("paste", copied.getBytes(StandardCharsets.UTF_8)),
            ReportParser.Options.NONE);
        ParsedReport pageReport = new ReportParser().parse(new HtmlReader().read("page", split.getBytes(StandardCharsets.UTF_8)),
            ReportParser.Options.NONE);
        assertThat(pastedReport.report().getPublished()).isNotNull().isEqualTo(pageReport.report().getPublished());
        assertThat(pastedReport.report().getAgency()).isNotNull().isEqualTo(pageReport.report().getAgency());
        // the rows whose labels were split are read (a label cut in two would name no row)
        assertThat(fromPaste).anyMatch(c -> c.startsWith("APP received natural "))
            .anyMatch(c -> c.startsWith("APP partlyGranted total "));
    }

    @Test
    void aLineBreakInANumberCellIsNoNewRow() throws Exception {
        // editors leave a <br> after a number (Word → CMS): "81<br>" in the last cell of a row, "1<br>" in the middle
        String page = Files.readString(TestSupport.corpus("html/2023_pingtan_city.html"), StandardCharsets.UTF_8);
        String marked = page.replaceFirst("(一、本年新收政府信息公开申请数量(?:(?!</tr>).)*?" + java.util.regex.Pattern.quote(P) + ")81</p>",
                "$181<br></p>")
            .replaceFirst("(一、本年新收政府信息公开申请数量(?:(?!</tr>).)*?" + java.util.regex.Pattern.quote(P) + ")1</p>", "$11<br></p>");
        assertThat(marked).isNotEqualTo(page).contains("81<br></p>", "1<br></p>");
        Path html = Files.writeString(tmp.resolve("br.html"), marked, StandardCharsets.UTF_8);
        String copied = Variants.innerText(html);
        List<String> fromPage = cells(new HtmlReader().read("page", marked.getBytes(StandardCharsets.UTF_8)));
        List<String> fromPaste = cells(new TextReader().read("paste", copied.getBytes(StandardCharsets.UTF_8)));
        List<String> original = cells(new HtmlReader().read("page", page.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromPage).isEqualTo(original);
        assertThat(fromPaste).isEqualTo(fromPage);
    }

    @Test
    void aLineBreakInACellOfATabRowIsNoNewRow() throws Exception {
        // cells without paragraphs copy as TAB-separated rows; a <br> after a number breaks its row's line
        String page = Files.readString(TestSupport.corpus("html/2023_pingtan_city.html"), StandardCharsets.UTF_8)
            .replace(P, "").replace("</p></td>", "</td>");
        String marked = page.replaceFirst("(一、本年新收政府信息公开申请数量(?:(?!</tr>).)*?>)81</td>", "$181<br></td>")
            .replaceFirst("(一、本年新收政府信息公开申请数量(?:(?!</tr>).)*?>)1</td>", "$11<br></td>");
        assertThat(marked).isNotEqualTo(page).contains("81<br></td>", "1<br></td>");
        Path html = Files.writeString(tmp.resolve("br.html"), marked, StandardCharsets.UTF_8);
        String copied = Variants.innerText(html);
        Files.writeString(Path.of("target", "br-copied.txt"), copied, StandardCharsets.UTF_8);
        List<String> fromPage = cells(new HtmlReader().read("page", marked.getBytes(StandardCharsets.UTF_8)));
        List<String> fromPaste = cells(new TextReader().read("paste", copied.getBytes(StandardCharsets.UTF_8)));
        List<String> original = cells(new HtmlReader().read("page", page.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromPage).isEqualTo(original);
        assertThat(fromPaste).isEqualTo(fromPage);
    }

    /** table, row, column and value of every cell the parser reads, and its layout issues */
    private static List<String> cells(Document doc) {
        ParsedReport p = new ReportParser().parse(doc, ReportParser.Options.NONE);
        List<String> out = new ArrayList<>();
        for (Cell c : p.cells()) out.add(c.getTable() + " " + c.getRow() + " " + c.getColumn() + " " + c.getValue().display());
        // the same layout issues, if any (by table and row)
        for (var i : p.issues()) if ("LAYOUT".equals(i.kind())) out.add("ISSUE " + i.table() + " " + i.row() + " " + i.detail());
        out.sort(null);
        return out;
    }
}
