package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogicheck.read.PastedTextTest.blocks;

import org.junit.jupiter.api.Test;

/**
 * Tables copied as labels on lines of their own and numbers after them, no TAB (pages and PDF viewers
 * that copy so): rebuilt as rows only when each row's numbers fit its columns.
 */
class LabelRowsTest {

    /** the 第二十条 blocks of the 2025 report of 天门市人民政府办公室 as its page copies (http://www.tianmen.gov.cn/zwgk/zfxxgkgz/zfxxgknb/zfnbhz/srmzfbgs) */
    private static final String TIANMEN = "第二十条第(一)项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件\n\n规章\n\n  0\n\n 0\n\n0\n\n"
        + "行政规范性文件\n\n 6\n\n6\n\n49\n\n第二十条第(五)项\n\n信息内容\n\n本年处理决定数量\n\n行政许可\n\n0\n\n第二十条第(六)项\n\n"
        + "信息内容\n\n本年处理决定数量\n\n行政处罚\n\n 0\n\n行政强制\n\n 0\n\n第二十条第(八)项\n\n信息内容\n\n本年收费金额（单位：万元）\n\n"
        + "行政事业性收费\n\n0\n\n三、收到和处理政府信息公开申请情况";

    @Test
    void article20BlocksOneNumberALineAreRebuiltByTheirHeader() throws ReadException {
        assertThat(blocks(TIANMEN)).containsExactly("L 第二十条第(一)项", "R[信息内容, 本年制发件数, 本年废止件数, 现行有效件]",
            "R[规章, 0, 0, 0]", "R[行政规范性文件, 6, 6, 49]", "L 第二十条第(五)项", "R[信息内容, 本年处理决定数量]", "R[行政许可, 0]",
            "L 第二十条第(六)项", "R[信息内容, 本年处理决定数量]", "R[行政处罚, 0]", "R[行政强制, 0]", "L 第二十条第(八)项",
            "R[信息内容, 本年收费金额（单位：万元）]", "R[行政事业性收费, 0]", "L 三、收到和处理政府信息公开申请情况");
    }

    @Test
    void aRowWhoseCountDoesNotFitItsHeaderGivesNoNumber() throws ReadException {
        // 行政规范性文件 with two numbers under three columns: which column is empty cannot be told
        String text = TIANMEN.replace("行政规范性文件\n\n 6\n\n6\n\n49", "行政规范性文件\n\n6 49");
        assertThat(blocks(text)).contains("R[规章, 0, 0, 0]")
            .contains("R[行政规范性文件, 6 49 [2个数值，表头有3列，无法确定各数值所在的列], [?], [?]]")
            .noneMatch(b -> b.startsWith("R[行政规范性文件, 6,"));
    }

    /** the header and first rows of table 三 of the 2025 report of 汉台区徐望镇 as its page copies (http://htq.gov.cn/…/a703a64c28bd4785988d7f2f9404f300.shtml) */
    private static final String XUWANG_HEAD = "三、收到和处理政府信息公开申请情况\n\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\n\n"
        + "申请人情况\n\n自然人\n\n法人或其他组织\n\n总计\n\n商业\n\n企业\n\n科研\n\n机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n";

    @Test
    void applicationsTableSevenNumbersARowSpacesOrLines() throws ReadException {
        String text = XUWANG_HEAD + "一、本年新收政府信息公开申请数量\n\n3\n\n1\n\n0\n\n0\n\n0\n\n0\n\n4\n\n二、上年结转政府信息公开申请数量\n\n1 0 0 0 0 0 1\n\n"
            + "三、本年度办理结果\n\n(一)予以公开\n\n2 1 0 0 0 0 3\n\n(二)部分公开(区分处理的,只计这一情形,不计其他\n\n情形)\n\n0 0 0 0 0 0 0\n\n"
            + "(三)不予公开\n\n1.属于国家秘密\n\n0 0 0 0 0 0 0\n\n2.其他法律行政法规禁止公开\n\n0 0 0 0 0 0 0\n\n"
            + "四、结转下年度继续办理\n\n0 0 0 0 0 0 0\n\n四、政府信息公开行政复议、行政诉讼情况\n\n正文。";
        assertThat(blocks(text)).containsSubsequence("L 三、收到和处理政府信息公开申请情况",
            "R[(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和), 申请人情况, 自然人, 法人或其他组织, 总计, 商业, 企业, 科研, 机构, 社会公益组织, 法律服务机构, 其他]",
            "R[一、本年新收政府信息公开申请数量, 3, 1, 0, 0, 0, 0, 4]", "R[二、上年结转政府信息公开申请数量, 1, 0, 0, 0, 0, 0, 1]",
            "R[三、本年度办理结果, (一)予以公开, 2, 1, 0, 0, 0, 0, 3]",
            "R[(二)部分公开(区分处理的,只计这一情形,不计其他情形), 0, 0, 0, 0, 0, 0, 0]",
            "R[(三)不予公开, 1.属于国家秘密, 0, 0, 0, 0, 0, 0, 0]", "R[2.其他法律行政法规禁止公开, 0, 0, 0, 0, 0, 0, 0]",
            "R[四、结转下年度继续办理, 0, 0, 0, 0, 0, 0, 0]", "L 四、政府信息公开行政复议、行政诉讼情况", "L 正文。");
    }

    @Test
    void aRowOfBlanksHasNoNumbersAndItsNeighboursStayTheirOwn() throws ReadException {
        // blank cells vanish in such a copy: 2. has none, 1. has six of seven
        String text = XUWANG_HEAD + "一、本年新收政府信息公开申请数量\n\n3 1 0 0 0 0 4\n\n(三)不予公开\n\n1.属于国家秘密\n\n0 0 0 0 0 0\n\n"
            + "2.其他法律行政法规禁止公开\n\n3.危及“三安全一稳定”\n\n0 0 0 0 0 0 0\n\n四、结转下年度继续办理\n\n0 0 0 0 0 0 0\n\n正文。";
        assertThat(blocks(text)).containsSubsequence("R[一、本年新收政府信息公开申请数量, 3, 1, 0, 0, 0, 0, 4]",
            "R[(三)不予公开, 1.属于国家秘密, 0 0 0 0 0 0 [6个数值，表头有7列，无法确定各数值所在的列], [?], [?], [?], [?], [?], [?]]",
            "R[2.其他法律行政法规禁止公开, [0个数值，表头有7列，无法确定各数值所在的列], [?], [?], [?], [?], [?], [?]]",
            "R[3.危及“三安全一稳定”, 0, 0, 0, 0, 0, 0, 0]", "R[四、结转下年度继续办理, 0, 0, 0, 0, 0, 0, 0]", "L 正文。");
    }

    @Test
    void litigationIsRebuiltOnlyWithExactlyFifteenNumbers() throws ReadException {
        String head = "行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n未经复议直接起诉\n复议后起诉\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n"
            + "结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n";
        assertThat(blocks(head + "1 0 0 0 1\n0 0 0 0 0\n0 0 0 0 0\n五、存在的主要问题")).containsExactly(
            "R[行政复议, 行政诉讼, 结果维持, 结果纠正, 其他结果, 尚未审结, 总计, 未经复议直接起诉, 复议后起诉, 结果维持, 结果纠正, 其他结果, 尚未审结, 总计, 结果维持, 结果纠正, 其他结果, 尚未审结, 总计]",
            "R[1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]", "L 五、存在的主要问题");
        // fourteen: which one is missing cannot be told; the lines stay lines
        assertThat(blocks(head + "1 0 0 0 1\n0 0 0 0\n0 0 0 0 0\n五、存在的主要问题")).allMatch(b -> b.startsWith("L "));
    }

    @Test
    void narrativeWithNumbersIsNotATable() throws ReadException {
        assertThat(blocks("行政复议\n2025年未发生行政复议。\n12 3\n自然人\n5")).allMatch(b -> b.startsWith("L "));
    }

    /** the 第二十条 blocks and table 四 of the 2023 report of 淮安市洪泽区 as a PDF viewer copies them (corpus pdf/2023_hongzequ_county.pdf) */
    private static final String HONGZE_COPIED = "第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n行政规范性文件 0 5 5\n"
        + "第二十条第（六）项\n- 2 -\n信息内容 本年处理决定数量\n行政处罚 4119\n行政强制 195\n"
        + "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n结果 结果 其他 尚未\n总 计\n"
        + "维持 纠正 结果 审结 结果 结果 其他 尚未 结果 结果 其他 尚未\n总 计 总 计\n维持 纠正 结果 审结 维持 纠正 结果 审结\n"
        + "10 1 0 0 0 0 0 0 0 0 5 0 0 0 0\n五、存在的主要问题及改进情况";

    @Test
    void rowsCopiedOutOfAPdfViewerOneLineEachAreRebuilt() throws ReadException {
        assertThat(blocks(HONGZE_COPIED)).containsSubsequence("L 第二十条第（一）项",
            "R[信息内容, 本年制发件数, 本年废止件数, 现行有效件数]", "R[规章, 0, 0, 0]", "R[行政规范性文件, 0, 5, 5]",
            "L 第二十条第（六）项", "R[信息内容, 本年处理决定数量]", "R[行政处罚, 4119]", "R[行政强制, 195]",
            "L 四、政府信息公开行政复议、行政诉讼情况").contains("L 五、存在的主要问题及改进情况")
            .anyMatch(b -> b.startsWith("R[10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0"))
            .noneMatch(b -> b.contains("- 2 -"));
    }

    @Test
    void aCopiedRowWithAnotherCountGivesNoNumberAndTable4WithAnotherCountIsNotRebuilt() throws ReadException {
        String text = HONGZE_COPIED.replace("行政规范性文件 0 5 5", "行政规范性文件 5 5").replace("10 1 0 0 0 0 0 0 0 0 5 0 0 0 0",
            "10 1 0 0 0 0 0 0 0 5 0 0 0 0");
        assertThat(blocks(text)).contains("R[行政规范性文件, 5 5 [2个数值，表头有3列，无法确定各数值所在的列], [?], [?]]")
            .noneMatch(b -> b.startsWith("R[10,")).contains("L 10 1 0 0 0 0 0 0 0 5 0 0 0 0");
    }
}
