package org.ogicheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ogicheck.model.Report;
import org.ogicheck.read.TextReader;

/**
 * The site chrome around a report pasted from its page: the publication date and the agency of the
 * article line are taken when unambiguous, as the HTML reader takes them from the page. The chrome
 * lines are those of real 2025 report pages (addresses given).
 */
class PastedChromeTest {
    private static final String BODY = "一、总体情况\n2025年，我镇认真贯彻落实《条例》。\n二、主动公开政府信息情况\n";

    private static Report parse(String text) throws Exception {
        return new ReportParser().parse(new TextReader().read("paste", text.getBytes(StandardCharsets.UTF_8)),
            ReportParser.Options.NONE).report();
    }

    @Test
    void theArticleLineOfAPageGivesDateAndAgency() throws Exception {
        // http://www.xinghua.gov.cn/…/art_c196aedd7ed24faaaac16df3bcdbe9b9.html
        Report r = parse("首页\n乡镇(街道办)\n昌荣镇2025年政府信息公开工作年度报告\n信息来源:兴化市昌荣镇\n发布日期:2026-01-23 16:56\n浏览次数:\n"
            + BODY);
        assertThat(r.getPublished()).isEqualTo(LocalDate.of(2026, 1, 23));
        // https://www.hh.gov.cn/info/204302/1240682.htm: the page's info list, 发布机构 and 发布日期
        r = parse("2025年\n- 索引号: kysrmzf/2026-00017\n- 发布机构: 开远市人民政府\n- 文号:\n- 发布日期: 2026-02-09\n- 时效性: 有效\n"
            + "开远市2025年政府信息公开工作年度报告\n" + BODY);
        assertThat(r.getPublished()).isEqualTo(LocalDate.of(2026, 2, 9));
        // the title names the agency, as in the page's reading; the chrome's 发布机构 serves where no title does
        assertThat(r.getAgency()).isEqualTo("开远市");
        r = parse("- 发布机构: 开远市人民政府\n- 发布日期: 2026-02-09\n2025年政府信息公开工作年度报告\n" + BODY);
        assertThat(r.getAgency()).isEqualTo("开远市人民政府");
        assertThat(r.getPublished()).isEqualTo(LocalDate.of(2026, 2, 9));
    }

    @Test
    void 时间OnTheLineNamingTheSourceIsThePublicationDate() throws Exception {
        // the page of html/2023_pingtan_city.html as Chromium copies it (来源 … 时间 …)
        Report r = parse("政府信息公开\n政府信息公开年报\n平潭综合实验区2023年度政府信息公开工作年度报告\n来源：平潭综合实验区管委会办公室 时间：2024-03-08 15:34\n"
            + BODY.replace("2025", "2023"));
        assertThat(r.getPublished()).isEqualTo(LocalDate.of(2024, 3, 8));
        // the column name 政府信息公开年报 is not the title: the report's own title, with its year, is
        assertThat(r.getTitle()).isEqualTo("平潭综合实验区2023年度政府信息公开工作年度报告");
        assertThat(r.getAgency()).isEqualTo("平潭综合实验区");
    }

    @Test
    void aPageInfoTableCopiedWithTabsGivesItsDate() throws Exception {
        // the page of html/2023_shuyang_fagaiju_department.html as Chromium copies it: the info table as TAB rows
        Report r = parse("名称\t沭阳县发展和改革局2023年政府信息公开年度报告\n索引号\t014314799/2024-00002\t分类\t信息公开年报\n"
            + "发布机构\t沭阳县发展和改革局\t公开日期\t2024-01-17\n沭阳县发展和改革局2023年政府信息公开年度报告\n" + BODY);
        assertThat(r.getPublished()).isEqualTo(LocalDate.of(2024, 1, 17));
        assertThat(r.getAgency()).isEqualTo("沭阳县发展和改革局");
    }

    @Test
    void twoDatesOrADateOfAnotherKindGiveNone() throws Exception {
        // https://www.qiaokou.gov.cn/…/t20260128_2720110.shtml: updated and published on one day — one date
        Report one = parse("硚口区政府办公室2025年政府信息公开工作年度报告\n更新时间:2026-01-28 14:53 发布时间:2026-01-28 14:50 来源:硚口区政府办\n" + BODY);
        assertThat(one.getPublished()).isEqualTo(LocalDate.of(2026, 1, 28));
        // two publication dates: which one is meant cannot be told
        Report two = parse("XX镇2025年政府信息公开工作年度报告\n发布日期:2026-01-23\n公开日期:2026-02-01\n" + BODY);
        assertThat(two.getPublished()).isNull();
        // a date of capture or a visit counter's date is no publication date
        Report capture = parse("标题：XX镇2025年政府信息公开工作年度报告\n来源：http://example.gov.cn/a.html\n采集时间：2026-02-01T10:00:00+08:00\n"
            + "2026年12月02日 星期三\n" + BODY);
        assertThat(capture.getPublished()).isNull();
        // a date far from any title line is no article line
        Report far = parse("发布时间：2026-01-05\n首页\n政务公开\n专题\n互动\n服务\n数据\n导航\n关于\nXX镇2025年政府信息公开工作年度报告\n" + BODY);
        assertThat(far.getPublished()).isNull();
    }

    @Test
    void theTitleRowOfAPageInfoTableNamesTheAgencyBeforeItsPublishingOffice() throws Exception {
        // http://www.lda.gov.cn/lygjjjskfq/zfxxgknb/content/92f038c1-b236-4319-8635-c0cfec421548.html: the info table's
        // 发布机构 is the site's publishing office (党政办公室); the row labelled 标 题 names the report's agency, a 管委会
        Report r = parse("索 引 号 | 675490773/2025-00050 | 分 类 | 综合政务/其他 / |\n发布机构 | 党政办公室 | 发文日期 | 2025-02-14 |\n"
            + "标 题 | 连云港经济技术开发区管理委员会2024年政府信息公开工作年度报告 | ||\n文 号 | 无号 | 主 题 词 | |\n"
            + BODY.replace("2025", "2024"));
        assertThat(r.getTitle()).isEqualTo("连云港经济技术开发区管理委员会2024年政府信息公开工作年度报告");
        assertThat(r.getAgency()).isEqualTo("连云港经济技术开发区管理委员会");
        assertThat(r.getKind()).isNull();
        assertThat(r.getPublished()).isEqualTo(LocalDate.of(2025, 2, 14));
        // http://www.linzi.gov.cn/…/doc_678dc2ff6905e803217170c6.html: 标题: in its own cell
        r = parse("标题: | 临淄区人民政府稷下街道办事处2024年政府信息公开工作年度报告 | ||\n---|---|---|---|\n"
            + "发文日期: | 2025-01-20 | 发布机构: | 临淄区稷下街道办事处 |\n" + BODY.replace("2025", "2024"));
        assertThat(r.getAgency()).isEqualTo("临淄区人民政府稷下街道办事处");
    }
}
