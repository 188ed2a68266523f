package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.model.Cell;
import org.ogicheck.model.Value;
import org.ogicheck.parse.ParsedReport;

class HtmlReaderTest {

    private static byte[] page(String name) throws Exception {
        return Files.readAllBytes(Twins.CORPUS.resolve("html").resolve(name + ".html"));
    }

    private static Document read(String name) throws Exception {
        return Readers.read(Twins.CORPUS.resolve("html").resolve(name + ".html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023_pingtan_city", "2023_shuyang_fagaiju_department"})
    void tablesMatchTheTextTwin(String name) throws Exception {
        Document doc = read(name);
        assertThat(doc.format()).isEqualTo("html");
        Twins.assertSameCells(Twins.parse(doc), Twins.parseText(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023_pingtan_city", "2023_shuyang_fagaiju_department"})
    void sectionsAndNarrativeMatchTheTextTwin(String name) throws Exception {
        ParsedReport html = Twins.parse(read(name));
        ParsedReport text = Twins.parseText(name);
        assertThat(html.sections()).extracting(s -> s.number() + " " + s.title() + " " + s.text().length())
            .containsExactlyElementsOf(text.sections().stream().map(s -> s.number() + " " + s.title() + " "
                + s.text().length()).toList());
        assertThat(html.report().getPeriodStart()).isEqualTo(text.report().getPeriodStart());
        assertThat(html.issues()).extracting(HtmlReaderTest::issue)
            .isEqualTo(text.issues().stream().map(HtmlReaderTest::issue).toList());
    }

    private static String issue(org.ogicheck.model.ParseIssue i) {
        return i.kind() + " " + i.table() + " " + i.row() + " " + i.detail();
    }

    @Test
    void siteChromeIsLeftOut() throws Exception {
        Document doc = read("2023_pingtan_city");
        String all = String.join("\n", doc.blocks().stream().map(Block::text).toList());
        assertThat(all).doesNotContain("省人大").doesNotContain("文件下载").doesNotContain("function");
        assertThat(doc.blocks().get(0).text()).startsWith("本报告根据《中华人民共和国政府信息公开条例》");
        assertThat(doc.blocks()).filteredOn(b -> !b.isRow()).extracting(Block::text).contains("一、总体情况");
    }

    @Test
    void pageMetadata() throws Exception {
        Document pt = read("2023_pingtan_city");
        assertThat(pt.meta()).containsEntry("title", "平潭综合实验区2023年度政府信息公开工作年度报告")
            .containsEntry("published", "2024-03-08").containsEntry("agency", "平潭综合实验区管委会办公室");
        Document sy = read("2023_shuyang_fagaiju_department");
        assertThat(sy.meta()).containsEntry("title", "沭阳县发展和改革局2023年政府信息公开年度报告")
            .containsEntry("published", "2024-01-17").containsEntry("agency", "沭阳县发展和改革局");
    }

    @Test
    void shuyangPublishedFromThePageAndLegalPersonCellsBlank() throws Exception {
        ParsedReport r = Twins.parse(read("2023_shuyang_fagaiju_department"));
        assertThat(r.report().getPublished()).isEqualTo(LocalDate.of(2024, 1, 17));
        List<String> orgColumns = List.of("commercial", "research", "publicInterest", "legal", "otherOrg");
        List<Cell> org = r.cells().stream()
            .filter(c -> c.getTable().equals("APP") && orgColumns.contains(c.getColumn())).toList();
        assertThat(org).hasSize(5 * 25);
        assertThat(org).allSatisfy(c -> assertThat(c.getKind()).as(c.toString()).isEqualTo(Value.Kind.BLANK));
        assertThat(r.cell("APP", "received", "natural").getN()).isEqualTo(26);
        assertThat(r.cell("APP", "received", "total").getN()).isEqualTo(26);
    }

    @Test
    void mergedValueCellKeepsItsColumnAndMergedLabelIsNotRepeated() throws Exception {
        Document doc = read("2023_pingtan_city");
        Block license = doc.blocks().stream().filter(b -> b.isRow() && b.text().startsWith("行政许可")).findFirst()
            .orElseThrow();
        // <td>行政许可</td><td colspan="3">2629</td>
        assertThat(license.cells()).containsExactly("行政许可", "2629", "", "");
        assertThat(license.cellSrc(1).col()).isEqualTo(2);
        assertThat(license.cellSrc(3).col()).isEqualTo(4);
        Block caption = doc.blocks().stream().filter(b -> b.isRow() && b.text().contains("第二十条第（五）项"))
            .findFirst().orElseThrow();
        assertThat(caption.cells()).containsExactly("第二十条第（五）项");
        // 三、本年度办理结果 spans 22 rows: it starts only its first row, like the text version
        List<Block> rows = doc.blocks().stream().filter(Block::isRow).toList();
        assertThat(rows).filteredOn(b -> b.text().contains("三、本年度办理结果")).hasSize(1);
        Block partly = rows.stream().filter(b -> b.text().startsWith("（二）部分公开")).findFirst().orElseThrow();
        assertThat(partly.cells()).hasSize(8);
        assertThat(partly.cellSrc(1).table()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBK", "GB18030"})
    void gbPageReadsTheSame(String charset) throws Exception {
        String utf8 = new String(page("2023_pingtan_city"), StandardCharsets.UTF_8);
        String declared = utf8.replace("<meta charset=\"utf-8\"", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset="
            + charset.toLowerCase() + "\"");
        assertThat(declared).isNotEqualTo(utf8);
        byte[] gb = declared.getBytes(Charset.forName(charset));
        Document doc = Readers.read("gb.html", gb);
        Document orig = read("2023_pingtan_city");
        assertThat(doc.blocks()).extracting(Block::text).isEqualTo(orig.blocks().stream().map(Block::text).toList());
        assertThat(doc.meta()).isEqualTo(orig.meta());
        Twins.assertSameCells(Twins.parse(doc), Twins.parseText("2023_pingtan_city"));
    }

    @Test
    void bomWinsOverADeclaredCharset() throws Exception {
        String html = new String(page("2023_pingtan_city"), StandardCharsets.UTF_8)
            .replace("<meta charset=\"utf-8\"", "<meta charset=\"gb2312\"");
        byte[] utf16 = html.getBytes(StandardCharsets.UTF_16); // big-endian with BOM
        Twins.assertSameCells(Twins.parse(new HtmlReader().read("bom.html", utf16)), Twins.parseText("2023_pingtan_city"));
    }

    @Test
    void undeclaredGbkIsSniffed() throws Exception {
        String utf8 = new String(page("2023_shuyang_fagaiju_department"), StandardCharsets.UTF_8)
            .replace("charset=\"utf-8\"", "").replace("<meta charset=\"utf-8\">", "");
        Document doc = Readers.read("nocharset.html", utf8.getBytes(Charset.forName("GBK")));
        Twins.assertSameCells(Twins.parse(doc), Twins.parseText("2023_shuyang_fagaiju_department"));
    }

    @Test
    void pageWithoutReport() {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政府信息公开年报_某区人民政府</title></head>"
            + "<body><div class=nav><a href=/>首页</a><a href=/nb>政府信息公开年报</a></div>"
            + "<ul><li><a href=1.htm>某区2023年政府信息公开工作年度报告</a></li></ul>"
            + "<table><tr><td>发布日期</td><td>2024-01-20</td></tr></table><div class=footer>版权所有</div></body></html>";
        assertThatThrownBy(() -> Readers.read("index.html", html.getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(ReadException.class)
            .hasMessage("index.html：网页中没有找到年度报告")
            .satisfies(e -> assertThat(((ReadException) e).message("en")).isEqualTo("index.html: no report found in the HTML page"));
    }

    @Test
    void navigationHiddenCopiesAndOtherArticlesAreLeftOut() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            + "<meta name=\"PubDate\" content=\"2024-03-01 09:00\"><title>某局2023年政府信息公开工作年度报告_某区政府</title></head><body>"
            + "<ul class=nav><li>主动公开</li><li>依申请公开</li><li>政府信息公开申请表</li><li>行政复议</li>"
            + "<li>行政诉讼</li><li>其他事项</li><li>存在问题</li><li>总体情况</li></ul>"
            + "<div class=side><p>某区2022年年度报告 发布日期：2023-01-30</p></div>"
            + "<div class=info><span>发布机构：某区某局</span><span>发布日期：2024-01-20</span></div>"
            + "<div class=content><div style=\"display: none\"><p>一、总体情况</p><p>隐藏的副本。</p></div>"
            + "<p>一、总体情况</p><p>正文。</p><p>二、主动公开政府信息情况</p>"
            + "<p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p>"
            + "<p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p></div>"
            + "<div class=footer>主办：某区人民政府 行政复议 其他事项</div></body></html>";
        Document doc = Readers.read("chrome.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("一、总体情况", "正文。",
            "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        assertThat(doc.meta()).containsEntry("published", "2024-01-20").containsEntry("agency", "某区某局")
            .containsEntry("title", "某局2023年政府信息公开工作年度报告");
    }

    @Test
    void layoutTablePage() throws Exception {
        String html = "<html><head><meta charset=\"gb2312\"></head><body><table width=980><tr>"
            + "<td width=200><p>依申请公开</p><p>行政复议</p><p>其他事项</p></td><td>"
            + "<p>一、总体情况</p><p>正文。</p><p>二、主动公开政府信息情况</p>"
            + "<table border=1><tr><td colspan=4>第二十条第（一）项</td></tr>"
            + "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
            + "<tr><td>规章</td><td>1</td><td>0</td><td>3</td></tr></table>"
            + "<p>三、收到和处理政府信息公开申请情况</p><p>六、其他需要报告的事项</p><p>无。</p>"
            + "</td></tr></table></body></html>";
        Document doc = Readers.read("layout.html", html.getBytes(Charset.forName("GB18030")));
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("一、总体情况", "正文。",
            "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
            "规章 | 1 | 0 | 3", "三、收到和处理政府信息公开申请情况", "六、其他需要报告的事项", "无。");
        ParsedReport r = Twins.parse(doc);
        assertThat(r.cell("A20.一", "rules", "inForce").getN()).isEqualTo(3);
    }

    @Test
    void cellRunsNbspAndLineBreaks() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><div id=nav>首页 &gt; 信息公开</div><div id=c>"
            + "<p>某局2023年政府信息公开工作年度报告</p><p><b>一、</b><span>总体情况</span></p><p>正文。</p>"
            + "<p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>"
            + "<table><tr><td colspan=2 rowspan=2><p>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p></td>"
            + "<td>自然<br>人</td><td><span>总</span><font>计</font></td></tr>"
            + "<tr><td>&nbsp;</td><td><o:p></o:p></td></tr>"
            + "<tr><td colspan=2>一、本年新收政府信息公开申请数量</td><td>&nbsp;1<o:p></o:p></td><td>1 件</td></tr></table>"
            + "<p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况<br>无。</p>"
            + "<p>六、其他需要报告的事项</p></div><div class=footer>网站标识码</div></body></html>";
        Document doc = Readers.read("x.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.blocks()).extracting(Block::text).containsExactly(
            "某局2023年政府信息公开工作年度报告", "一、总体情况", "正文。", "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 总计",
            "一、本年新收政府信息公开申请数量 | 1 | 1 件",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项");
    }
}
