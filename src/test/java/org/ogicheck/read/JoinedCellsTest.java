package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogicheck.read.PastedTextTest.blocks;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A row's numbers run together: its cells only when exactly one split is possible. */
class JoinedCellsTest {

    @Test
    void aRunUnderOneColumnIsThatCell() {
        assertThat(JoinedCells.split(List.of("447228"), 1)).containsExactly("447228");
        assertThat(JoinedCells.split(List.of("12", "3"), 1)).isNull();
    }

    @Test
    void zerosOneAColumnSplitOneWayOnly() {
        assertThat(JoinedCells.split(List.of("000"), 3)).containsExactly("0", "0", "0");
        assertThat(JoinedCells.split(List.of("0000000"), 7)).containsExactly("0", "0", "0", "0", "0", "0", "0");
        assertThat(JoinedCells.split(List.of("0", "00"), 3)).containsExactly("0", "0", "0");
    }

    @Test
    void aRunThatSplitsMoreThanOneWayIsNoRow() {
        // 6|6|49, 6|64|9, 66|4|9, and 664|9 or 6|649 beside a blank cell
        assertThat(JoinedCells.split(List.of("6649"), 3)).isNull();
        // 1|0|1, or 10|1 beside a blank cell that may stand anywhere
        assertThat(JoinedCells.split(List.of("101"), 3)).isNull();
        // two zeros under three columns: which one is blank cannot be told
        assertThat(JoinedCells.split(List.of("00"), 3)).isNull();
        // four zeros under three columns: "00" is no cell
        assertThat(JoinedCells.split(List.of("0000"), 3)).isNull();
    }

    @Test
    void onlyDigitsAreSplit() {
        assertThat(JoinedCells.split(List.of("96171.6"), 3)).isNull();
        assertThat(JoinedCells.split(List.of("/"), 3)).isNull();
        assertThat(JoinedCells.split(List.of(), 3)).isNull();
    }

    private static final String A20 = "第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n%s\n%s\n第二十条第（五）项\n信息内容\n"
        + "本年处理决定数量\n%s\n三、收到和处理政府信息公开申请情况";

    @Test
    void aLabelWithItsCellsRunIntoItIsReadWhenOneSplitFits() throws ReadException {
        assertThat(blocks(String.format(A20, "规章000", "行政规范性文件 6649", "行政许可12"))).contains("R[规章, 0, 0, 0]",
            "R[行政规范性文件, 6649 [1个数值，表头有3列，无法确定各数值所在的列], [?], [?]]", "R[行政许可, 12]");
        assertThat(blocks(String.format(A20, "规章\n000", "行政规范性文件\n6649", "行政许可\n12"))).contains("R[规章, 0, 0, 0]",
            "R[行政规范性文件, 6649 [1个数值，表头有3列，无法确定各数值所在的列], [?], [?]]", "R[行政许可, 12]");
    }
}
