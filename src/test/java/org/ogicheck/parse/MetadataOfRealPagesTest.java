package org.ogicheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Report;
import org.ogicheck.read.Readers;

/**
 * The report's year, title and agency on real pages without a title line of their own (src/test/resources/metadata,
 * each with its address on its first line; openings of crawled 2024–2025 reports). FMT-004 "year unknown" is a
 * WARNING only when the year truly cannot be told: the preamble that names the report with its year
 * (现将莲湖区北关街道办事处2025年政府信息公开工作年度报告予以公布), a period stated as 数据期限自…起至…止, a title broken
 * before its last words (…2025年政府信息公开工作 / 年度报告) tell it. A sentence that cites the 年度报告格式 is no title
 * and names no agency; a page that says its year only in its narrative keeps the WARNING.
 */
class MetadataOfRealPagesTest {
    private static final Path PAGES = Path.of("src/test/resources/metadata");

    private static ParsedReport parse(String page) throws Exception {
        return new ReportParser().parse(Readers.read(PAGES.resolve(page)), ReportParser.Options.NONE);
    }

    private static List<String> fmt004(String page) throws Exception {
        return TestSupport.engine().check(parse(page), "zh").findings().stream().filter(f -> f.getRuleId().equals("FMT-004"))
            .map(f -> f.getSeverity() + " " + f.getMessageKey()).toList();
    }

    @Test
    void theReportNamedWithItsYearInThePreamble() throws Exception {
        // 广州市人民政府办公厅 2024: 现公布广州市人民政府办公厅2024年政府信息公开工作年度报告。
        Report gz = parse("09-gz.gov.cn.txt").report();
        assertThat(gz.getYear()).isEqualTo(2024);
        assertThat(gz.getTitle()).isNull();
        assertThat(fmt004("09-gz.gov.cn.txt")).isEmpty();
    }

    @Test
    void aPeriodStatedAsTheDataTerm() throws Exception {
        // 莲湖区北关街道办事处 2025: 本报告所列数据期限自2025年1月1日起至2025年12月31日止
        Report lianhu = parse("08-lianhu.gov.cn.txt").report();
        assertThat(lianhu.getPeriodYear()).isEqualTo(2025);
        assertThat(lianhu.getYear()).isEqualTo(2025);
        assertThat(fmt004("08-lianhu.gov.cn.txt")).isEmpty();
    }

    @Test
    void aTitleBrokenBeforeItsLastWords() throws Exception {
        Report muchuan = parse("05-muchuan.gov.cn.txt").report();
        assertThat(muchuan.getTitle()).isEqualTo("沐川县武圣乡2025年政府信息公开工作年度报告");
        assertThat(muchuan.getYear()).isEqualTo(2025);
        assertThat(muchuan.getAgency()).isEqualTo("沐川县武圣乡");
        assertThat(fmt004("05-muchuan.gov.cn.txt")).isEmpty();
    }

    @Test
    void aSentenceCitingTheFormatIsNoTitle() throws Exception {
        // 渝中区人民政府办公室 2025: 根据《…政府信息公开工作年度报告格式》规定,编制本报告。 and no title, no period
        Report yz = parse("98-cqyz.gov.cn.txt").report();
        assertThat(yz.getTitle()).isNull();
        assertThat(yz.getAgency()).isNull();
        assertThat(yz.getYear()).isNull();
        assertThat(fmt004("98-cqyz.gov.cn.txt")).containsExactly("WARNING FMT-004.unknown");
        // 龙泉市 2024: 本年度报告根据《…条例》规定编制。报告所列数据统计期限从2024年1月1日到12月31日止。
        Report lq = parse("86-longquan.gov.cn.txt").report();
        assertThat(lq.getTitle()).isNull();
        assertThat(lq.getAgency()).isNull();
        assertThat(lq.getYear()).isEqualTo(2024);
    }

    @Test
    void mojibakeBeforeTheAgencysNameIsNoPartOfIt() throws Exception {
        // the 平潭 report as a page read in the wrong encoding leaves it: ?? before its title
        String text = Files.readString(TestSupport.corpus("text/2023_pingtan_city.txt"));
        Report plain = new ReportParser().parse(Readers.read("p.txt", text.getBytes(StandardCharsets.UTF_8)), ReportParser.Options.NONE).report();
        Report garbled = new ReportParser().parse(Readers.read("p.txt", ("??" + text).getBytes(StandardCharsets.UTF_8)),
            ReportParser.Options.NONE).report();
        assertThat(plain.getAgency()).isNotNull();
        assertThat(garbled.getAgency()).isEqualTo(plain.getAgency());
        assertThat(garbled.getYear()).isEqualTo(2023);
    }
}
