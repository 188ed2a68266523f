package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Section;
import org.ogicheck.model.Severity;
import org.ogicheck.parse.ReportParser;

/**
 * Issue 10: correct reports laid out as real 2025 reports are, which the corpus does not show — the section
 * headings numbered 第一部分 or 一 and a space, the total row of a group of table 三 given beside its rows (（六）其他处理
 * above its three rows, a 小计 after （三）不予公开's eight), a 管委会's report published in February, table 二's
 * captions found but its cells not rebuilt. Each is a real corpus report changed that way: no ERROR the unchanged
 * report has not. Then a defect put in (a section left out, a number changed, a date past every deadline): the ERROR
 * is still found, so that no rule was merely silenced.
 */
class UnseenLayoutsTest {
    private static final String HUAIAN = "text/2024_huaian_city.txt";
    private static final String SHANGHAI = "text/2025_shanghai_bangongting_province.txt";
    private static final String HONGZE = "text/2023_hongzequ_county.txt";
    private static final String JIANGGAN = "text/2020_jianggan_amr_department.txt";
    private static final Pattern HEADING = Pattern.compile("(?m)^([一二三四五六])、(?=(总体情况|主动公开|收到和处理|政府信息公开行政复议|存在|其他需要))");

    private static String read(String report) throws Exception {
        return Files.readString(TestSupport.corpus(report), StandardCharsets.UTF_8);
    }

    static List<Finding> check(String text) throws Exception {
        return TestSupport.engine().check(Ogicheck.parse("report.txt", text.getBytes(StandardCharsets.UTF_8),
            ReportParser.Options.NONE), "zh").findings();
    }

    private static List<String> errors(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.getSeverity() == Severity.ERROR) out.add(f.getRuleId() + "@" + f.getSection() + "/" + f.getTable() + "/" + f.getRow() + "/" + f.getColumn());
        }
        out.sort(null);
        return out;
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.getRuleId() + ":" + f.getSeverity()).toList();
    }

    /** the changed report gives exactly the ERRORs of the unchanged one; its findings are returned */
    private static List<Finding> sameErrors(String report, UnaryOperator<String> change) throws Exception {
        String text = read(report);
        String changed = change.apply(text);
        assertThat(changed).as("the change applies to " + report).isNotEqualTo(text);
        List<Finding> now = check(changed);
        assertThat(errors(now)).as(report).isEqualTo(errors(check(text)));
        return now;
    }

    // ---- section headings --------------------------------------------------------------------------

    private static String renumber(String text, String prefix, String suffix) {
        Matcher m = HEADING.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, prefix + m.group(1) + suffix);
        m.appendTail(sb);
        return sb.toString();
    }

    /** how many of the six section headings the report has */
    private static int headings(String report) throws Exception {
        return (int) HEADING.matcher(read(report)).results().count();
    }

    /** the PARSE-001 findings, by place */
    private static List<String> unread(List<Finding> findings) {
        return findings.stream().filter(f -> f.getRuleId().equals("PARSE-001")).map(f -> f.getTable() + "/" + f.getRow()).sorted().toList();
    }

    /** the text without section 六 (its heading to the end) */
    private static String withoutSix(String text) {
        return text.substring(0, text.lastIndexOf('\n', text.lastIndexOf("其他需要报告的事项")) + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, SHANGHAI, HONGZE})
    void headingsNumberedAsParts(String report) throws Exception {
        // 第一部分 总体情况 … 第六部分 其他需要报告的事项: each section found, only its numbering a WARNING (SEC-002)
        List<Finding> f = sameErrors(report, t -> renumber(t, "第", "部分 "));
        assertThat(f).filteredOn(x -> x.getRuleId().equals("SEC-002")).hasSize(headings(report));
        assertThat(ids(f)).doesNotContain("SEC-003:WARNING");
        List<Finding> missing = check(withoutSix(renumber(read(report), "第", "部分 ")));
        assertThat(errors(missing)).contains("SEC-001@六/null/null/null");
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, SHANGHAI, HONGZE})
    void headingsNumberedWithASpace(String report) throws Exception {
        // 一 总体情况 (the 、 left out, as in a copy from some PDFs), 一　总体情况 with an ideographic space
        for (String space : List.of(" ", "\u3000")) {
            List<Finding> f = sameErrors(report, t -> renumber(t, "", space).replace("六" + space + "其他需要", "六" + space + "其它需要"));
            assertThat(f).filteredOn(x -> x.getRuleId().equals("SEC-002")).hasSize(headings(report));
            assertThat(f).filteredOn(x -> x.getRuleId().equals("SEC-003")).extracting(Finding::getSection).containsExactly("六");
            List<Finding> missing = check(withoutSix(renumber(read(report), "", space)));
            assertThat(errors(missing)).contains("SEC-001@六/null/null/null");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, SHANGHAI, HONGZE})
    void headingAndItsFirstWordsOnOneLine(String report) throws Exception {
        // 一、总体情况：2024年，… / 六、其他需要报告的事项。本年度… (a line break lost, or written so): the same findings
        // as with the heading on a line of its own — the words stay the section's (FEE-001 and SEC-006 read them)
        String text = read(report);
        String joined = text.replaceAll("(?m)^((?:一、总体情况|五、存在的主要问题及改进情况|六、其他需要报告的事项))\n", "$1：");
        assertThat(joined).isNotEqualTo(text);
        List<String> before = ids(check(text)).stream().sorted().toList();
        assertThat(ids(check(joined)).stream().sorted().toList()).isEqualTo(before);
        assertThat(errors(check(withoutSix(joined)))).contains("SEC-001@六/null/null/null");
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, SHANGHAI, HONGZE})
    void headingRunIntoItsWordsWithoutPunctuation(String report) throws Exception {
        // 六、其他需要报告的事项2024 年，… / 五、存在的不足及改进措施对照… (no punctuation between): the same findings as
        // with the heading on a line of its own, in the official wording or a variant (SEC-003) — no SEC-001 'missing'
        String text = read(report);
        String variant = text.replace("五、存在的主要问题及改进情况\n", "五、存在的不足及改进措施\n");
        for (String own : List.of(text, variant)) {
            String runIn = own.replaceAll("(?m)^(一、总体情况|五、存在的\\S+?(?:情况|措施)|六、其他需要报告的事项)\n", "$1");
            assertThat(runIn).isNotEqualTo(own);
            assertThat(ids(check(runIn)).stream().sorted().toList()).isEqualTo(ids(check(own)).stream().sorted().toList());
            assertThat(errors(check(withoutSix(runIn)))).contains("SEC-001@六/null/null/null");
        }
        // section 六's heading left out and its words begun with the heading of another number: a sentence, not section 六
        String wrongNumber = text.replaceAll("(?m)^六、(其他需要报告的事项)\n(.*)$", "一、$1$2本机关将继续依法依规做好政府信息公开工作。");
        assertThat(wrongNumber).isNotEqualTo(text);
        assertThat(errors(check(wrongNumber))).contains("SEC-001@六/null/null/null");
    }

    @ParameterizedTest
    @ValueSource(strings = {SHANGHAI, HONGZE})
    void pageCutBeforeSectionThree(String report) throws Exception {
        // a page's text cut in section 二 (a crawler's, a paste that stopped): 一、 and 二、 are the only numbered headings,
        // and （一）主动公开方面 / （二）依申请公开方面 inside 一 were taken for sections 二 and 三 — the real 二 dropped, a
        // SEC-004 ERROR 'no table' on （二）. They are sub-items: the findings are those of the cut text without them
        String text = read(report).replaceAll("(?m)^(（[一二]）(?:主动公开|依申请公开)(?:情况|方面))。", "$1\n");
        String cut = text.substring(0, text.indexOf("三、收到和处理"));
        String withoutSubItems = cut.replaceAll("(?m)^（[一二]）(主动公开|依申请公开)\\S{0,6}\n", "");
        assertThat(withoutSubItems).isNotEqualTo(cut);
        List<Finding> f = check(cut);
        assertThat(ids(f).stream().sorted().toList()).isEqualTo(ids(check(withoutSubItems)).stream().sorted().toList());
        assertThat(errors(f)).doesNotContain("SEC-004@二/null/null/null", "SEC-004@三/null/null/null").contains("SEC-001@三/null/null/null");
    }

    /** a table of contents (目录) before section 一: each of the six official headings, then what follows it on the line */
    private static String withContents(String text, String leader) {
        StringBuilder toc = new StringBuilder("目录\n");
        for (int n = 1; n <= 6; n++) toc.append(Section.NUMERALS[n]).append('、').append(Section.OFFICIAL[n]).append(leader).append(n).append('\n');
        int first = text.indexOf("一、总体情况");
        return text.substring(0, first) + toc + text.substring(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, SHANGHAI, HONGZE})
    void tableOfContentsBeforeTheSections(String report) throws Exception {
        // 一、总体情况……1 / 二、主动公开政府信息情况……2 … (or a page number after a space, or the titles alone): the entries
        // are not the headings — the same findings as without them (they gave six SEC-003 and SEC-006 on the entry of 五)
        String text = read(report);
        List<String> before = ids(check(text)).stream().sorted().toList();
        for (String leader : List.of("……", "·········", " ", "")) {
            String changed = withContents(text, leader);
            if (leader.isEmpty()) changed = changed.replaceAll("(?m)^([一二三四五六]、\\S+?)\\d\n", "$1\n");
            assertThat(ids(check(changed)).stream().sorted().toList()).as("leader '" + leader + "'").isEqualTo(before);
            assertThat(errors(check(withoutSix(changed)))).as("leader '" + leader + "'").contains("SEC-001@六/null/null/null");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, SHANGHAI, HONGZE})
    void tableOfTitlesThenHeadingsRunIntoTheirWords(String report) throws Exception {
        // 目录 of the titles alone, then "一、总体情况2024 年，我市…" (and 五, 六 run in too): section 一 is there
        // (it gave SEC-001 'section 一 missing': after the contents 一 was no section still to come)
        String text = read(report);
        String titles = withContents(text, "").replaceAll("(?m)^([一二三四五六]、\\S+?)\\d\n", "$1\n");
        String runIn = titles.replaceAll("(?m)^(一、总体情况|五、存在的\\S+?(?:情况|措施)|六、其他需要报告的事项)\n(?![一二三四五六]、)", "$1");
        assertThat(runIn).isNotEqualTo(titles);
        assertThat(ids(check(runIn)).stream().sorted().toList()).isEqualTo(ids(check(text)).stream().sorted().toList());
        assertThat(errors(check(withoutSix(runIn)))).contains("SEC-001@六/null/null/null");
        // the contents followed by a sentence that merely begins with 一、: still no section 一
        String noHeading = titles.replaceFirst("(?m)^一、总体情况\n(?![一二三四五六]、)", "一、总体情况良好，");
        assertThat(errors(check(noHeading.replaceFirst("(?m)^一、总体情况良好，", "2025年总体情况良好，")))).contains("SEC-001@一/null/null/null");
    }

    // ---- a group's total row beside its rows (table 三) -----------------------------------------------

    /** the 7 numbers of a row of table 三 */
    private static long[] numbers(String line) {
        String[] cells = line.split("\\|");
        long[] out = new long[7];
        int k = 0;
        for (int i = cells.length - 1; i >= 0 && k < 7; i--) {
            if (cells[i].isBlank()) continue;
            out[6 - k++] = Long.parseLong(cells[i].strip());
        }
        return out;
    }

    private static String row(String label, long[] n) {
        StringBuilder sb = new StringBuilder(label);
        for (long v : n) sb.append(" | ").append(v);
        return sb.append(" |").toString();
    }

    /** the sum of the rows of table 三 whose line contains one of these words */
    private static long[] sum(String text, String... words) {
        long[] out = new long[7];
        for (String line : text.split("\n")) {
            for (String w : words) {
                if (!line.contains(w) || !line.contains("|")) continue;
                long[] n = numbers(line);
                for (int i = 0; i < 7; i++) out[i] += n[i];
            }
        }
        return out;
    }

    /** （六）其他处理 as a row of its own with the sum of its three rows (plus extra in the 总计 column), above them */
    private static String otherTotalAbove(String text, long extra) {
        long[] s = sum(text, "逾期不补正", "收费通知", "3.其他 |", "3、其他 |");
        s[6] += extra;
        return text.replaceFirst("（六）其他处理 \\| (1[.、]申请人)", row("（六）其他处理", s) + "\n$1");
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, SHANGHAI})
    void otherHandlingTotalAboveItsRows(String report) throws Exception {
        List<Finding> f = sameErrors(report, t -> otherTotalAbove(t, 0));
        // its three rows are there: not "given as one row" (FMT-003), and nothing more about the table unread
        assertThat(ids(f)).doesNotContain("FMT-003:WARNING");
        assertThat(unread(f)).isEqualTo(unread(check(read(report))));
        // a row of the group changed: the total no longer adds up, and that is still found
        String changed = otherTotalAbove(read(report), 0).replaceFirst("(?m)^(2\\.重复申请) \\| (\\d+) \\|(.*) \\| (\\d+) \\|$", "$1 | 1$2 |$3 | 1$4 |");
        assertThat(errors(check(changed))).contains("APP-002@三/APP/total/natural", "APP-002@三/APP/total/total");
        // the total row that is not the sum of its rows: which is right cannot be told — a PARSE-001, no APP-002
        List<Finding> unsure = check(otherTotalAbove(read(report), 1));
        assertThat(unread(unsure)).contains("APP/other");
        assertThat(ids(unsure)).doesNotContain("FMT-003:WARNING");
        assertThat(errors(unsure)).isEqualTo(errors(check(read(report))));
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, SHANGHAI, HONGZE})
    void deniedSubtotalAfterItsRows(String report) throws Exception {
        // 小计 after （三）不予公开's eight rows: read as their total, counted once
        UnaryOperator<String> subtotal = t -> {
            long[] s = sum(t, "国家秘密", "禁止公开", "三安全一稳定", "第三方合法权益", "内部事务信息", "过程性信息", "执法案卷", "行政查询事项");
            return t.replaceFirst("(?m)^(8\\.属于行政查询事项.*)$", "$1\n" + row("小计", s));
        };
        List<Finding> f = sameErrors(report, subtotal);
        assertThat(unread(f)).isEqualTo(unread(check(read(report))));
        String changed = subtotal.apply(read(report)).replaceFirst("(?m)^（七）总计 \\| (\\d+) \\|(.*) \\| (\\d+) \\|$", "（七）总计 | 1$1 |$2 | 1$3 |");
        assertThat(errors(check(changed))).contains("APP-002@三/APP/total/natural");
    }

    // ---- a management committee's report and Art. 49 --------------------------------------------------

    private static String committee(String text, String published) {
        String body = text.substring(text.indexOf("一、总体情况")).replace("2024", "2025");
        return "2025年度长春新区管委会政府信息公开工作年度报告\n发布日期:" + published + "    点击数:\n"
            + "本报告中所列数据统计期限自2025年1月1日至2025年12月31日截止。\n" + body;
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, HONGZE})
    void managementCommitteePublishedInFebruary(String report) throws Exception {
        // a 管委会 (a new area's or a development zone's) is a government's dispatched body: by its name neither a
        // department (31 January) nor a people's government (31 March), so February is no proven delay
        List<Finding> f = check(committee(read(report), "2026-02-03"));
        assertThat(errors(f)).doesNotContain("TIME-001@null/null/null/null");
        // after 31 March it is late whatever it is
        assertThat(errors(check(committee(read(report), "2026-04-02")))).contains("TIME-001@null/null/null/null");
        // a committee names itself 我委, as a department's 局 says 我局: that does not make it a department
        String ours = committee(read(report), "2026-02-03").replaceAll("我[市区]", "我委");
        assertThat(errors(check(ours))).doesNotContain("TIME-001@null/null/null/null");
        // a department of the same area is held to 31 January
        String office = committee(read(report), "2026-02-03").replaceFirst("长春新区管委会", "长春新区管委会办公室");
        assertThat(errors(check(office))).contains("TIME-001@null/null/null/null");
    }

    private static final String SHUYANG = "text/2023_shuyang_fagaiju_department.txt";

    /** the 沭阳 department's report (signed 2024年1月17日 at its end) with the page's date changed */
    private static String pageDated(String published, boolean signed) throws Exception {
        String text = read(SHUYANG).replace("公开日期: 2024-01-17", "公开日期: " + published);
        return signed ? text : text.substring(0, text.lastIndexOf("\n沭阳县发展和改革局"));
    }

    private static List<String> timeliness(List<Finding> findings) {
        return findings.stream().filter(f -> f.getRuleId().equals("TIME-001")).map(f -> f.getSeverity() + ":" + f.getMessageKey()).toList();
    }

    @org.junit.jupiter.api.Test
    void aPageDatedLateIsNoProvenDelayWhenTheReportIsSignedInTimeOrThePageWasMoved() throws Exception {
        // the page's date after 31 January and nothing against it: late, an ERROR
        assertThat(timeliness(check(pageDated("2024-03-05", false)))).containsExactly("ERROR:TIME-001");
        // the same page of a report signed 2024年1月17日: the page may have been re-published; said, not judged
        List<Finding> signed = check(pageDated("2024-03-05", true));
        assertThat(timeliness(signed)).containsExactly("WARNING:TIME-001.signed");
        assertThat(signed).filteredOn(f -> f.getRuleId().equals("TIME-001")).singleElement()
            .satisfies(f -> assertThat(f.getMessage()).contains("2024-03-05", "2024-01-31", "2024-01-17"));
        // a page dated years later (sites re-date the pages they move) is no proof either
        assertThat(timeliness(check(pageDated("2026-05-20", false)))).containsExactly("WARNING:TIME-001.moved");
        // a signature dated within the report's own year is no signature of the finished report
        String early = pageDated("2024-03-05", true).replaceFirst("2024年1月17日\\s*$", "2023年12月17日");
        assertThat(timeliness(check(early))).containsExactly("ERROR:TIME-001");
        // in time: nothing
        assertThat(timeliness(check(pageDated("2024-01-20", true)))).isEmpty();
    }

    // ---- cells that say there is nothing to count ----------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"不适用", "不涉及", "无此项", "没有"})
    void aWordForNothingIsADash(String word) throws Exception {
        // 规章 | 不适用 | 不适用 | 不适用 (a county department makes no 规章): as "/" — a WARNING that it is no number, no ERROR
        List<Finding> f = sameErrors(HONGZE, t -> t.replaceFirst("(?m)^规章 \\| 0 \\| 0 \\| 0 \\|", "规章 | " + word + " | " + word + " | " + word + " |"));
        assertThat(f).filteredOn(x -> x.getRuleId().equals("A20-003")).extracting(Finding::getSeverity).containsOnly(Severity.WARNING).hasSize(3);
        // a word that is no number and no nothing is still an ERROR
        assertThat(errors(check(read(HONGZE).replaceFirst("(?m)^规章 \\| 0 \\|", "规章 | 见附件 |")))).contains("A20-003@二/A20.一/rules/issued");
    }

    @ParameterizedTest
    @ValueSource(strings = {"本年收费（万元）", "收费总额（万元）"})
    void feeColumnNamedOtherwise(String header) throws Exception {
        // the one column of 第二十条第（八）项 under a name the reader does not know: the format's column in its place,
        // the amount in 万元 (96171.6), not a count with a fraction (A20-003 ERROR)
        UnaryOperator<String> rename = t -> t.replace("本年收费金额（单位：万元）", header);
        sameErrors(HUAIAN, rename);
        String negative = rename.apply(read(HUAIAN)).replace("行政事业性收费 | 96171.6 |", "行政事业性收费 | -96171.6 |");
        assertThat(errors(check(negative))).contains("A20-003@二/A20.八/fees/amount");
        // a count under a name not known, in its place: still a count, a fraction is an ERROR
        String decisions = read(HUAIAN).replaceFirst("本年处理决定数量", "决定数量").replace("行政许可 | 447228 |", "行政许可 | 4472.5 |");
        assertThat(errors(check(decisions))).contains("A20-003@二/A20.五/license/decisions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"￥96171.6", "¥96171.6"})
    void anAmountWithItsCurrencySign(String cell) throws Exception {
        // 行政事业性收费 | ￥96171.6 |: the amount, not a text where a number is due (A20-003 ERROR)
        sameErrors(HUAIAN, t -> t.replace("行政事业性收费 | 96171.6 |", "行政事业性收费 | " + cell + " |"));
        assertThat(errors(check(read(HUAIAN).replace("行政事业性收费 | 96171.6 |", "行政事业性收费 | " + cell.charAt(0) + "-96171.6 |"))))
            .contains("A20-003@二/A20.八/fees/amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(-71)", "（-71）", "（减71）", "(71)", "（71）"})
    void aChangeInBrackets(String cell) throws Exception {
        // 行政处罚 | 1001 | 减71 | 930 | written with the 本年增/减 in brackets: (-71) is -71; (71) is not clearly one
        // number (the accountant's minus, or 71 set apart) — unread, never an A20-003 ERROR for its brackets
        sameErrors(JIANGGAN, t -> t.replace("行政处罚 | 1001 | 减71 | 930 |", "行政处罚 | 1001 | " + cell + " | 930 |"));
        // a count in brackets with its minus is still a negative count
        String negative = read(JIANGGAN).replace("行政处罚 | 1001 | 减71 | 930 |", "行政处罚 | (-1001) | 减71 | 930 |");
        assertThat(errors(check(negative))).contains("A20-003@二/A20.六/penalty/prevCount");
    }

    /**
     * Section 二's tables as the text of 汉台区徐望镇's 2025 page (htq.gov.cn) gives them: each cell on a line of its
     * own between blank lines, the captions "第二十条第" without their item, the first row's label (规章) a blank line.
     */
    private static String captionsWithoutItem(String text) {
        int from = text.indexOf("第二十条第（一）项");
        int to = text.indexOf("三、收到和处理");
        StringBuilder lines = new StringBuilder();
        for (String line : text.substring(from, to).split("\n")) {
            for (String cell : line.split("\\|")) {
                if (cell.isBlank()) continue;
                String c = cell.strip().replaceFirst("^第二十条第（[一二三四五六七八九十]+）项$", "第二十条第").replaceFirst("^规章$", "  ");
                lines.append(c).append("\n\n");
            }
        }
        return text.substring(0, from) + lines + text.substring(to);
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, HONGZE})
    void articleTwentyCaptionsWithoutTheirItem(String report) throws Exception {
        // "第二十条第" / "信息内容" / … : each block is told by its rows, and the numbers right after 第（一）项's header,
        // before 行政规范性文件, are 规章's — it gave four A20-001 ERRORs 'block missing'
        List<Finding> f = sameErrors(report, UnseenLayoutsTest::captionsWithoutItem);
        assertThat(ids(f)).doesNotContain("SEC-004:WARNING", "A20-002:WARNING");
        // the numbers are judged: a negative count put in the unlabelled row is still found
        String negative = captionsWithoutItem(read(report)).replaceFirst("(?s)(现行有效件数\n\n  \n\n)\\d+", "$1-1");
        assertThat(errors(check(negative))).contains("A20-003@二/A20.一/rules/issued");
        // unlabelled numbers that are not one a column are no row: 规章 is missing, as the table shows it
        String short_ = captionsWithoutItem(read(report)).replaceFirst("(?s)(现行有效件数\n\n  \n\n)\\d+\n\n", "$1");
        assertThat(errors(check(short_))).contains("A20-002@二/A20.一/rules/null");
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, SHANGHAI})
    void applicationsTableWithItsHeaderOnly(String report) throws Exception {
        // table 三's header and none of its rows (海城市卫生健康局's 2025 page, haicheng.gov.cn, ends there): not read,
        // so not 'other handling given as one row' (FMT-003 WARNING) — nothing of it is judged but that it was not read
        String text = read(report);
        int rows = text.indexOf("一、本年新收");
        String headerOnly = text.substring(0, rows) + text.substring(text.indexOf('\n', text.indexOf("四、结转下年度")) + 1);
        List<Finding> f = check(headerOnly);
        assertThat(ids(f)).doesNotContain("FMT-003:WARNING");
        assertThat(unread(f)).contains("APP/null");
    }

    // ---- section 二: captions found, cells not rebuilt -------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, HONGZE})
    void articleTwentyCaptionsFoundButNoCellRead(String report) throws Exception {
        // table 二 given as one cell a line ("第二十条第（一）项 |", "信息内容 |", "规章 |", "0 |") among tables in rows:
        // its captions are found, its cells are not rebuilt — the table is there (SEC-004 WARNING), not missing
        String text = read(report);
        int from = text.indexOf("第二十条第（一）项");
        int to = text.indexOf("三、收到和处理");
        StringBuilder lines = new StringBuilder();
        for (String line : text.substring(from, to).split("\n")) {
            for (String cell : line.split("\\|")) if (!cell.isBlank()) lines.append(cell.strip()).append(" |\n");
        }
        String changed = text.substring(0, from) + lines + text.substring(to);
        List<Finding> f = check(changed);
        assertThat(errors(f)).doesNotContain("SEC-004@二/null/null/null");
        assertThat(f).filteredOn(x -> x.getRuleId().equals("SEC-004")).extracting(Finding::getSeverity).containsExactly(Severity.WARNING);
        // section 二 with prose and no table at all is still a missing table
        String proseOnly = text.substring(0, from) + "本年度主动公开政府信息的情况见门户网站。\n" + text.substring(to);
        assertThat(errors(check(proseOnly))).contains("SEC-004@二/null/null/null");
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, HONGZE})
    void sectionWithNothingUnderItsHeading(String report) throws Exception {
        // a page whose tables are pictures, copied as text (xxgk.jlbc.gov.cn 白城市农业农村局 2024: 二、 and 三、 headings
        // one after the other): in plain text a picture leaves no trace, so an empty section is not known to lack its table
        // (SEC-004 WARNING 'empty') — also where the copy kept the other tables, as text (a page with tables 二 and 三 as
        // text and 四 as a picture); a page in which pictures can be seen and none is there lacks them (ERROR 'nothing')
        String text = read(report);
        String noTables = text;
        for (String[] heading : SECTIONS) noTables = emptied(noTables, heading);
        List<Finding> f = check(noTables);
        assertThat(errors(f)).noneMatch(e -> e.startsWith("SEC-004"));
        assertThat(sec004(f)).containsOnly(tuple(Severity.WARNING, "SEC-004.empty")).hasSize(3);
        assertThat(sec004(checkPage(noTables))).containsOnly(tuple(Severity.ERROR, "SEC-004.nothing")).hasSize(3);
        for (String[] heading : SECTIONS) {
            String oneEmpty = emptied(text, heading);
            assertThat(sec004(check(oneEmpty))).as(heading[0]).containsExactly(tuple(Severity.WARNING, "SEC-004.empty"));
            assertThat(sec004(checkPage(oneEmpty))).as(heading[0]).containsExactly(tuple(Severity.ERROR, "SEC-004.nothing"));
        }
        // a picture under the heading of the page is a picture of the table: no ERROR, its numbers cannot be checked
        String withPicture = under(emptied(text, SECTIONS[2]), SECTIONS[2], PICTURE);
        assertThat(sec004(checkPage(withPicture))).containsExactly(tuple(Severity.WARNING, "SEC-004.image"));
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, HONGZE})
    void sectionLeadingInToATableNotFound(String report) throws Exception {
        // prose ending in words that lead in to the table ("具体情况如下：", "详见下表", "见附表") with nothing after: the
        // table is a picture, an attachment or a part the copy lost — not seen, a WARNING 'leadIn' in every form, which
        // says the sentence; prose that leads in to no table is the report's words in the table's place: ERROR in every form
        String text = read(report);
        for (String lead : List.of("本机关政府信息公开行政复议、行政诉讼情况如下：", "具体情况详见下表。", "统计数据见附表")) {
            String led = under(emptied(text, SECTIONS[2]), SECTIONS[2], lead);
            for (List<Finding> f : List.of(check(led), checkPage(led))) {
                assertThat(sec004(f)).as(lead).containsExactly(tuple(Severity.WARNING, "SEC-004.leadIn"));
                assertThat(f).filteredOn(x -> x.getRuleId().equals("SEC-004")).singleElement()
                    .satisfies(x -> assertThat(x.getMessage()).contains(lead, "表格没有看到"));
            }
        }
        String prose = under(emptied(text, SECTIONS[2]), SECTIONS[2], NO_CASE);
        for (List<Finding> f : List.of(check(prose), checkPage(prose))) {
            assertThat(sec004(f)).containsExactly(tuple(Severity.ERROR, "SEC-004"));
            assertThat(f).filteredOn(x -> x.getRuleId().equals("SEC-004")).singleElement()
                .satisfies(x -> assertThat(x.getMessage()).contains("标题下只有文字", "报告缺少这一部分的表格"));
        }
        // a lead-in earlier in the section, prose after it: the section ends in prose, the table is missing
        String leadThenProse = under(emptied(text, SECTIONS[2]), SECTIONS[2], "具体情况如下：\n" + NO_CASE);
        assertThat(sec004(check(leadThenProse))).containsExactly(tuple(Severity.ERROR, "SEC-004"));
    }

    /** the three sections with a table, each heading with the start of the next section */
    private static final String[][] SECTIONS = {{"二、主动公开政府信息情况", "三、收到和处理"}, {"三、收到和处理", "四、政府信息公开行政复议"},
        {"四、政府信息公开行政复议", "五、"}};
    /** what a report without reconsiderations and lawsuits writes in place of table 四 (mutate's SEC-004 recipe) */
    private static final String NO_CASE = "本年度未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。";
    /** a line of the text that becomes a picture in the page ({@link #checkPage}) */
    private static final String PICTURE = "[picture]";

    /** the text with nothing between the heading's line and the next section's heading */
    private static String emptied(String text, String[] heading) {
        int from = text.indexOf("\n", text.indexOf(heading[0])) + 1;
        return text.substring(0, from) + text.substring(text.indexOf(heading[1], from));
    }

    /** the text with these lines just under the heading's line */
    private static String under(String text, String[] heading, String lines) {
        int at = text.indexOf("\n", text.indexOf(heading[0])) + 1;
        return text.substring(0, at) + lines + "\n" + text.substring(at);
    }

    /** the text as a web page: a paragraph a line, a table a run of rows ("a | b |"), the line {@link #PICTURE} a picture */
    private static List<Finding> checkPage(String text) throws Exception {
        StringBuilder html = new StringBuilder("<html><body>");
        boolean inTable = false;
        for (String line : text.split("\n")) {
            boolean row = line.contains("|");
            if (row != inTable) html.append(row ? "<table border=\"1\">" : "</table>");
            inTable = row;
            if (row) {
                html.append("<tr>");
                for (String cell : org.ogicheck.read.TextReader.splitRow(line)) html.append("<td>").append(escape(cell)).append("</td>");
                html.append("</tr>");
            } else if (line.equals(PICTURE)) {
                html.append("<p><img src=\"table4.png\" width=\"600\" height=\"400\"></p>");
            } else {
                html.append("<p>").append(escape(line)).append("</p>");
            }
        }
        if (inTable) html.append("</table>");
        return TestSupport.engine().check(Ogicheck.parse("report.html",
            html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8), ReportParser.Options.NONE), "zh").findings();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static List<org.assertj.core.groups.Tuple> sec004(List<Finding> f) {
        return f.stream().filter(x -> x.getRuleId().equals("SEC-004")).map(x -> tuple(x.getSeverity(), x.getMessageKey())).toList();
    }
}
