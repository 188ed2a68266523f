package org.ogicheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serving a copy of the rules: an edit changes the next answer; a broken edit shows the banner and changes nothing. */
class HotReloadTest {
    private static final Path REPORT = Path.of("..", "shared", "corpus", "text", "2020_jianggan_amr_department.txt");

    @TempDir
    Path tmp;

    @Test
    void editIsPickedUpAndABrokenEditKeepsTheRulesServing() throws Exception {
        Path rules = Served.copyRules(tmp);
        byte[] report = Files.readAllBytes(REPORT);
        try (Served served = Served.start(rules)) {
            List<String> before = Served.ids(Served.json(served.check("jianggan.txt", report)));
            assertThat(before).contains("A20-006");

            Path a20 = rules.resolve("article20.dslr");
            String good = Files.readString(a20);
            Files.writeString(a20, good.replace("rule \"A20-006 change without direction\"",
                "rule \"A20-006 change without direction\" oops"));
            Served.await(() -> !served.rules.error().isEmpty());
            int line = lineOf(good, "rule \"A20-006 change without direction\"");
            for (String page : List.of("/", "/rules", "/rules/LIT-001")) {
                assertThat(served.get(page).body()).as(page).contains("class=\"banner\"", "article20.dslr:" + line, "仍在使用上一版规则");
            }
            assertThat(Served.json(served.get("/health")).get("rulesErrors").get(0).asText()).contains("article20.dslr:" + line);
            assertThat(Served.ids(Served.json(served.check("jianggan.txt", report)))).as("answers unchanged").isEqualTo(before);

            Files.writeString(a20, good.replace("第二十条各表 任一“本年增/减”单元格", "年度报告 使用2021年格式\n    第二十条各表 任一“本年增/减”单元格"));
            Served.await(() -> served.rules.error().isEmpty() && served.rules.generation() == 2);
            List<String> after = Served.ids(Served.json(served.check("jianggan.txt", report)));
            assertThat(after).doesNotContain("A20-006").contains("A20-008");
            assertThat(served.get("/").body()).doesNotContain("class=\"banner\"");
            assertThat(served.get("/rules").body()).contains("第 2 版");
        }
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
