package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Severity;

/**
 * Issue 10: real 2025 pages as their crawler got them, read whole (src/test/resources/pages, each with its URL on its
 * first line, trimmed to what shows its class). Each stops somewhere — on a table's line cut short (信息内, 三、本年度办理结,
 * （二）部分公开（区分处理), right after table 三's note, on a heading and the 20 of 2025年, on a sub-topic's heading, on
 * an opening bracket, on a clause ending in 办 or after a comma — or holds sub-topics that name later sections
 * (（一）主动公开情况 under 一、总体情况, 政府信息主动公开情况：, an unnumbered sentence 全年未收到依申请公开政府信息。). Of the
 * 61 such pages collected for issue 10, 44 had a false ERROR before these were read (136 ERRORs: SEC-001 for the
 * sections after the cut, SEC-004 for a sub-topic taken for section 二, APP-006 for each row of a cut table 三, A20-001).
 * No ERROR on any of them; what the readable part shows wrong is still found.
 */
class RealPagesWholeTest {

    private static final Path PAGES = Path.of("src/test/resources/pages");

    /** the pages that reach section 二 (their text has its heading on a line of its own) */
    static Stream<String> pagesReachingTwo() throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (String name : pages().toList()) if (page(name).contains("\n二、主动公开")) out.add(name);
        return out.stream();
    }

    static Stream<String> pages() throws Exception {
        try (Stream<Path> s = Files.list(PAGES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    private static String page(String name) throws Exception {
        return Files.readString(PAGES.resolve(name), StandardCharsets.UTF_8);
    }

    private static List<Finding> check(String text) throws Exception {
        return TestSupport.engine().check(Twins.parse(Readers.read("page.txt", text.getBytes(StandardCharsets.UTF_8))), "zh").findings();
    }

    private static List<String> errors(String text) throws Exception {
        return check(text).stream().filter(f -> f.getSeverity() == Severity.ERROR).map(f -> f.getRuleId() + "@" + f.getSection()).toList();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void aCrawledPageReadWholeHasNoFalseError(String name) throws Exception {
        String text = page(name);
        assertThat(text).startsWith("# http");
        assertThat(errors(text)).as(name).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void whatTheTextNeverReachedIsSaidAsNotRead(String name) throws Exception {
        // every page stops before section 六: 六 is not read (a WARNING saying so), never missing
        assertThat(check(page(name))).filteredOn(f -> f.getRuleId().equals("SEC-001") && "六".equals(f.getSection()))
            .as(name).singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
    }

    @ParameterizedTest
    @MethodSource("pagesReachingTwo")
    void aSectionLeftOutBeforeTheCutIsStillMissing(String name) throws Exception {
        // the cut excuses only what comes after it: a page that reaches section 二 and lacks its 一、总体情况 heading
        // lacks section 一 (a page with no heading before its cut says nothing of where its sections begin)
        String text = page(name);
        assertThat(errors(text.replaceAll("(?m)^\\s*(一、)?(总体|基本)(情况|概述)\\s*$", ""))).as(name).contains("SEC-001@一");
    }

    @Test
    void aTitlesLabelCutShortIsNoPartOfTheAgency() throws Exception {
        // the page's chrome 名    称：鹿城街道2025年… came as 称: 鹿城街道2025年… (its first character lost with the spaces)
        String text = page("cxs-title-label-cut-short.txt");
        assertThat(Twins.parse(Readers.read("page.txt", text.getBytes(StandardCharsets.UTF_8))).report().getAgency()).isEqualTo("鹿城街道");
    }

    @Test
    void aTableLineCutShortIsNoEndOfTheReport() throws Exception {
        // the same page ending on a full sentence, not in its table: what it lacks is missing
        String text = page("tianmen-cut-in-header-word.txt");
        String upToTable = text.substring(0, text.indexOf("第二十条第(一)项")).strip();
        assertThat(upToTable).endsWith("。");
        assertThat(errors(upToTable)).contains("SEC-004@二", "SEC-001@三");
    }

    @Test
    void subTopicsAreNotSectionsButSectionsStillAre() throws Exception {
        // （一）主动公开情况 under 一、总体情况 is no section 二; a real 二、 heading after it, with prose alone and a full
        // stop, is section 二 without its table
        String text = page("baicheng-sub-topics.txt");
        String complete = text.substring(0, text.indexOf("  (三)政府信息管理情况")) + "二、主动公开政府信息情况\n本机关本年度主动公开政府信息5729条。\n";
        assertThat(errors(complete)).contains("SEC-004@二", "SEC-001@三").doesNotContain("SEC-001@二");
    }

    @Test
    void aTextThatNamesItsPartsAndHoldsMoreThanTheFirstStillLacksTheRest() throws Exception {
        // section 一 alone, its opening naming five parts: the opening of a report (WARNINGs); with section 二 too, the
        // text is a report that stops on a full sentence, and what it lacks after 二 is missing
        String text = page("hbdaye-section-one-alone.txt");
        assertThat(errors(text)).isEmpty();
        assertThat(errors(text + "二、主动公开政府信息情况\n本年度主动公开政府信息100余条。\n")).contains("SEC-001@三", "SEC-001@四");
    }
    private static List<Integer> sectionsRead(String text) throws Exception {
        return Twins.parse(Readers.read("page.txt", text.getBytes(StandardCharsets.UTF_8))).sections().stream().map(s -> s.number()).toList();
    }

    @Test
    void subTopicsNumberedLikeTheSectionsTheyNameAreNotSections() throws Exception {
        // （二）主动公开精准发力 and （三）依申请公开规范办理 under 一、总体情况 (after （一）组织保障持续强化): the level below
        // 一、, though their numbers are those of the sections they name; 1、主动公开情况 numbered anew; (此件主动公开), a
        // covering notice's note in brackets
        for (String name : List.of("tongyu-sub-topics-same-number.txt", "tjbh-sub-topics-numbered-1.txt", "qzfz-note-in-brackets.txt")) {
            assertThat(sectionsRead(page(name))).as(name).containsExactly(1);
        }
        // a real 二、 after them, with prose alone and a full stop: section 二 without its table, and 三 is missing
        String text = page("tongyu-sub-topics-same-number.txt");
        String complete = text.substring(0, text.indexOf("(四)平台建设不断完善")) + "二、主动公开政府信息情况\n本年度主动公开政府信息50条。\n";
        assertThat(errors(complete)).contains("SEC-004@二", "SEC-001@三").doesNotContain("SEC-001@二");
        // a text that numbers its last sections in brackets too numbers its sections so: （二）, （三） are sections then
        String bracketed = complete.replace("二、主动公开政府信息情况\n本年度主动公开政府信息50条。\n", "")
            + "(四)政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n(五)存在的主要问题及改进情况\n公开内容不够丰富。\n"
            + "(六)其他需要报告的事项\n本年度未收取信息处理费。\n";
        assertThat(sectionsRead(bracketed)).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aSubTopicsFirstWordsOrACountCutShortAreACut() throws Exception {
        // （四）政府信息公开平台建设 / 2025年我乡持; …委员提案共17; 《政府信息公开指南(20 — each the end of a crawl
        for (String name : List.of("ahshitai-cut-under-sub-heading.txt", "hunan-cut-on-a-count.txt", "cq-cut-on-bracketed-year.txt")) {
            assertThat(check(page(name))).filteredOn(f -> f.getRuleId().equals("SEC-001") && "二".equals(f.getSection()))
                .as(name).singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
        }
        // the same texts ending on a full sentence still stop among the first sub-topics of their only section (（四）,
        // （一）): not read (see stopsAmongTheFirstSectionsSubTopics); ending on a telephone's number, or with their first
        // section run through （五）, they end there: what they lack is missing
        String ahshitai = page("ahshitai-cut-under-sub-heading.txt").strip() + "续优化平台。\n";
        assertThat(errors(ahshitai)).isEmpty();
        assertThat(errors(ahshitai + "(五)监督保障\n严格执行社会评议制度和责任追究制度。\n")).contains("SEC-001@二", "SEC-001@六");
        String hunan = page("hunan-cut-on-a-count.txt").strip();
        assertThat(errors(hunan + "件。\n")).isEmpty();
        String phone = hunan + "件，办理情况请咨询，联系电话84900468";
        assertThat(org.ogicheck.parse.ReportParser.endsInACutSentence(List.of(Block.line(phone.substring(phone.lastIndexOf('\n') + 1),
            org.ogicheck.model.SourceRef.line(1))))).isFalse();
        assertThat(errors(phone + "\n湖南省人力资源和社会保障厅\n2026年1月20日\n")).contains("SEC-001@二", "SEC-001@六");
    }

    @Test
    void stopsAmongTheFirstSectionsSubTopics() throws Exception {
        // txqxxgk.siping.gov.cn 铁西区住建局 2025: 一、总体情况, （一）主动公开情况, （二）依申请公开情况 and a full sentence, as the
        // crawl ended — 5 SEC-001 ERRORs before. The text stops in its first section before 政府信息管理, 平台建设, 监督保障:
        // a part of a report, and what follows it was not read (a WARNING each)
        String text = page("siping-stops-at-second-sub-topic.txt");
        assertThat(text.strip()).endsWith("。");
        assertThat(check(text)).filteredOn(f -> f.getRuleId().equals("SEC-001")).extracting(f -> f.getSection() + ":" + f.getSeverity())
            .containsExactlyInAnyOrder("二:WARNING", "三:WARNING", "四:WARNING", "五:WARNING", "六:WARNING");
        // the same text closing as a report closes (its agency and date), or with its first section run through （五）:
        // a report of that one section, the others missing
        assertThat(errors(text.strip() + "\n四平市铁西区住房和城乡建设局\n2026年1月16日\n")).contains("SEC-001@二", "SEC-001@六");
        assertThat(errors(text.strip() + "\n(三)政府信息管理情况\n严格审核。\n(四)平台建设情况\n优化网站。\n(五)监督保障情况\n加强考核。\n"))
            .contains("SEC-001@二", "SEC-001@六");
    }

    @Test
    void listItemsUnderTheFirstSectionAreNotSections() throws Exception {
        // wsb.xam.gov.cn 兴安盟行署外事办公室 2025: • 主动公开情况, • 依申请公开情况 under 一、总体情况 (the page's <li> items),
        // cut on • 政府信息管理机 — taken for sections 二 and 三 without tables before (2 SEC-004 and 3 SEC-001 ERRORs)
        String text = page("wsbxam-list-item-sub-topics.txt");
        assertThat(sectionsRead(text)).containsExactly(1);
        assertThat(check(text)).filteredOn(f -> f.getRuleId().equals("SEC-001") && "二".equals(f.getSection()))
            .singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
        // a real 二、 heading after the items is section 二 (prose alone and a full stop: without its table, 三 missing)
        String further = text.substring(0, text.indexOf("  • 政府信息管理机")) + "二、主动公开政府信息情况\n本年度主动公开政府信息907条。\n";
        assertThat(sectionsRead(further)).containsExactly(1, 2);
        assertThat(errors(further)).contains("SEC-004@二", "SEC-001@三");
        // sections that are all items of one list are sections still
        String listed = "  • 总体情况\n本年度主动公开信息907条。\n  • 主动公开政府信息情况\n本年度主动公开政府信息907条。\n"
            + "  • 收到和处理政府信息公开申请情况\n本年度未收到申请。\n";
        assertThat(sectionsRead(listed)).containsExactly(1, 2, 3);
    }

    @Test
    void aFirstSectionWordedOtherwiseIsPlacedByTheTwoAfterIt() throws Exception {
        // fenyang.gov.cn 杏花村镇 2025: 一、基本情况, then 二、 and 三、 in the format's words, cut in table 三 — section 一 was
        // "missing" (SEC-001 ERROR) for want of a third heading in the format's words; it is there, worded otherwise
        String text = page("fenyang-first-section-worded-otherwise.txt");
        assertThat(sectionsRead(text)).containsExactly(1, 2, 3);
        assertThat(check(text)).filteredOn(f -> f.getRuleId().equals("SEC-003") && "一".equals(f.getSection()))
            .singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
        // a line numbered 一、 whose words are a sentence is no heading: section 一 is missing still
        String sentence = text.replace("一、基本情况", "一、本镇2025年政府信息公开工作基本情况如下，请参阅。");
        assertThat(errors(sentence)).contains("SEC-001@一");
    }

    @Test
    void aTextThatStopsAfterTheFirstBlockOfTableTwoStopsInsideIt() throws Exception {
        // lanxian.gov.cn 梁家庄乡 2025: the crawl ends on （一）'s 行政规范性文件 row, the block whole, （五）（六）（八） never
        // reached — 3 A20-001 and 4 SEC-001 ERRORs before. The text stops inside table 二, between its blocks: not read
        String text = page("lanxian-cut-after-first-block.txt");
        assertThat(check(text)).filteredOn(f -> f.getRuleId().equals("A20-001")).hasSize(3)
            .allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
        // table 二 whole and nothing after it: the report ends there, what follows is missing (as after a whole table 四)
        String whole = text.strip() + "\n第二十条第(五)项 | ||\n信息内容 | 本年处理决定数量 ||\n行政许可 | 0 ||\n第二十条第(六)项 | ||\n"
            + "信息内容 | 本年处理决定数量 ||\n行政处罚 | 0 ||\n行政强制 | 0 ||\n第二十条第(八)项 | ||\n信息内容 | 本年收费金额（单位：万元） ||\n"
            + "行政事业性收费 | 0 ||\n";
        assertThat(errors(whole)).contains("SEC-001@三", "SEC-001@六").noneMatch(e -> e.startsWith("A20-001"));
        // the blocks left out and the text going on to 三、: they are missing
        assertThat(errors(text.strip() + "\n三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n")).contains("A20-001@二");
    }

    @Test
    void aYearAloneAtTheEndIsASentenceCutShort() throws Exception {
        // www.xizang.gov.cn 西藏自治区审计厅 2025: table 二 whole, then 2025年 — the next sentence's first words as the crawl
        // ended (4 SEC-001 ERRORs for 三 to 六 before): not read
        String text = page("xizang-cut-on-a-year.txt");
        assertThat(text.strip()).endsWith("2025年");
        assertThat(check(text)).filteredOn(f -> f.getRuleId().equals("SEC-001")).extracting(f -> f.getSection() + ":" + f.getSeverity())
            .containsExactlyInAnyOrder("三:WARNING", "四:WARNING", "五:WARNING", "六:WARNING");
        // the same sentence ended, with nothing after it: the sections after 二 are missing
        assertThat(errors(text.strip() + "，本机关未收到政府信息公开申请。\n")).contains("SEC-001@三", "SEC-001@六");
    }
    @Test
    void aPagesChromeAndTheOtherWordsOfItsTitleAreNoPartOfTheAgency() throws Exception {
        java.util.Map<String, String> agencies = java.util.Map.of(
            "changchun-login-chrome-year-lost.txt", "长春新区管委会", // 登录 注册 on the line before 2025年度长春新区管委会…
            "changzhou-info-name-label.txt", "常州市卫生健康委员会", // 信息名称:常州市卫生健康委员会2025年…
            "hukou-year-before-title.txt", "湖口县大垅乡", // 2025湖口县大垅乡2025年度…
            "lianyun-title-work-before-year.txt", "连云区教育局", // 连云区教育局政府信息公开工作2025年度报告
            "qzfz-note-in-brackets.txt", "泉州市丰泽区教育局"); // 泉州市丰泽区教育局关于印发 2025年…的通知
        for (var e : agencies.entrySet()) {
            String text = page(e.getKey());
            assertThat(Twins.parse(Readers.read("page.txt", text.getBytes(StandardCharsets.UTF_8))).report().getAgency()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void aPeriodCoveredOrWithItsYearsLostTo年IsAPeriod() throws Exception {
        // 本报告内容涵盖2025年1月1日至12月31日期间; 统计期限自20251月1日至202512月31日截止 (the crawler dropped 年)
        for (String name : List.of("xianning-period-covered.txt", "changchun-login-chrome-year-lost.txt")) {
            var report = Twins.parse(Readers.read("page.txt", page(name).getBytes(StandardCharsets.UTF_8))).report();
            assertThat(report.getPeriodStart()).as(name).isEqualTo(java.time.LocalDate.of(2025, 1, 1));
            assertThat(report.getPeriodEnd()).as(name).isEqualTo(java.time.LocalDate.of(2025, 12, 31));
            assertThat(check(page(name))).as(name).noneMatch(f -> f.getRuleId().equals("SEC-005"));
        }
    }

    @Test
    void aGovernmentsTextCutShortMayStillSayItsAssessmentAfterTheCut() throws Exception {
        // 楚雄市紫溪镇人民政府, cut in section 一 (公开以镇政): 工作考核, 社会评议, 责任追究 may come after the cut; the same
        // text going on to section 二 and ending there on a full sentence lacks them (GOV-001, a WARNING each)
        String text = page("cxs-government-cut.txt");
        assertThat(check(text)).noneMatch(f -> f.getRuleId().equals("GOV-001"));
        String whole = text.substring(0, text.lastIndexOf("决策与文件公开")) + "决策与文件公开(9条):公开以镇政府名义印发的文件9件。\n"
            + "二、主动公开政府信息情况\n本年度主动公开政府信息102条。\n";
        assertThat(check(whole)).filteredOn(f -> f.getRuleId().equals("GOV-001")).hasSize(3)
            .allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
    }
    @Test
    void aPageThatCameAsOneLineHasItsSectionsInIt() throws Exception {
        // baiyinqu.gov.cn 四龙镇: the whole text on one line ("…支持。 一、总体情况 2025年，四龙镇…"), cut in section 一; it
        // was no report at all ("no heading, no table"). Going on to 二、 on the same line, it lacks 二's table and 三
        String text = page("baiyinqu-one-line.txt");
        assertThat(text.strip().lines().count()).isEqualTo(2);
        assertThat(sectionsRead(text)).containsExactly(1);
        String further = text.substring(0, text.indexOf(" (三)政府信息管理。")) + " 二、主动公开政府信息情况 本年度主动公开政府信息530条。\n";
        assertThat(sectionsRead(further)).containsExactly(1, 2);
        assertThat(errors(further)).contains("SEC-004@二", "SEC-001@三");
    }
}
