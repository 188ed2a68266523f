package org.ogicheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Report;
import org.ogicheck.read.TextReader;

/**
 * The statistics period stated in a paragraph that reaches the parser line by line (a PDF made from the page, by
 * LibreOffice or a printer: "…本年度报告所列数据的统计时限为" / "2023 年 1 月 1 日至 2023 年 12 月 31 日。…").
 */
class PeriodAcrossLinesTest {

    private static Report parse(String text) throws Exception {
        return new ReportParser().parse(new TextReader().read("shuyang.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), ReportParser.Options.NONE).report();
    }

    private static String corpus() throws Exception {
        return Files.readString(TestSupport.corpus("text/2023_shuyang_fagaiju_department.txt"));
    }

    @Test
    void aPeriodBrokenAfterItsLeadWordIsRead() throws Exception {
        String broken = corpus().replace("统计时限为2023年1月1日至2023年12月31日。", "统计时限为\n2023 年 1 月 1 日至 2023 年 12 月 31 日。");
        assertThat(broken).isNotEqualTo(corpus());
        Report r = parse(broken);
        assertThat(r.getPeriodStart()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(r.getPeriodEnd()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void datesOnTheNextLineOfAnotherParagraphAreNoPeriod() throws Exception {
        String other = corpus().replace("本年度报告所列数据的统计时限为2023年1月1日至2023年12月31日。", "数据统计工作由办公室负责。\n2023年1月1日至2023年12月31日开展了专项检查。");
        assertThat(other).isNotEqualTo(corpus());
        assertThat(parse(other).getPeriodStart()).isNull();
    }
}
