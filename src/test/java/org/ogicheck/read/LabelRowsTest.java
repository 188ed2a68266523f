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
            // a column name broken over two lines (商业 / 企业) is one header cell again
            "R[(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和), 申请人情况, 自然人, 法人或其他组织, 总计, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他]",
            "R[一、本年新收政府信息公开申请数量, 3, 1, 0, 0, 0, 0, 4]", "R[二、上年结转政府信息公开申请数量, 1, 0, 0, 0, 0, 0, 1]",
            "R[三、本年度办理结果, (一)予以公开, 2, 1, 0, 0, 0, 0, 3]",
            "R[(二)部分公开(区分处理的,只计这一情形,不计其他情形), 0, 0, 0, 0, 0, 0, 0]",
            "R[(三)不予公开, 1.属于国家秘密, 0, 0, 0, 0, 0, 0, 0]", "R[2.其他法律行政法规禁止公开, 0, 0, 0, 0, 0, 0, 0]",
            "R[四、结转下年度继续办理, 0, 0, 0, 0, 0, 0, 0]", "L 四、政府信息公开行政复议、行政诉讼情况", "L 正文。");
    }

    /** LibreOffice's text of a page: every cell a paragraph, an empty cell an empty one (沭阳县发改局 2023 saved as text) */
    private static final String CELL_BY_CELL_HEAD = "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n"
        + "申请人情况\n\n自然人\n法人或其他组织\n总计\n\n\n商业\n企业\n科研\n机构\n社会公益组织\n法律服务机构\n其他\n\n";

    @Test
    void cellsExportedOneAParagraphKeepTheirEmptyCells() throws ReadException {
        String text = CELL_BY_CELL_HEAD + "一、本年新收政府信息公开申请数量\n26\n\n\n\n\n\n26\n二、上年结转政府信息公开申请数量\n0\n\n\n\n\n\n0\n"
            + "三、本年度办理结果\n（一）予以公开\n26\n\n\n\n\n\n26\n四、结转下年度继续办理\n0\n0\n0\n0\n0\n0\n0\n四、政府信息公开行政复议、行政诉讼情况\n正文。";
        assertThat(blocks(text)).containsSubsequence(
            "R[一、本年新收政府信息公开申请数量, 26, , , , , , 26]", "R[二、上年结转政府信息公开申请数量, 0, , , , , , 0]",
            "R[三、本年度办理结果, （一）予以公开, 26, , , , , , 26]", "R[四、结转下年度继续办理, 0, 0, 0, 0, 0, 0, 0]");
    }

    @Test
    void emptyLinesAreNoCellsWhenThatReadingDoesNotFitEveryRow() throws ReadException {
        // the second row has one empty line too many for seven cells: the empty lines are spacing, the rows keep their numbers
        String text = CELL_BY_CELL_HEAD + "一、本年新收政府信息公开申请数量\n26\n\n\n\n\n\n26\n二、上年结转政府信息公开申请数量\n0\n\n\n\n\n\n\n0\n"
            + "四、结转下年度继续办理\n0\n0\n0\n0\n0\n0\n0\n正文。";
        assertThat(blocks(text)).containsSubsequence(
            "R[一、本年新收政府信息公开申请数量, 26 26 [2个数值，表头有7列，无法确定各数值所在的列], [?], [?], [?], [?], [?], [?]]",
            "R[二、上年结转政府信息公开申请数量, 0 0 [2个数值，表头有7列，无法确定各数值所在的列], [?], [?], [?], [?], [?], [?]]");
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

    /** table 四 of the 2023 report of 淮安市洪泽区 (corpus text/2023_hongzequ_county.txt) transposed, as a page copies it: a line a cell, names broken */
    private static final String HONGZE_TRANSPOSED = "四、政府信息公开行政复议、行政诉讼情况\n项目\n行政复议\n行政诉讼\n未经复议\n直接起诉\n复议后起诉\n"
        + "结果维持\n10\n0\n5\n结果纠正\n1 0 0\n其他结果\n0\n0\n0\n尚未审结\n0 0 0\n总计\n0\n0\n0\n五、存在的主要问题及改进情况";

    @Test
    void litigationTransposedOrInPartsIsRebuiltAsItsRows() throws ReadException {
        // a row per result: the names before the first result its header (未经复议 / 直接起诉 one name again), each result and its values a row
        assertThat(blocks(HONGZE_TRANSPOSED)).containsExactly("L 四、政府信息公开行政复议、行政诉讼情况",
            "R[项目, 行政复议, 行政诉讼, 未经复议直接起诉, 复议后起诉]", "R[结果维持, 10, 0, 5]", "R[结果纠正, 1, 0, 0]",
            "R[其他结果, 0, 0, 0]", "R[尚未审结, 0, 0, 0]", "R[总计, 0, 0, 0]", "L 五、存在的主要问题及改进情况");
        // in parts, a caption over each: the caption a line, the names the header, the values the data row
        String parts = "（一）行政复议情况\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n10 1 0 0 0\n（二）行政诉讼情况\n未经复议直接起诉\n"
            + "复议后起诉\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n0 0 0 0 0 5 0 0 0 0\n五、存在的主要问题";
        assertThat(blocks(parts)).containsExactly("L （一）行政复议情况", "R[结果维持, 结果纠正, 其他结果, 尚未审结, 总计]",
            "R[10, 1, 0, 0, 0]", "L （二）行政诉讼情况",
            "R[未经复议直接起诉, 复议后起诉, 结果维持, 结果纠正, 其他结果, 尚未审结, 总计, 结果维持, 结果纠正, 其他结果, 尚未审结, 总计]",
            "R[0, 0, 0, 0, 0, 5, 0, 0, 0, 0]", "L 五、存在的主要问题");
        // a value lost in the copy (14), or a line no name of the table: the lines stay lines
        assertThat(blocks(HONGZE_TRANSPOSED.replace("1 0 0", "1 0"))).allMatch(b -> b.startsWith("L "));
        assertThat(blocks(HONGZE_TRANSPOSED.replace("其他结果\n", "其他结果（含撤诉）说明\n"))).allMatch(b -> b.startsWith("L "));
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

    /** table 三 of the 2024 report of 淮安市 as a PDF viewer copies it (corpus pdf/2024_huaian_city.pdf): group labels broken over the rows' lines */
    private static final String HUAIAN_APP = "申请人情况\n（本列数据的勾稽关系为：第一项加第二项之和， 法人或其他组织\n等于第三项加第四项之和）\n自然人 总计\n商 业 企 科研机 社会公益 法 律 服 务\n其他\n业 构 组织 机构\n一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119\n二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34\n（一）予以公开 1288 21 0 0 50 3 1362\n（二）部分公开（区分处理的，只计这一情\n447 7 0 0 0 0 454\n形，不计其他情形）\n1.属于国家秘密 2 0 0 0 0 0 2\n三、\n本 2.其他法律行政法规禁止公开 30 1 0 0 0 0 31\n年\n3.危及“三安全一稳定” 5 0 0 0 0 0 5\n度\n办 4.保护第三方合法权益\n（三）不 6 0 0 0 0 0 6\n理\n予公开\n5.属于三类内部事务信息\n结 7 1 0 0 0 0 8\n果 6.属于四类过程性信息 12 0 0 0 0 0 12\n7.属于行政执法案卷 9 0 0 0 0 0 9\n8.属于行政查询事项 105 0 0 0 0 0 105\n1.本机关不掌握相关政府信息\n（四）无 746 12 0 0 10 1 769\n- 4 -\n法提供 2.没有现成信息需要另行制作 11 0 0 0 0 0 11\n3.补正后申请内容仍不明确 1 0 0 0 0 0 1\n1.信访举报投诉类申请 56 6 0 0 0 0 62\n2.重复申请 25 0 0 0 0 0 25\n（五）不 3.要求提供公开出版物 0 0 0 0 0 0 0\n予处理\n4.无正当理由大量反复申请 0 0 0 0 0 0 0\n5.要求行政机关确认或重新出\n1 0 0 0 0 0 1\n具已获取信息\n1、申请人无正当理由逾期不补\n正、行政机关不再处理其政府信 67 3 0 0 1 0 71\n息公开申请\n（六）其\n2、申请人逾期未按收费通知要\n他处理\n求缴纳费用、行政机关不再处理 6 0 0 0 0 0 6\n其政府信息公开申请\n3、其他 108 2 0 0 0 0 110\n（七）总计 2932 53 0 0 61 4 3050\n四、结转下年度继续办理 103 0 0 0 0 0 103\n四、政府信息公开行政复议、行政诉讼情况\n四、政府信息公开行政复议、行政诉讼情况";

    @Test
    void applicationsTableCopiedOutOfAPdfViewerIsRebuiltRowByRow() throws ReadException {
        assertThat(blocks(HUAIAN_APP)).containsSubsequence("R[一、本年新收政府信息公开申请数量, 3001, 53, 0, 0, 61, 4, 3119]",
            "R[（二）部分公开（区分处理的，只计这一情形，不计其他情形）, 447, 7, 0, 0, 0, 0, 454]",
            "R[（三）不予公开, 1.属于国家秘密, 2, 0, 0, 0, 0, 0, 2]", "R[4.保护第三方合法权益, 6, 0, 0, 0, 0, 0, 6]",
            "R[5.属于三类内部事务信息, 7, 1, 0, 0, 0, 0, 8]", "R[（四）无法提供, 1.本机关不掌握相关政府信息, 746, 12, 0, 0, 10, 1, 769]",
            "R[2.没有现成信息需要另行制作, 11, 0, 0, 0, 0, 0, 11]", "R[（五）不予处理, 1.信访举报投诉类申请, 56, 6, 0, 0, 0, 0, 62]",
            "R[5.要求行政机关确认或重新出具已获取信息, 1, 0, 0, 0, 0, 0, 1]",
            "R[（六）其他处理, 1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请, 67, 3, 0, 0, 1, 0, 71]",
            "R[2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请, 6, 0, 0, 0, 0, 0, 6]",
            "R[3、其他, 108, 2, 0, 0, 0, 0, 110]", "R[（七）总计, 2932, 53, 0, 0, 61, 4, 3050]",
            "R[四、结转下年度继续办理, 103, 0, 0, 0, 0, 0, 103]", "L 四、政府信息公开行政复议、行政诉讼情况");
    }

    @Test
    void aCopiedApplicationsRowWithSixNumbersGivesNoNumberAndAnUnclearRowLeavesTheTableUnread() throws ReadException {
        String six = HUAIAN_APP.replace("2.重复申请 25 0 0 0 0 0 25", "2.重复申请 25 0 0 0 0 25");
        assertThat(blocks(six)).contains("R[2.重复申请, 25 0 0 0 0 25 [6个数值，表头有7列，无法确定各数值所在的列], [?], [?], [?], [?], [?], [?]]")
            .contains("R[3.要求提供公开出版物, 0, 0, 0, 0, 0, 0, 0]");
        // two labels without numbers before a line of numbers: whose numbers they are cannot be told
        String unclear = HUAIAN_APP.replace("2.重复申请 25 0 0 0 0 0 25\n（五）不 3.要求提供公开出版物 0 0 0 0 0 0 0",
            "2.重复申请\n（五）不 3.要求提供公开出版物\n25 0 0 0 0 0 25");
        assertThat(blocks(unclear)).noneMatch(b -> b.startsWith("R[一、本年新收")).contains("L 一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119");
    }

    /**
     * Column names broken by a {@code <br>} in their cell, on two lines (大五里镇 2020, http://www.qianan.gov.cn/single/29/71869.html)
     * or apart by a space with each cell ending in | (四家子镇 2020, http://willonit.com/kyguanwangmanbetx/info/1409/24660.htm):
     * one name again where neither part names a column and the two together do.
     */
    @Test
    void columnNamesBrokenInTwoAreOneColumn() throws ReadException {
        String lines = "第二十条第(一)项\n\n信息内容\n\n本年新\n制作数量\n\n本年新\n公开数量\n\n对外公开总数量\n\n规章\n\n  0\n\n 0\n\n0\n\n"
            + "规范性文件\n\n  0\n\n0\n\n 0\n\n三、收到和处理政府信息公开申请情况";
        assertThat(blocks(lines)).contains("R[信息内容, 本年新制作数量, 本年新公开数量, 对外公开总数量]", "R[规章, 0, 0, 0]", "R[规范性文件, 0, 0, 0]");
        String spaced = "二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 |\n本年新 制作数量 |\n本年新 公开数量 |\n对外公开总数量 |\n"
            + "规章 |\n0 |\n0 |\n0 |\n规范性文件 |\n0 |\n0 |\n0 |\n第二十条第(五)项 |\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n"
            + "处理决定数量 |\n行政许可 |\n0 |\n0 |\n0 |\n其他对外管理服务事项 |\n0 |\n0 |\n0 |\n三、收到和处理政府信息公开申请情况";
        assertThat(blocks(spaced)).contains("R[规章, 0, 0, 0]", "R[规范性文件, 0, 0, 0]");
    }

    /**
     * A header whose names a crawler ran together, and rows whose cells it ran into their labels (海城市西四镇 2025,
     * http://www.haicheng.gov.cn/html/HCS/202601/0176938436489438.html: "信息内容本年制发件数本年废止件数现行有效件数",
     * "规章000"): the names parted into the format's, the zeros one a column; a run that splits more than one way stays unread.
     * The header was one column (its name holds 制发), so the run was read as 本年制发件数 = 000, or = 6649.
     */
    @Test
    void namesRunTogetherArePartedIntoTheFormatsColumns() throws ReadException {
        String text = "第二十条第(一)项\n信息内容本年制发件数本年废止件数现行有效件数\n规章000\n行政规范性文件6649\n三、收到和处理政府信息公开申请情况";
        assertThat(blocks(text)).contains("R[信息内容, 本年制发件数, 本年废止件数, 现行有效件数]", "R[规章, 0, 0, 0]",
            "R[行政规范性文件, 6649 [1个数值，表头有3列，无法确定各数值所在的列], [?], [?]]");
        assertThat(org.ogicheck.model.Layout.a20RunTogether("本年制发件数本年废止件数")).containsExactly("本年制发件数", "本年废止件数");
        assertThat(org.ogicheck.model.Layout.a20RunTogether("本年制发件数")).isNull();
        assertThat(org.ogicheck.model.Layout.a20RunTogether("本年制发件数合计")).isNull();
    }
}
