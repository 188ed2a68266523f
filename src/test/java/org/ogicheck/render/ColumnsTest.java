package org.ogicheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogicheck.cli.CliRun;

/** Terminal columns by display width: the scorecard lines up in Chinese and in English. */
class ColumnsTest {
    @Test
    void chineseCharactersTakeTwoColumns() {
        assertThat(Columns.width("结构完整")).isEqualTo(8);
        assertThat(Columns.width("（一）ab")).isEqualTo(8);
        assertThat(Columns.left("时效", 6)).isEqualTo("时效  ");
        assertThat(Columns.right("5", 3)).isEqualTo("  5");
    }

    /** the display column at which " / " stands on each scorecard line of `check` */
    private static List<Integer> slashColumns(String lang) {
        String out = CliRun.of("check", "--lang", lang, "fixtures/reports/2020_jianggan_amr_department.txt").out();
        return out.lines().filter(l -> l.startsWith("  ") && l.matches(".* \\d+(\\.\\d+)? / \\d+$"))
            .map(l -> Columns.width(l.substring(0, l.lastIndexOf(" / ")))).toList();
    }

    @Test
    void scorecardColumnsAlignByDisplayWidth() {
        for (String lang : List.of("zh", "en")) {
            List<Integer> cols = slashColumns(lang);
            assertThat(cols).as(lang).hasSize(8);
            assertThat(cols.stream().distinct()).as(lang + ": every ' / ' in one display column").hasSize(1);
        }
    }
}
