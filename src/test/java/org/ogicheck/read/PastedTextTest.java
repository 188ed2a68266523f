package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forms of pasted tables, made into the same rows as the corpus's {@code cell | cell |} text. */
class PastedTextTest {

    static List<String> blocks(String text) throws ReadException {
        List<String> out = new ArrayList<>();
        for (Block b : new TextReader().read("pasted", text.getBytes(StandardCharsets.UTF_8)).blocks()) {
            out.add(b.isRow() ? "R" + b.cells() : "L " + b.text());
        }
        return out;
    }

    /**
     * A browser's copy of table 四 of 平潭综合实验区 2019 (corpus text/2019_pingtan_city.txt) with its data row's cells
     * blank (a page writing nothing for 0): the row is 14 TABs, wider than the header rows above it (their merged cells
     * copied once). It is the table's empty row, not a separator joining the heading 五、 after it into the table — which
     * lost section 五 (SEC-001 and SEC-004 ERRORs on a report that has both).
     */
    @Test
    void aBlankRowWiderThanTheHeaderAboveItIsAnEmptyRow() throws ReadException {
        String text = "四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\t行政诉讼\t\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t"
            + "未经复议直接起诉\t复议后起诉\t\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
            + "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n\n五、存在的主要问题及改进情况\n\n2019年，我区政府信息公开工作取得了明显进展。\n";
        assertThat(blocks(text)).endsWith("R[, , , , , , , , , , , , , , ]", "L 五、存在的主要问题及改进情况", "L 2019年，我区政府信息公开工作取得了明显进展。");
    }

    @Test
    void markdownIsReadAsItsPlainText() throws ReadException {
        String md = "# 某县2024年政府信息公开工作年度报告\n**一、总体情况**\n> 引言\n**（一）主动公开**今年共发布信息12条。\n"
            + "- 要点\n---\n## 二、主动公开政府信息情况 ##\n| 信息内容 | 本年制发件数 |\n|:---|---:|\n| **规章** | 0 |\n"
            + "| 规范性文件 \\| 文件 | 3<br>件 |\n|  | 5 |\n### （一）第\\*项\n12*\n- 2 -";
        assertThat(blocks(md)).containsExactly("L 某县2024年政府信息公开工作年度报告", "L 一、总体情况", "L 引言",
            "L （一）主动公开今年共发布信息12条。", "L 要点", "L 二、主动公开政府信息情况", "R[信息内容, 本年制发件数]", "R[规章, 0]",
            "R[规范性文件 ｜ 文件, 3 件]", "R[, 5]", "L （一）第*项", "L 12*", "L - 2 -");
    }

    @Test
    void textWithoutMarkdownKeepsItsMarks() throws ReadException {
        // no heading, delimiter row or bold pair: a list mark, a quote mark, a fill-in line and a bar row stay as written
        assertThat(blocks("- 要点\n> 引言\n联系人：________\n| 规章 | 0 |")).containsExactly("L - 要点", "L > 引言",
            "L 联系人：________", "R[, 规章, 0]");
    }

    @Test
    void excelRowsOneALineAnEmptyLastCellDoesNotSwallowTheNextLine() throws ReadException {
        assertThat(blocks("信息内容\t本年处理决定数量\r\n行政许可\t550\t\t\r\n文号\t\t关键词\t\r\n二、上年结转\t0\t0\r\n正文"))
            .containsExactly("R[信息内容, 本年处理决定数量]", "R[行政许可, 550, , ]", "R[文号, , 关键词, ]", "R[二、上年结转, 0, 0]",
                "L 正文");
    }

    @Test
    void cellsOneALineBetweenTabLinesAreJoinedIntoTheirRow() throws ReadException {
        String chromium = "第二十条第（五）项\n\n\n\n\n信息内容\n\n\t\n\n本年处理决定数量\n\n\n\n\n行政许可\n\n\t\n\n2629\n\n\n\n\n"
            + "二、上年结转政府信息公开申请数量\n\n\t\n\n0\n\n\t\t\n\n3\n\n四、政府信息公开行政复议、行政诉讼情况\n\n下一段";
        assertThat(blocks(chromium)).containsExactly("L 第二十条第（五）项", "R[信息内容, 本年处理决定数量]", "R[行政许可, 2629]",
            "R[二、上年结转政府信息公开申请数量, 0, , 3]", "L 四、政府信息公开行政复议、行政诉讼情况", "L 下一段");
        // div cells: the TAB line between cells with no blank line around it
        assertThat(blocks("规章\n\t\n0\n\t\n5\n\n\n行政许可\n\t\n1")).containsExactly("R[规章, 0, 5]", "R[行政许可, 1]");
    }

    @Test
    void chromiumsCopyOfEmptyCellsKeepsRowsAndTheTextAfterTheTableApart() throws ReadException {
        // headless Chromium's innerText of a page (measured): a table with an empty last column and an empty row,
        // a heading, then a table whose cells hold paragraphs with an empty last cell, then a paragraph
        String copied = "四、政府信息公开行政复议、行政诉讼情况\n\n结果维持\t总计\t\n5\t\t\n\t\t\n6\t7\t\n\n五、存在的主要问题\n\n"
            + "a\n\n\t\n\nb\n\nb2\n\n\t\nx\t\n\ny\n\n\tz\n\nend";
        assertThat(blocks(copied)).containsExactly("L 四、政府信息公开行政复议、行政诉讼情况", "R[结果维持, 总计, ]", "R[5, , ]", "R[, , ]",
            "R[6, 7, ]", "L 五、存在的主要问题", "R[a, b b2, ]", "R[x, y, z]", "L end");
    }

    @Test
    void aLineBreakAfterANumberInATabRowIsTheSameRow() throws ReadException {
        // "一、本年新收…⇥80⇥1<br>⇥0⇥81": the <br> broke the row's line before the TAB to its next cell
        assertThat(blocks("申请人\t自然人\t商业企业\t科研机构\t总计\n一、本年新收\t80\t1\n\t0\t81\n二、上年结转\t0\t0\t0\t0"))
            .containsExactly("R[申请人, 自然人, 商业企业, 科研机构, 总计]", "R[一、本年新收, 80, 1, 0, 81]", "R[二、上年结转, 0, 0, 0, 0]");
        // a row under a label merged over two rows (Excel leaves its first cell empty) is as wide as the others: its own row
        assertThat(blocks("行政处罚\t12\t3\n\t4\t5\n"))
            .containsExactly("R[行政处罚, 12, 3]", "R[, 4, 5]");
        // a line of labels after a TAB is no continuation of numbers
        assertThat(blocks("类别\t甲\t乙\t丙\t丁\n一、本年新收\t80\n\t（二）部分公开\t1\n"))
            .containsExactly("R[类别, 甲, 乙, 丙, 丁]", "R[一、本年新收, 80]", "R[, （二）部分公开, 1]");
    }

    @Test
    void invisibleCharactersOfCopiedPagesArePlain() throws ReadException {
        assertThat(blocks("\u00a0一、总体情况\u3000\n行政\u200b许可\t5\u00a0\t\ufeff\n")).containsExactly("L 一、总体情况",
            "R[行政许可, 5, ]");
    }

    @Test
    void barTextIsReadAsBefore() throws ReadException {
        assertThat(blocks("规章 | 0 | [注 | 释] |\n行政许可 | 550 |  |  |\n第二十条第（一）项 | |||"))
            .containsExactly("R[规章, 0, [注 | 释]]", "R[行政许可, 550, , ]", "R[第二十条第（一）项, ]");
    }

    /** the opening of the 2024 report of 淮安市洪泽区 as a PDF viewer copies it (corpus pdf/2024_hongzequ_county.pdf): page lines, not paragraphs */
    private static final String PAGE_LINES = "一、总体情况\n"
        + "2024 年，淮安市洪泽区人民政府坚持以习近平新时代中国特色。\n".repeat(8)
        + "采取自行办理、协同办理、会商办理相结合的工作方式，确保依\n申请答复工作规范高效。2024 年，区政府办代表区政府受理政府\n"
        + "信息公开申请 17 件，均已在法定期限内予以答复。\n- 1 -\n（三）政府信息管理情况。加强区政府门户网站及政务新媒\n体建设。\n"
        + "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n行政规范性文件 3 0 8";

    @Test
    void linesBrokenWhereThePdfPageBrokeThemAreJoinedIntoTheirParagraph() throws ReadException {
        List<String> b = blocks(PAGE_LINES);
        assertThat(b).contains("L 采取自行办理、协同办理、会商办理相结合的工作方式，确保依申请答复工作规范高效。2024 年，区政府办代表区政府受理政府"
                + "信息公开申请 17 件，均已在法定期限内予以答复。", "L - 1 -", "L （三）政府信息管理情况。加强区政府门户网站及政务新媒体建设。",
                "L 一、总体情况", "L 二、主动公开政府信息情况", "R[规章, 0, 0, 0]");
        // one paragraph a line (a web page, a text report): nothing is joined
        assertThat(blocks("一、总体情况\n采取自行办理、协同办理、会商办理相结合的工作方式，确保依\n申请答复工作规范高效。"))
            .containsExactly("L 一、总体情况", "L 采取自行办理、协同办理、会商办理相结合的工作方式，确保依", "L 申请答复工作规范高效。");
    }
}
