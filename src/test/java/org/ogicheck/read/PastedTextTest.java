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
    void invisibleCharactersOfCopiedPagesArePlain() throws ReadException {
        assertThat(blocks("\u00a0一、总体情况\u3000\n行政\u200b许可\t5\u00a0\t\ufeff\n")).containsExactly("L 一、总体情况",
            "R[行政许可, 5, ]");
    }

    @Test
    void barTextIsReadAsBefore() throws ReadException {
        assertThat(blocks("规章 | 0 | [注 | 释] |\n行政许可 | 550 |  |  |\n第二十条第（一）项 | |||"))
            .containsExactly("R[规章, 0, [注 | 释]]", "R[行政许可, 550, , ]", "R[第二十条第（一）项, ]");
    }
}
