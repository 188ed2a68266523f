package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogicheck.model.Value;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.testing.Gen;

/**
 * Properties of the grid builder and the text and HTML readers: on any input they give a document
 * or a {@link ReadException} (one line naming the source), never another exception; the parser
 * then gives facts without an exception, and no blank or dash cell holds a number.
 */
class ReaderPropertiesTest {
    private static final String[] LINES = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |", "规章 | 0 | 0 | 0 |", "行政许可 | 1 | 加2 | 3 |",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |",
        "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |", "本年收到申请12件，其中：答复10件，其他2件。",
        "| | |", "\t\t", "a\tb\tc", "第二十条第（一）项 | | |", "行政复议 | 结果维持 | 结果纠正 |"};
    private static final String[] TAGS = {"<p>", "</p>", "<table>", "</table>", "<tr>", "<td>", "</td>", "<td colspan=\"99999\">",
        "<td rowspan=\"0\">", "<th rowspan=abc>", "<br>", "<div>", "<h2>", "<span style=\"display:none\">", "<caption>",
        "<meta charset=\"gbk\">", "<!--", "-->", "<script>", ""};

    private static String report(Gen g) {
        List<String> lines = new ArrayList<>();
        int n = g.between(0, 40);
        for (int i = 0; i < n; i++) {
            lines.add(switch (g.between(0, 3)) {
                case 0, 1 -> g.oneOf(LINES);
                case 2 -> g.of("|\t 0123456789一二三、（）件条加减—/", 0, 40);
                default -> g.text(60);
            });
        }
        return String.join("\n", lines);
    }

    private static void readsOrRefusesInOneLine(String name, byte[] bytes, boolean html) {
        Document doc;
        try {
            doc = html ? new HtmlReader().read(name, bytes) : new TextReader().read(name, bytes);
        } catch (ReadException e) {
            assertThat(e.getMessage()).startsWith(name).doesNotContain("\n");
            return;
        }
        ParsedReport p = new ReportParser().parse(doc, ReportParser.Options.NONE);
        assertThat(p.report()).isNotNull();
        p.cells().forEach(c -> {
            Value.Kind k = c.getRead().getKind();
            if (k == Value.Kind.BLANK || k == Value.Kind.DASH || k == Value.Kind.UNREADABLE) {
                assertThat(c.getRead().getNumber()).as(c.toString()).isNull();
            }
        });
    }

    @Test
    void theGridBuilderTakesAnyPlacementAndStaysBounded() {
        Gen.forAll(11, 400, g -> {
            List<Object[]> cells = new ArrayList<>();
            int n = g.between(0, 80);
            for (int i = 0; i < n; i++) {
                cells.add(new Object[] {g.between(0, 30), g.bool() ? g.oneOf("", " ", "12", "—", "行政许可", "/") : g.text(6),
                    g.between(-3, 2_000), g.between(-3, 2_000)});
            }
            return new Object[] {g.bool(), cells};
        }, in -> {
            boolean word = (Boolean) in[0];
            @SuppressWarnings("unchecked") List<Object[]> cells = (List<Object[]>) in[1];
            Grid grid = new Grid();
            for (Object[] c : cells) {
                int row = (Integer) c[0];
                int a = (Integer) c[2];
                int b = (Integer) c[3];
                if (word) grid.put(row, Math.abs(a) % 50, (String) c[1], b);
                else grid.add(row, (String) c[1], a, b, 30);
            }
            assertThat(grid.size()).isLessThanOrEqualTo(Grid.MAX_CELLS);
            int positions = 0;
            for (Block blk : grid.blocks(1)) {
                assertThat(blk.isRow()).isTrue();
                assertThat(blk.cellSrcs()).hasSameSizeAs(blk.cells());
                positions += blk.cells().size();
            }
            assertThat(positions).isLessThanOrEqualTo(Grid.MAX_CELLS);
        });
    }

    @Test
    void theTextReaderTakesAnyText() {
        Gen.forAll(12, 500, ReaderPropertiesTest::report, t -> readsOrRefusesInOneLine("t.txt", t.getBytes(StandardCharsets.UTF_8), false));
    }

    @Test
    void theTextReaderTakesAnyBytes() {
        Gen.forAll(13, 500, g -> g.bytes(400), b -> readsOrRefusesInOneLine("b.txt", b, false));
    }

    @Test
    void theHtmlReaderTakesAnyPage() {
        Gen.forAll(14, 400, g -> {
            StringBuilder sb = new StringBuilder("<html><body>");
            for (String l : report(g).split("\n")) sb.append(g.oneOf(TAGS)).append(l).append(g.oneOf(TAGS));
            return sb.append("</body></html>").toString();
        }, html -> readsOrRefusesInOneLine("p.html", html.getBytes(StandardCharsets.UTF_8), true));
    }
}
