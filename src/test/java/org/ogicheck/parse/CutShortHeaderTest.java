package org.ogicheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Layout;
import org.ogicheck.model.Severity;
import org.ogicheck.read.Readers;

/**
 * Issue 10: a 第二十条 header whose names a page cut short (weishan.gov.cn 两城镇 2020:
 * http://www.weishan.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=113708260043292687&fbtime=2020 has
 * 信息内容 | 本年新 | 本年新 | 对外公开总数量, each cell cut at its line break) was read as two columns (本年新 once, as a
 * merged cell's repeat), so every row was short of a cell and withheld. Names that start the format's names, in its
 * order, are the format's header when exactly one edition's names fit.
 */
class CutShortHeaderTest {

    static Stream<String> reports() throws Exception {
        try (Stream<java.nio.file.Path> s = Files.list(TestSupport.corpus("text"))) {
            return s.map(p -> "text/" + p.getFileName()).sorted().toList().stream();
        }
    }

    /** every name of every 第二十条 header cut to its first three characters */
    private static String cutShort(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("信息内容 |")) {
                String[] cells = line.split("\\|", -1);
                for (int i = 1; i < cells.length; i++) {
                    String name = cells[i].strip();
                    cells[i] = " " + (name.length() > 3 ? name.substring(0, 3) : name) + " ";
                }
                line = String.join("|", cells);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static ParsedReport parse(String text) throws Exception {
        return new ReportParser().parse(Readers.read("t.txt", text.getBytes(StandardCharsets.UTF_8)), ReportParser.Options.NONE);
    }

    private static List<String> a20Cells(ParsedReport p) {
        return p.cells().stream().filter(c -> c.getTable().startsWith("A20."))
            .map(c -> c.getTable() + " " + c.getRow() + " " + c.getColumn() + " " + c.getValue().display()).sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void namesCutShortAreTheFormatsColumns(String report) throws Exception {
        String text = Files.readString(TestSupport.corpus(report), StandardCharsets.UTF_8);
        String cut = cutShort(text);
        assertThat(cut).isNotEqualTo(text);
        ParsedReport was = parse(text);
        ParsedReport now = parse(cut);
        assertThat(a20Cells(now)).isEqualTo(a20Cells(was));
        assertThat(errors(now)).isEqualTo(errors(was));
    }

    private static List<String> errors(ParsedReport p) throws Exception {
        return TestSupport.engine().check(p, "zh").findings().stream().filter(f -> f.getSeverity() == Severity.ERROR)
            .map(f -> f.getRuleId() + ":" + f.getTable() + ":" + f.getRow() + ":" + f.getColumn()).sorted().toList();
    }

    @Test
    void onlyNamesThatStartTheFormatsInItsOrderAndOnlyOneEditionsFit() {
        assertThat(Layout.a20CutShort("一", List.of("本年新", "本年新", "对外公开总数量"))).extracting(c -> c[0])
            .containsExactly("newMade", "newPublished", "totalPublished");
        // the format's names whole: no name cut short, the header is read as it is
        assertThat(Layout.a20CutShort("一", List.of("本年制发件数", "本年废止件数", "现行有效件数"))).isNull();
        // out of the format's order, or one name that starts none
        assertThat(Layout.a20CutShort("一", List.of("对外公开", "本年新", "本年新"))).isNull();
        assertThat(Layout.a20CutShort("一", List.of("本年新", "本年新", "合计"))).isNull();
        // fewer names than the format's columns
        assertThat(Layout.a20CutShort("一", List.of("本年新", "对外公开总数量"))).isNull();
        // （九） is the same in both editions
        assertThat(Layout.a20CutShort("九", List.of("采购项", "采购总"))).extracting(c -> c[0]).containsExactly("projects", "amount");
    }
}
