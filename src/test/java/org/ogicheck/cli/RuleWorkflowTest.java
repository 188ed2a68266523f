package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;

/** The regulator's workflow without Java: a new rule in a regional pack is tested, listed, documented and fires. */
class RuleWorkflowTest {
    private static final String REPORT = "fixtures/reports/2020_jianggan_amr_department.txt";

    @TempDir
    Path tmp;

    private Path regionalPack() throws IOException {
        Path pack = tmp.resolve("jiangsu");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("JS-001.drl"), """
            package rules.jiangsu
            import org.ogicheck.model.*
            import org.ogicheck.engine.Emit

            rule "JS-001 procurement projects reported"
                @id("JS-001") @severity("WARNING") @category("proactive") @weight(1) @since("2026")
                @basis("江苏省政务公开办：政府集中采购项目数量应大于0")
            when
                $c : Cell(table == "A20.九", column == "projects", n != null, n == 0)
            then
                insert(Emit.finding(drools.getRule()).at($c).args($c.getN()));
            end
            """);
        Files.writeString(pack.resolve("messages_zh.properties"), "JS-001.title=采购项目数量大于0\nJS-001=政府集中采购项目数量为{0}。\n");
        Files.writeString(pack.resolve("messages_en.properties"), "JS-001.title=Procurement projects reported\nJS-001=Procurement projects: {0}.\n");
        Path fx = tmp.resolve("fixtures").resolve("JS-001");
        Files.createDirectories(fx);
        String clean = Files.readString(Path.of(REPORT));
        Files.writeString(fx.resolve("pass-jianggan.txt"), clean);
        Files.writeString(fx.resolve("fail-no-projects.txt"), clean.replace("政府集中采购 | 15 |", "政府集中采购 | 0 |"));
        Files.writeString(fx.resolve("expected"), """
            # JS-001: procurement projects must be reported
            pass-jianggan.txt: none
            fail-no-projects.txt: JS-001 table=A20.九 row=procurement column=projects
            """);
        return pack;
    }

    @Test
    void aRegionalRuleIsTestedListedDocumentedAndFires() throws IOException {
        Path pack = regionalPack();
        String fixtures = tmp.resolve("fixtures").toString();
        CliRun test = CliRun.of("rules", "test", "--rules", "rules", "--rules", pack.toString(), "--fixtures", fixtures);
        assertThat(test.out()).contains("通过 JS-001").contains("规则示例：2 个通过，0 个失败");
        assertThat(test.code()).isZero();

        CliRun list = CliRun.of("rules", "list", "--rules", "rules", "--rules", pack.toString());
        assertThat(list.out()).contains("JS-001").contains("jiangsu").contains("APP-001");

        CliRun doc = CliRun.of("rules", "doc", "--rules", "rules", "--rules", pack.toString(), "--fixtures", fixtures);
        assertThat(doc.out()).contains("## JS-001 采购项目数量大于0").contains("江苏省政务公开办").contains("fail-no-projects.txt");

        CliRun html = CliRun.of("rules", "doc", "--format", "html", "--rules", "rules", "--rules", pack.toString(), "--fixtures", fixtures);
        assertThat(Jsoup.parse(html.out()).getElementById("JS-001")).isNotNull();

        Path broken = tmp.resolve("broken.txt");
        Files.writeString(broken, Files.readString(Path.of(REPORT)).replace("政府集中采购 | 15 |", "政府集中采购 | 0 |"));
        CliRun check = CliRun.of("check", "--rules", "rules", "--rules", pack.toString(), broken.toString());
        assertThat(check.out()).contains("JS-001").contains("政府集中采购项目数量为0。");
    }

    @Test
    void aLaterPackReplacesARuleWithTheSameId() throws IOException {
        Path pack = tmp.resolve("strict");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("override.drl"), """
            package rules.strict
            import org.ogicheck.model.*
            import org.ogicheck.engine.Emit

            rule "A20-006 change without direction, as an error"
                @id("A20-006") @severity("ERROR") @category("proactive") @weight(3) @since("2026") @basis("本省要求")
            when
                $c : Cell(table matches "A20\\\\..*", column == "change", n != null, n != 0, value.direction == 0)
            then
                insert(Emit.finding(drools.getRule()).at($c).args($c.getRowLabel(), $c.getValue().display(), "本省要求写明方向"));
            end
            """);
        CliRun check = CliRun.of("check", "--format", "json", "--rules", "rules", "--rules", pack.toString(), REPORT);
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("\"severity\" : \"ERROR\"").contains("本省要求");
        CliRun list = CliRun.of("rules", "list", "--rules", "rules", "--rules", pack.toString());
        assertThat(list.out()).containsPattern("A20-006 +错误 .*override\\.drl");
        assertThat(CliRun.of("rules", "list", "--rules", "rules", "--rules", pack.toString(), "--lang", "en").out())
            .containsPattern("A20-006 +ERROR +\\S.* +3 .*override\\.drl");
    }

    @Test
    void aRuleCallingSystemExitIsRefusedByLintAndByCheck() throws IOException {
        Path pack = tmp.resolve("evil");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("evil.drl"), """
            package rules.evil
            import org.ogicheck.model.*

            rule "EVL-001 exits"
                @id("EVL-001") @severity("INFO") @category("quality") @weight(0) @since("2026") @basis("-")
            when
                Report()
            then
                System.exit(3);
            end
            """);
        CliRun check = CliRun.of("check", "--rules", "rules", "--rules", pack.toString(), REPORT);
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains("evil.drl:9: ").contains("System");
        CliRun lint = CliRun.of("rules", "lint", "--rules", pack.toString());
        assertThat(lint.code()).isEqualTo(1);
        assertThat(lint.err()).contains("evil.drl:9");
        Files.writeString(pack.resolve("evil.drl"), "package rules.evil\nimport java.io.File\n");
        assertThat(CliRun.of("rules", "lint", "--rules", pack.toString()).err()).contains("evil.drl:2: 不允许导入 java.io.File");
    }

    @Test
    void lintOfTheShippedRulesFindsNothing() {
        CliRun lint = CliRun.of("rules", "lint");
        assertThat(lint.out()).contains(" 条规则，0 个问题");
        assertThat(CliRun.of("rules", "lint", "--lang", "en").out()).contains(" rules, 0 problem(s)");
        assertThat(lint.code()).isZero();
    }

    @Test
    void diffShowsGainedFindingsAndScoreChange() throws IOException {
        Path newRules = TestSupport.copyRules(tmp.resolve("new"));
        Files.writeString(newRules.resolve("parameters.csv"), "name,value,description\nsec006.minLength,1000,stricter\n");
        CliRun diff = CliRun.of("rules", "diff", "--old", "rules", "--new", newRules.toString(), REPORT,
            TestSupport.corpus("text/2024_huaian_city.txt").toString());
        assertThat(diff.code()).isZero();
        assertThat(diff.out()).contains("+ 警告 SEC-006").contains("合计：2 份报告，新增 2 条问题，消失 0 条");
        CliRun en = CliRun.of("rules", "diff", "--old", "rules", "--new", newRules.toString(), REPORT,
            TestSupport.corpus("text/2024_huaian_city.txt").toString(), "--lang", "en");
        assertThat(en.out()).contains("+ WARNING SEC-006").contains("total: 2 reports, +2 −0 findings");
        // a report that cannot be read is named on stderr, the others are compared, and the run says so with exit 2
        Path garbled = tmp.resolve("garbled.pdf");
        Files.write(garbled, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});
        CliRun partly = CliRun.of("rules", "diff", "--old", "rules", "--new", newRules.toString(), REPORT, garbled.toString());
        assertThat(partly.code()).isEqualTo(2);
        assertThat(partly.err()).contains("garbled.pdf");
        assertThat(partly.out()).contains("合计：1 份报告", "1 份报告未能比较");
    }

    @Test
    void mutateWritesABrokenCopyAndDemoWalksThrough() throws IOException {
        Path out = tmp.resolve("broken.txt");
        CliRun m = CliRun.of("mutate", REPORT, "--break", "LIT-001", "--out", out.toString());
        assertThat(m.code()).isZero();
        assertThat(m.err()).contains("LIT-001");
        CliRun check = CliRun.of("check", "--format", "json", out.toString());
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("LIT-001");
        CliRun demo = CliRun.of("demo", "APP-001");
        assertThat(demo.out()).contains("【规则】APP-001", "【改动】", "【改后报告】", "推导：");
        assertThat(CliRun.of("demo").out()).contains("SEC-001", "LIT-003");
        assertThat(CliRun.of("mutate", REPORT, "--break", "A20-004").code()).isEqualTo(2);
    }
}
