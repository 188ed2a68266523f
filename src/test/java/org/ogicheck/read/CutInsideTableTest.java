package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.TestSupport;

/**
 * Issue 10: a text that stops inside a table (a page its crawler cut, as the pages corpus holds many —
 * http://www.weishan.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=113708260043292687&fbtime=2020 stops at 三、本年度办理结果 |
 * (一)予以公开, https://www.lg.gov.cn/xxgk/xxgknb/qzfgzbm/content/post_11956962.html at 7.属于行政执法案卷 — or a paste that
 * stopped). The rows after the cut are not known to be missing from the report: PARSE-001 on the table, not an APP-006 or
 * A20-002 ERROR for each (19 and 12 on those two pages). The sections and 第二十条 blocks after it are missing, as the text
 * shows (SEC-001, A20-001).
 */
class CutInsideTableTest {

    private static List<String> ids(String text) throws Exception {
        return TestSupport.engine().check(Twins.parse(Readers.read("cut.txt", text.getBytes(StandardCharsets.UTF_8))), "zh")
            .findings().stream().map(f -> f.getRuleId() + ":" + f.getSeverity()).toList();
    }

    /** the report up to and with the first line that starts with the given words */
    private static String cutAfter(String text, String start) {
        int at = text.indexOf("\n" + start);
        assertThat(at).as(start).isPositive();
        return text.substring(0, text.indexOf('\n', at + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"三、本年度办理结果", "7.属于行政执法案卷", "（七）总计", "规章", "行政处罚"})
    void aTableTheTextStopsInIsNotMissingItsRows(String lastRow) throws Exception {
        String text = Files.readString(TestSupport.corpus("text/2024_huaian_city.txt"), StandardCharsets.UTF_8);
        List<String> ids = ids(cutAfter(text, lastRow));
        // the sections and 第二十条 blocks after the cut were never reached: not read, not known to be missing
        assertThat(ids).contains("PARSE-001:WARNING", "SEC-001:WARNING")
            .noneMatch(id -> id.matches("(APP-.*|A20-00[1-9]|LIT-.*|SEC-001):ERROR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"三、本年度办理结果", "行政处罚"})
    void whatTheTextNeverReachedIsSaidAsNotRead(String lastRow) throws Exception {
        String text = Files.readString(TestSupport.corpus("text/2024_huaian_city.txt"), StandardCharsets.UTF_8);
        var findings = TestSupport.engine().check(Twins.parse(Readers.read("cut.txt",
            cutAfter(text, lastRow).getBytes(StandardCharsets.UTF_8))), "zh").findings();
        // every section after the table the text stops in (四 to 六; and 三 when it stops in 二) is a WARNING saying so
        List<String> notRead = findings.stream().filter(f -> f.getRuleId().equals("SEC-001")).map(f -> f.getSection()).toList();
        assertThat(notRead).containsExactlyInAnyOrderElementsOf(lastRow.equals("行政处罚") ? List.of("三", "四", "五", "六") : List.of("四", "五", "六"));
        assertThat(findings).filteredOn(f -> f.getRuleId().equals("SEC-001"))
            .allSatisfy(f -> assertThat(f.getMessage()).contains("正文在此前中断"));
        if (lastRow.equals("行政处罚")) {
            // （八） comes after （六）, the block the text stops in: not read; （一）（五） before it were read
            assertThat(findings).filteredOn(f -> f.getRuleId().equals("A20-001"))
                .singleElement().satisfies(f -> assertThat(f.getTable() + ":" + f.getSeverity()).isEqualTo("A20.八:WARNING"));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void aTextThatStopsInsideTableFourNeverReachedFiveAndSix(int cut) throws Exception {
        // after the header's first, second or third line, or inside the data row (its last cells lost)
        String text = Files.readString(TestSupport.corpus("text/2024_huaian_city.txt"), StandardCharsets.UTF_8);
        String upTo = text.substring(0, text.indexOf("\n五、"));
        String[] lines = upTo.split("\n");
        String cutText = cut < 3 ? String.join("\n", java.util.Arrays.copyOf(lines, lines.length - 3 + cut))
            : upTo.substring(0, upTo.lastIndexOf(" | 12 | 1 |"));
        var findings = TestSupport.engine().check(Twins.parse(Readers.read("cut.txt", cutText.getBytes(StandardCharsets.UTF_8))), "zh").findings();
        assertThat(findings).filteredOn(f -> f.getRuleId().equals("SEC-001")).extracting(f -> f.getSection() + ":" + f.getSeverity())
            .containsExactlyInAnyOrder("五:WARNING", "六:WARNING");
        assertThat(findings).noneMatch(f -> f.getSeverity() == org.ogicheck.model.Severity.ERROR && f.getRuleId().matches("SEC-00[14]|LIT-.*"));
        // the whole table 四 and nothing after it: 五 and 六 are missing
        assertThat(ids(upTo)).contains("SEC-001:ERROR");
    }

    @org.junit.jupiter.api.Test
    void aTextThatEndsOnAFullSentenceStillLacksWhatItLacks() throws Exception {
        // a text that ends as a report ends (a full sentence) gives no sign of a cut: what it lacks is missing
        String text = Files.readString(TestSupport.corpus("text/2024_huaian_city.txt"), StandardCharsets.UTF_8);
        String upToFive = text.substring(0, text.indexOf("\n六、")).strip();
        assertThat(upToFive).endsWith("。");
        assertThat(ids(upToFive)).contains("SEC-001:ERROR").doesNotContain("SEC-001:WARNING");
    }

    @ParameterizedTest
    @ValueSource(strings = {"（二）依申请公开情况", "二、主动公开政府信息情况"})
    void aTextCutInTheMiddleOfASentenceNeverReachedWhatFollows(String cutBefore) throws Exception {
        // the pages corpus's crawled openings stop mid-sentence ("…强化清单内政府信息"): the sections after are not
        // read, a WARNING each, never SEC-001 or A20-001 ERROR
        String text = Files.readString(TestSupport.corpus("text/2024_huaian_city.txt"), StandardCharsets.UTF_8);
        String upTo = text.substring(0, text.indexOf("\n" + cutBefore)).strip();
        String cut = upTo.substring(0, upTo.length() - 12);
        assertThat(cut).doesNotEndWith("。");
        assertThat(ids(cut)).contains("SEC-001:WARNING").noneMatch(id -> id.matches("(SEC-001|A20-001):ERROR"));
        // the same text ending on its full sentence lacks them when its section 一 ran through （五）; ending in （一） of
        // its only section, it is a part of a report still (txqxxgk.siping.gov.cn's 2025 page stops so): not read
        if (cutBefore.startsWith("二、")) assertThat(ids(upTo)).contains("SEC-001:ERROR");
        else assertThat(ids(upTo)).contains("SEC-001:WARNING").doesNotContain("SEC-001:ERROR");
    }

    @org.junit.jupiter.api.Test
    void theTableOfTheSectionTheTextStopsInIsNotMissing() throws Exception {
        // a page cut in 三 after its first sentence (its table would have come after the cut, as on
        // https://www.bjmy.gov.cn/zwgk/zfxxgk/zfxxgknb/gknb2025/202601/t20260114_526887.html, cut inside the table's
        // 勾稽关系 note): the table is not known to be missing, a SEC-004 WARNING, and 六's fee is not known either
        String text = Files.readString(TestSupport.corpus("text/2024_huaian_city.txt"), StandardCharsets.UTF_8);
        String upToThree = text.substring(0, text.indexOf("\n（本列数据的勾稽关系为"));
        var cut = TestSupport.engine().check(Twins.parse(Readers.read("cut.txt",
            (upToThree + "\n本机关本年度收到和处理政府信息公开申请的情况见下表，其中依申请公开的办理").getBytes(StandardCharsets.UTF_8))), "zh").findings();
        assertThat(cut).filteredOn(f -> f.getRuleId().equals("SEC-004")).singleElement()
            .satisfies(f -> assertThat(f.getSeverity() + " " + f.getSection() + " " + f.getMessage()).startsWith("WARNING 三 ").contains("正文在这一部分中断"));
        assertThat(cut).noneMatch(f -> f.getRuleId().equals("FEE-001"));
        // cut inside the table's first cell: the note's words say the table is there, and the text stops in it
        assertThat(ids(upToThree + "\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加")).contains("PARSE-001:WARNING", "SEC-001:WARNING")
            .noneMatch(id -> id.matches("(SEC-00[14]|APP-.*):ERROR"));
        // the same section ending on a full sentence that leads in to the table, and nothing after it: a table not seen
        // (a picture, an attachment), not known to be missing; ending on prose that leads in to no table: missing
        assertThat(ids(upToThree + "\n本机关本年度收到和处理政府信息公开申请的情况如下。")).contains("SEC-004:WARNING", "FEE-001:WARNING")
            .doesNotContain("SEC-004:ERROR");
        assertThat(ids(upToThree + "\n本机关本年度收到和处理政府信息公开申请的情况已在门户网站公布。")).contains("SEC-004:ERROR", "FEE-001:WARNING");
    }

    @ParameterizedTest
    @ValueSource(strings = {"淮安市人民政府办公室    2025年1月20日", "附件：淮安市2024年政府信息公开工作年度报告统计表格",
        "本机关全年未收取信息处理费，无其他需要报告的事项。", "中共淮安市委网络安全和信息化委员会办公室"})
    void aReportsClosingLinesAreNoCut(String line) {
        assertThat(org.ogicheck.parse.ReportParser.endsInACutSentence(List.of(Block.line(line, org.ogicheck.model.SourceRef.line(1))))).isFalse();
        assertThat(org.ogicheck.parse.ReportParser.endsInACutSentence(List.of(Block.line(
            "全年通过政府门户网站发布信息3091条，访问量达2234399人次，开展在线", org.ogicheck.model.SourceRef.line(1))))).isTrue();
        // a year alone is a sentence's first words (2025年，…); a date with its day closes a report
        assertThat(org.ogicheck.parse.ReportParser.endsInACutSentence(List.of(Block.line("2025年", org.ogicheck.model.SourceRef.line(1))))).isTrue();
        assertThat(org.ogicheck.parse.ReportParser.endsInACutSentence(List.of(Block.line("2026年1月16日", org.ogicheck.model.SourceRef.line(1))))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"三、本年度办理结果", "规章"})
    void aRowLeftOutBeforeTheRestOfTheTextIsStillMissing(String row) throws Exception {
        String text = Files.readString(TestSupport.corpus("text/2024_huaian_city.txt"), StandardCharsets.UTF_8);
        String without = text.replaceFirst("\\n" + row + "[^\\n]*", "");
        assertThat(ids(without)).anyMatch(id -> id.matches("(APP-006|A20-002):ERROR"));
    }

    /** a 2021 text that stops after 行政许可 ends its block （五） as the format does (其他对外管理服务事项 is the 2019 format's) */
    @org.junit.jupiter.api.Test
    void aBlockCompleteInItsEditionIsNotCut() throws Exception {
        String text = Files.readString(TestSupport.corpus("text/2024_huaian_city.txt"), StandardCharsets.UTF_8);
        var parsed = Twins.parse(Readers.read("cut.txt", cutAfter(text, "行政许可").getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.issues()).noneMatch(i -> "A20.五".equals(i.table()));
        assertThat(parsed.cell("A20.五", "license", "decisions").getN()).isEqualTo(447228L);
    }

    /**
     * A page's text that stops in a 第二十条 block's header, its words on lines of their own (the crawled opening of
     * https://m.zwgsc.com/mayang/c120618/202601/aa8989f7424a4194a12fda5c35af5d4d.shtml ends 第二十条第(一)项 / 信息內容 /
     * 本年製發件數 / 本): the blocks and sections after it were never reached — WARNINGs, not A20-001 / SEC-001 ERRORs.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, -1})
    void aTextThatStopsInABlocksHeaderNeverReachedWhatFollows(int headerLines) throws Exception {
        String text = Files.readString(TestSupport.corpus("text/2024_huaian_city.txt"), StandardCharsets.UTF_8);
        String upTo = text.substring(0, text.indexOf("\n第二十条第（一）项")).strip();
        // −1: cut inside 信息内容 (http://www.haicheng.gov.cn/html/HCS/202601/0176938436489438.html, crawled, ends 第二十条第(五)项 / 信息)
        List<String> header = headerLines < 0 ? List.of("信息") : List.of("信息内容", "本年制发件数", "本").subList(0, headerLines);
        String cut = upTo + "\n\n第二十条第（一）项\n\n" + String.join("\n\n", header);
        assertThat(ids(cut)).contains("PARSE-001:WARNING", "SEC-001:WARNING")
            .noneMatch(id -> id.matches("(A20-00[1-9]|SEC-00[14]):ERROR"));
        // a line that ends as a report ends (a full sentence) after the header is no such cut: what follows is missing
        assertThat(ids(upTo + "\n\n第二十条第（一）项\n\n信息内容\n\n本机关本年度未制发规章和行政规范性文件。")).contains("SEC-001:ERROR");
    }

    @org.junit.jupiter.api.Test
    void aPageCutInItsFirstTableGivenACellALineHasItsCellsRead() throws Exception {
        // suibin.gov.cn's 连生乡 2025 page as crawled (src/test/resources/pages/suibin-blank-row-last.txt): each cell on a
        // line of its own ending in " |", rows apart by bar lines, the text stopping after the first row of the first
        // 第二十条 block. Too few such lines to be taken for a table given so, its cells were rows of one cell, every value
        // lost. Every corpus report cut so: the cells read as the same report with | rows reads them, and no other ERROR
        int reports = 0;
        for (java.nio.file.Path f : ShapeChecks.reports()) {
            List<TableForms.Part> cut = firstRowOfTableTwo(TableForms.of(Readers.read(f)));
            if (cut == null) continue;
            var cells = Twins.parse(Readers.read("cut.txt", TableForms.write(cut, TableForms.Form.PAGE_CELLS_BARS))).cells();
            var pipe = Twins.parse(Readers.read("cut.txt", TableForms.write(cut, TableForms.Form.PIPE))).cells();
            assertThat(cells).as(f.toString()).isNotEmpty();
            assertThat(cells.stream().map(c -> c.getRow() + "/" + c.getColumn() + "=" + c.getRead()).toList()).as(f.toString())
                .isEqualTo(pipe.stream().map(c -> c.getRow() + "/" + c.getColumn() + "=" + c.getRead()).toList());
            assertThat(ShapeChecks.check(cut, TableForms.Form.PAGE_CELLS_BARS, "cut").errors()).as(f.toString())
                .isEqualTo(ShapeChecks.check(cut, TableForms.Form.PIPE, "cut").errors());
            reports++;
        }
        assertThat(reports).isGreaterThanOrEqualTo(10);
    }

    /** the report up to the first data row of its first 第二十条 table, or null when it has none */
    private static List<TableForms.Part> firstRowOfTableTwo(List<TableForms.Part> parts) {
        for (int p = 0; p < parts.size(); p++) {
            TableForms.Part t = parts.get(p);
            if (!t.isTable() || !t.kind().equals("A20")) continue;
            for (int r = 0; r < t.rows().size(); r++) {
                if (!TableForms.dataRow(t.rows().get(r))) continue;
                List<TableForms.Part> out = new java.util.ArrayList<>(parts.subList(0, p));
                out.add(TableForms.Part.table("A20", new java.util.ArrayList<>(t.rows().subList(0, r + 1))));
                return out;
            }
        }
        return null;
    }

    /**
     * Each cell on a line of its own ending in " |" (rows apart by bar lines or not), the text stopping inside the last
     * row of a 第二十条 block — after its label or after some of its values (a crawler's or a paste's cut): the row is
     * cut, not read short. Every corpus report cut so in every block: PARSE-001 on that block, no A20 ERROR on the cut
     * row, and no ERROR the whole report in pipe text does not give.
     */
    @org.junit.jupiter.api.Test
    void aTextGivenACellALineStoppingInsideABlocksLastRowIsACut() throws Exception {
        List<String> wrong = new java.util.ArrayList<>();
        int cuts = 0;
        for (java.nio.file.Path f : ShapeChecks.reports()) {
            List<TableForms.Part> parts = TableForms.of(Readers.read(f));
            List<String> base = ShapeChecks.check(parts, TableForms.Form.PIPE, "whole").errors();
            for (List<TableForms.Part> cut : cutsInside(parts, List.of("A20"), true)) {
                for (TableForms.Form form : List.of(TableForms.Form.PAGE_CELLS, TableForms.Form.PAGE_CELLS_BARS)) {
                  for (String after : List.of("", "|", "footer")) {
                    String text = new String(TableForms.write(cut, form), StandardCharsets.UTF_8).stripTrailing();
                    // the bar line after a row is not there: the text stops inside it
                    if (text.endsWith("\n|")) text = text.substring(0, text.length() - 2);
                    if (after.equals("|")) text += "\n|\n";
                    if (after.equals("footer")) text += "\n【打印本页】 【关闭窗口】\n主办单位：人民政府办公室\n";
                    var checked = ShapeChecks.check(Twins.parse(Readers.read("cut.txt", text.getBytes(StandardCharsets.UTF_8))));
                    List<TableForms.C> row = lastRow(cut);
                    String label = row.get(0).text();
                    List<String> extra = new java.util.ArrayList<>(checked.errors());
                    extra.removeAll(base);
                    if (!extra.isEmpty() || checked.parse().stream().noneMatch(k -> k.startsWith("PARSE-001@A20"))) {
                        wrong.add(f.getFileName() + " cut in " + label + " after " + row.size() + " cells as " + form + after + ": "
                            + checked.errors() + " parse " + checked.parse() + " extra " + extra);
                    }
                    cuts++;
                  }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(cuts).isGreaterThanOrEqualTo(100);
    }

    private static List<TableForms.C> lastRow(List<TableForms.Part> parts) {
        List<List<TableForms.C>> rows = parts.get(parts.size() - 1).rows();
        return rows.get(rows.size() - 1);
    }

    /**
     * A text that stops inside a row of table 三 or a 第二十条 block, its last value lost (the crawled
     * https://www.lg.gov.cn/xxgk/xxgknb/qzfgzbm/content/post_11956962.html stops at 7.属于行政执法案卷 with six of its
     * seven values; https://xiangyin.gov.cn/31185/32018/32020/58721/60045/content_2357766.html at 规章 with none): one
     * cause, the cut, so one PARSE-001 for the table — not a second for the row the cut cut short. Every corpus report
     * cut so after each row of table 三 and of each block, in pipe text and a cell a line: no table has more PARSE-001
     * than the whole report in that form gives it plus the cut's one, and no ERROR comes the whole report does not give.
     */
    @org.junit.jupiter.api.Test
    void aRowTheTextStopsInsideIsOneFindingWithTheCut() throws Exception {
        List<String> wrong = new java.util.ArrayList<>();
        int cuts = 0;
        for (java.nio.file.Path f : ShapeChecks.reports()) {
            List<TableForms.Part> parts = TableForms.of(Readers.read(f));
            List<String> base = ShapeChecks.check(parts, TableForms.Form.PIPE, "whole").errors();
            for (TableForms.Form form : List.of(TableForms.Form.PIPE, TableForms.Form.PAGE_CELLS)) {
                List<String> whole = ShapeChecks.check(parts, form, "whole").parse();
                for (List<TableForms.Part> cut : cutsInside(parts, List.of("APP", "A20"), false)) {
                    ShapeChecks.Checked got = ShapeChecks.check(cut, form, "cut");
                    List<String> extra = new java.util.ArrayList<>(got.errors());
                    extra.removeAll(base);
                    java.util.Map<String, Long> perTable = new java.util.TreeMap<>();
                    for (String k : got.parse()) perTable.merge(k.substring(0, k.indexOf('/')), 1L, Long::sum);
                    boolean twice = perTable.entrySet().stream().anyMatch(e -> e.getValue() > 1
                        + whole.stream().filter(k -> k.startsWith(e.getKey() + "/")).count());
                    if (!extra.isEmpty() || twice || got.parse().isEmpty()) {
                        wrong.add(f.getFileName() + " cut in " + lastRow(cut).get(0).text() + " as " + form + ": " + got + " extra " + extra);
                    }
                    cuts++;
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(cuts).isGreaterThanOrEqualTo(300);
    }

    /**
     * The report cut inside data rows of the tables of these kinds: in each block's last row, after its label and after
     * each of its values but the last ({@code everyCell}); or in every row, its last value lost.
     */
    private static List<List<TableForms.Part>> cutsInside(List<TableForms.Part> parts, List<String> kinds, boolean everyCell) {
        List<List<TableForms.Part>> out = new java.util.ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            TableForms.Part t = parts.get(p);
            if (!t.isTable() || !kinds.contains(t.kind())) continue;
            for (int r = 0; r < t.rows().size(); r++) {
                List<TableForms.C> row = new java.util.ArrayList<>(t.rows().get(r));
                // the row's last value: a cut after it (before the blank cells a layout adds) takes nothing
                while (!row.isEmpty() && row.get(row.size() - 1).text().isBlank()) row.remove(row.size() - 1);
                boolean last = r + 1 == t.rows().size() || !TableForms.dataRow(t.rows().get(r + 1));
                if (!TableForms.dataRow(row) || !TableForms.value(row.get(row.size() - 1).text()) || everyCell && !last) continue;
                int from = everyCell ? Math.max(1, TableForms.labels(row)) : row.size() - 1;
                for (int k = from; k < row.size(); k++) {
                    List<TableForms.Part> cut = new java.util.ArrayList<>(parts.subList(0, p));
                    List<List<TableForms.C>> rows = new java.util.ArrayList<>(t.rows().subList(0, r));
                    rows.add(new java.util.ArrayList<>(row.subList(0, k)));
                    cut.add(TableForms.Part.table(t.kind(), rows));
                    out.add(cut);
                }
            }
        }
        return out;
    }
}
