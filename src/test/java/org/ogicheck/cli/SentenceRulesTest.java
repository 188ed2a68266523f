package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules written as Chinese sentences and spreadsheet rows: a new pack works without a rebuild, mistakes are named in Chinese. */
class SentenceRulesTest {
    private static final Path JIANGSU = Path.of("examples/jiangsu");

    @Test
    void examplePackIsNotPartOfTheNationalRulesButLoadsWhenNamed() {
        CliRun national = CliRun.of("rules", "test", "--rules", "rules");
        assertThat(national.code()).isZero();
        assertThat(national.out()).doesNotContain("JS-001");
        CliRun both = CliRun.of("rules", "test", "--rules", "rules", "--rules", JIANGSU.toString());
        assertThat(both.code()).as(both.err()).isZero();
        assertThat(both.out()).contains("通过 JS-001", "通过 JS-002").doesNotContainPattern("(?m)^失败 ");
        CliRun check = CliRun.of("check", "--rules", "rules", "--rules", JIANGSU.toString(),
            JIANGSU.resolve("fixtures/JS-002/fail-review-total.txt").toString());
        assertThat(check.out()).contains("JS-002").contains("LIT-001");
        CliRun doc = CliRun.of("rules", "doc", "--rules", "rules", "--rules", JIANGSU.toString());
        assertThat(doc.out()).contains("规则（中文句子）：\n\n```\n如果\n    申请情况表 任一列 “本年新收”加“上年结转” 不等于")
            .contains("JS-002 复议诉讼总计,JS-002,INFO");
    }

    @Test
    void newSentenceInANewFolderIsPickedUp(@TempDir Path tmp) throws Exception {
        Path pack = Files.createDirectories(tmp.resolve("pack"));
        Files.writeString(pack.resolve("new.dslr"), """
            package rules.newpack
            import org.ogicheck.model.*
            import org.ogicheck.engine.Figures
            import java.util.List
            rule "NEW-001 申请情况表结转平衡"
                @id("NEW-001") @severity("WARNING") @category("application") @weight(1) @since("2024")
                @basis("示例")
            如果
                申请情况表 任一列 “本年新收”加“上年结转” 不等于 “(七)总计”加“结转下年度继续办理” 允许误差 1
            那么
                报告 不平衡
            结束
            """);
        Files.writeString(pack.resolve("messages_zh.properties"), "NEW-001.title=结转平衡\nNEW-001=“{0}”列相差{7}。\n");
        Files.writeString(pack.resolve("messages_en.properties"), "NEW-001.title=balance\nNEW-001=column {0} off by {7}\n");
        // off by one in two columns: tolerance 1 says nothing; APP-001 (tolerance 0) still does
        CliRun run = CliRun.of("check", "--rules", "rules", "--rules", pack.toString(), "fixtures/APP-001/fail-unbalanced-natural.txt");
        assertThat(run.err()).doesNotContain("NEW-001");
        assertThat(run.out()).contains("APP-001").doesNotContain("NEW-001");
        CliRun lint = CliRun.of("rules", "lint", "--rules", "rules", "--rules", pack.toString());
        assertThat(lint.out() + lint.err()).contains("NEW-001: 没有示例");
    }

    @Test
    void misspeltSentenceNamesFileLineAndNearestSentence(@TempDir Path tmp) throws Exception {
        Path pack = Files.createDirectories(tmp.resolve("pack"));
        Files.writeString(pack.resolve("bad.dslr"), """
            package rules.bad
            rule "BAD-001 x"
                @id("BAD-001") @severity("INFO") @category("application") @weight(1) @since("2024") @basis("示例")
            如果
                申请情况表 每一列 “本年新收” 不等于 “(七)总计”
            那么
                报告 不平衡
            结束
            """);
        CliRun run = CliRun.of("check", "--rules", "rules", "--rules", pack.toString(), "fixtures/APP-001/pass-huaian.txt");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("bad.dslr:5: 无法识别的句子“申请情况表 每一列 “本年新收” 不等于 “(七)总计””")
            .contains("最接近的写法：“申请情况表 任一列 {左} 不等于 {右}”").doesNotContain("Exception");
    }

    @Test
    void unknownRowNameIsRefusedWhenTheRulesLoad(@TempDir Path tmp) throws Exception {
        Path pack = Files.createDirectories(tmp.resolve("pack"));
        Files.writeString(pack.resolve("bad.dslr"), """
            package rules.bad
            import org.ogicheck.model.*
            import org.ogicheck.engine.Figures
            import java.util.List
            rule "BAD-001 x"
                @id("BAD-001") @severity("INFO") @category("application") @weight(1) @since("2024") @basis("示例")
            如果
                申请情况表 任一列 “本年收到” 不等于 “(七)总计”
            那么
                报告 不平衡
            结束
            """);
        CliRun run = CliRun.of("check", "--rules", "rules", "--rules", pack.toString(), "fixtures/APP-001/pass-huaian.txt");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("bad.dslr:8: 表APP中没有“本年收到”");
    }

    @Test
    void badSpreadsheetCellNamesSheetAndRow(@TempDir Path tmp) throws Exception {
        Path pack = Files.createDirectories(tmp.resolve("pack"));
        String csv = Files.readString(JIANGSU.resolve("jiangsu-tables.csv")).replace("\"LIT,false,", "\"LIT,fasle,");
        Files.writeString(pack.resolve("t.csv"), csv);
        CliRun run = CliRun.of("check", "--rules", "rules", "--rules", pack.toString(), "fixtures/APP-001/pass-huaian.txt");
        assertThat(run.code()).isEqualTo(2);
        // the rule guard reads the generated rule and names the sheet, the row and the word it cannot resolve
        assertThat(run.err()).contains("t.csv: 工作表“t.csv”第10行：", "fasle").doesNotContain("Exception");
        assertThat(run.err().lines().count()).isEqualTo(1);
    }
}
