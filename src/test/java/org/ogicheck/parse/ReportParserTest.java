package org.ogicheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogicheck.model.Cell;
import org.ogicheck.model.SourceRef;
import org.ogicheck.model.Value;
import org.ogicheck.read.Block;
import org.ogicheck.read.Document;

/** Table recognition on hand-made block sequences, independent of any reader. */
class ReportParserTest {

    private static Block row(int line, String... cells) {
        List<SourceRef> srcs = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) srcs.add(new SourceRef(line, null, null, null, i + 1));
        return Block.row(List.of(cells), srcs, SourceRef.line(line));
    }

    private static ParsedReport parse(Block... blocks) {
        return new ReportParser().parse(new Document("t", "text", List.of(blocks), java.util.Map.of()), ReportParser.Options.NONE);
    }

    @Test
    void captionInAMergedFirstColumnKeepsTheRowBesideIt() {
        ParsedReport p = parse(
            Block.line("二、主动公开政府信息情况", SourceRef.line(1)),
            row(2, "第二十条第（五）项", "信息内容", "本年处理决定数量"),
            row(3, "第二十条第（五）项", "行政许可", "2629"));
        Cell c = p.cell("A20.五", "license", "decisions");
        assertThat(c).isNotNull();
        assertThat(c.getN()).isEqualTo(2629L);
    }

    @Test
    void aRowWithTooFewCellsIsALayoutIssueNotZeros() {
        ParsedReport p = parse(
            Block.line("三、收到和处理政府信息公开申请情况", SourceRef.line(1)),
            row(2, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"),
            row(3, "一、本年新收政府信息公开申请数量", "29", "2", "31"),
            // the text goes on after the table: the short row is a row short of its cells, not where the text stops
            Block.line("四、政府信息公开行政复议、行政诉讼情况", SourceRef.line(4)));
        assertThat(p.cell("APP", "received", "natural").getRead().getWhole()).isEqualTo(29L);
        assertThat(p.cell("APP", "received", "total").getRead().getKind()).isEqualTo(Value.Kind.MISSING);
        assertThat(p.issues()).anyMatch(i -> i.kind().equals("LAYOUT") && "received".equals(i.row()));
        // the row is read but withheld from the rules: no number, no blank, for every cell of it
        assertThat(p.cells()).filteredOn(c -> c.getRow().equals("received"))
            .hasSize(7).allMatch(c -> c.getKind() == Value.Kind.WITHHELD && c.getN() == null);
    }

    @Test
    void aHeaderRowOfTableFourWithAStrayNumberIsNoDataRow() {
        // 行政复议 | 行政诉讼 | … | 9 was read as the data row: its words as values, a false LIT-002 ERROR
        String[] data = {"72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"};
        ParsedReport p = parse(
            Block.line("四、政府信息公开行政复议、行政诉讼情况", SourceRef.line(1)),
            row(2, "行政复议", "行政诉讼", "", "", "", "", "", "", "", "", "", "", "", "", "", "9"),
            row(3, "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"),
            row(4, "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
                "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"),
            row(5, data));
        assertThat(p.cell("LIT", "review", "upheld").getN()).isEqualTo(72L);
        assertThat(p.cell("LIT", "afterReview", "total").getN()).isEqualTo(20L);
        assertThat(p.cells()).filteredOn(c -> c.getTable().equals("LIT")).noneMatch(c -> c.getKind() == Value.Kind.TEXT);
    }

    @Test
    void typoInARowLabelIsMatchedByItsNumber() {
        ParsedReport p = parse(
            Block.line("三、收到和处理政府信息公开申请情况", SourceRef.line(1)),
            row(2, "（三）不予公开", "1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1"),
            row(3, "2.其他法律行政止公开", "0", "0", "0", "0", "0", "0", "0"));
        assertThat(p.cell("APP", "denied.2", "total")).isNotNull();
    }

    @Test
    void blankAndDashStayDistinctFromZero() {
        assertThat(Numbers.read("").getKind()).isEqualTo(Value.Kind.BLANK);
        assertThat(Numbers.read("/").getKind()).isEqualTo(Value.Kind.DASH);
        assertThat(Numbers.read("—").getKind()).isEqualTo(Value.Kind.DASH);
        assertThat(Numbers.read("无").getKind()).isEqualTo(Value.Kind.DASH);
        assertThat(Numbers.read("0").getWhole()).isZero();
    }

    @Test
    void numberForms() {
        assertThat(Numbers.read("１２３４").getWhole()).isEqualTo(1234L);
        assertThat(Numbers.read("2,425条").getWhole()).isEqualTo(2425L);
        assertThat(Numbers.read("2,425条").getUnit()).isEqualTo("条");
        assertThat(Numbers.read("7730.28").getNumber()).isEqualByComparingTo("7730.28");
        assertThat(Numbers.read("251000元").getUnit()).isEqualTo("元");
        Value plus = Numbers.read("加89");
        assertThat(plus.getWhole()).isEqualTo(89L);
        assertThat(plus.getDirection()).isEqualTo(1);
        Value minus = Numbers.read("减71");
        assertThat(minus.getWhole()).isEqualTo(-71L);
        assertThat(minus.getDirection()).isEqualTo(-1);
        assertThat(Numbers.read("−3").getWhole()).isEqualTo(-3L);
        assertThat(Numbers.read("+5").getDirection()).isEqualTo(1);
        Value bare = Numbers.read("1228");
        assertThat(bare.getDirection()).isZero();
        assertThat(Numbers.read("22（其中修订 16 件）").getWhole()).isEqualTo(22L);
        assertThat(Numbers.read("若干").getKind()).isEqualTo(Value.Kind.TEXT);
        assertThat(Numbers.read("?").getKind()).isEqualTo(Value.Kind.UNREADABLE);
    }

    @Test
    void headingsAreFoundWithVariantsAndTableRowsAreNeverHeadings() {
        ParsedReport p = parse(
            Block.line("一、总体情况", SourceRef.line(1)),
            Block.line("（一）依申请公开情况", SourceRef.line(2)),
            Block.line("四、政府信息公开行政复议及行政诉讼情况", SourceRef.line(3)),
            row(4, "四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0"),
            Block.line("五、存在问题及改进情况", SourceRef.line(5)),
            Block.line("6．其他事项", SourceRef.line(6)));
        assertThat(p.sections()).extracting(s -> s.number()).containsExactly(1, 4, 5, 6);
        assertThat(p.section(4).official()).isFalse();
        assertThat(p.section(6).declared()).isEqualTo(6);
    }

    @Test
    void anEmptyLabelCellBeforeTheRowLabelDoesNotShiftTheValues() {
        ParsedReport p = parse(
            Block.line("三、收到和处理政府信息公开申请情况", SourceRef.line(1)),
            row(2, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"),
            row(3, "", "（七）总计", "21", "0", "0", "0", "0", "0", "21"),
            Block.line("四、政府信息公开行政复议、行政诉讼情况", SourceRef.line(4)));
        assertThat(p.cell("APP", "total", "natural").getN()).isEqualTo(21L);
        assertThat(p.cell("APP", "total", "total").getN()).isEqualTo(21L);
    }

    @Test
    void textWhereANumberBelongsIsACellNotALabel() {
        ParsedReport p = parse(
            Block.line("二、主动公开政府信息情况", SourceRef.line(1)),
            row(2, "第二十条第（一）项"),
            row(3, "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
            row(4, "规章", "若干", "0", "5"),
            Block.line("三、收到和处理政府信息公开申请情况", SourceRef.line(5)),
            row(6, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"),
            row(7, "三、本年度办理结果", "（一）予以公开", "若干", "0", "0", "0", "0", "0", "1"),
            Block.line("四、政府信息公开行政复议、行政诉讼情况", SourceRef.line(8)),
            row(9, "行政复议", "行政诉讼"),
            row(10, "若干", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"));
        assertThat(p.cell("A20.一", "rules", "issued").getKind()).isEqualTo(Value.Kind.TEXT);
        assertThat(p.cell("A20.一", "rules", "inForce").getN()).isEqualTo(5L);
        assertThat(p.cell("APP", "granted", "natural").getKind()).isEqualTo(Value.Kind.TEXT);
        assertThat(p.cell("APP", "granted", "total").getN()).isEqualTo(1L);
        assertThat(p.cell("LIT", "review", "upheld").getKind()).isEqualTo(Value.Kind.TEXT);
        assertThat(p.cell("LIT", "review", "total").getN()).isEqualTo(1L);
    }

    /** a header cell of names run together is each of them, so a row's one number is no 本年制发件数 (海城市西四镇 2025's shape) */
    @Test
    void headerNamesRunTogetherInOneCellAreTheirColumns() {
        ParsedReport p = parse(
            Block.line("二、主动公开政府信息情况", SourceRef.line(1)),
            row(2, "第二十条第（一）项"),
            row(3, "信息内容", "本年制发件数本年废止件数现行有效件数"),
            row(4, "规章", "6649"),
            Block.line("三、收到和处理政府信息公开申请情况", SourceRef.line(5)));
        assertThat(p.cells()).filteredOn(c -> c.getTable().equals("A20.一")).extracting(c -> c.getColumn())
            .containsOnly("issued", "repealed", "inForce");
        assertThat(p.cell("A20.一", "rules", "issued").getKind()).isEqualTo(Value.Kind.WITHHELD);
        assertThat(p.issues()).anyMatch(i -> i.kind().equals("LAYOUT") && "rules".equals(i.row()));
    }

    @Test
    void aTextThatStopsInsideTableThreeLeavesItUnjudged() {
        ParsedReport p = parse(
            Block.line("三、收到和处理政府信息公开申请情况", SourceRef.line(1)),
            row(2, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"),
            row(3, "三、本年度办理结果", "（一）予以公开", "1", "0", "0", "0", "0", "0", "1"));
        assertThat(p.issues()).anyMatch(i -> i.kind().equals("LAYOUT") && "APP".equals(i.table()) && i.row() == null
            && i.detail().key().equals("issue.tableCut"));
        assertThat(p.cell("APP", "carriedOut", "total").getKind()).isEqualTo(Value.Kind.WITHHELD);
    }

    @Test
    void groupLabelsOnRowsOfTheirOwnAreNoLayoutIssue() {
        ParsedReport p = parse(
            Block.line("三、收到和处理政府信息公开申请情况", SourceRef.line(1)),
            row(2, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"),
            row(3, "三、本年度办理结果", "", "", "", "", "", "", ""),
            row(4, "（一）予以公开", "1", "0", "0", "0", "0", "0", "1"),
            row(5, "（三）不予公开", "", "", "", "", "", "", ""),
            row(6, "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"),
            Block.line("四、政府信息公开行政复议、行政诉讼情况", SourceRef.line(7)));
        assertThat(p.issues()).noneMatch(i -> i.kind().equals("LAYOUT"));
        assertThat(p.cell("APP", "granted", "total").getN()).isEqualTo(1L);
        assertThat(p.cell("APP", "denied.1", "total").getN()).isZero();
    }
}
