package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.junit.jupiter.api.io.TempDir;

/** Rules live outside the jar: a change under the rules folder takes effect on the next run; broken rules stop with exit 2. */
class RulesAtRunTimeTest {
    private static final String REPORT = "fixtures/reports/2020_jianggan_amr_department.txt";

    @TempDir
    Path tmp;

    private Path copyRules() throws IOException {
        Path dir = TestSupport.copyRules(tmp.resolve("rules"));
        return dir;
    }

    @Test
    void anAddedRuleFiresWithoutRebuild() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("local.drl"), """
            package rules.local
            import org.ogicheck.model.*
            import org.ogicheck.engine.Emit

            rule "TST-001 procurement over ten projects"
                @id("TST-001") @severity("ERROR") @category("proactive") @weight(1) @since("2026") @basis("本地规则")
            when
                $c : Cell(table == "A20.九", column == "projects", n != null, n > 10)
            then
                insert(Emit.finding(drools.getRule()).at($c).args($c.getN()));
            end
            """);
        Files.writeString(rules.resolve("messages_zh.properties"),
            Files.readString(rules.resolve("messages_zh.properties")) + "\nTST-001=采购项目{0}个，超过10个。\n");
        CliRun r = CliRun.of("check", "--rules", rules.toString(), REPORT);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("TST-001").contains("采购项目15个，超过10个。");
        assertThat(CliRun.of("rules", "list", "--rules", rules.toString()).out()).contains("TST-001");
    }

    @Test
    void aRemovedRuleNoLongerFires() throws IOException {
        Path rules = copyRules();
        String a20 = Files.readString(rules.resolve("article20.dslr"));
        int start = a20.indexOf("rule \"A20-006");
        int end = a20.indexOf("\n结束\n", start) + 4;
        Files.writeString(rules.resolve("article20.dslr"), a20.substring(0, start) + a20.substring(end));
        CliRun r = CliRun.of("check", "--rules", rules.toString(), REPORT);
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("A20-006").contains("A20-008");
    }

    @Test
    void aBrokenRuleFileStopsWithFileAndLine() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("broken.drl"), """
            package rules.broken
            import org.ogicheck.model.*

            rule "BRK-001 broken"
                @id("BRK-001")
            when
                Report( year > 2000
            then
            end
            """);
        CliRun r = CliRun.of("check", "--rules", rules.toString(), REPORT);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).isNotEmpty().allMatch(l -> l.matches("ogicheck: .*broken\\.drl:\\d+: .+"));
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aRuleThatReTriggersItselfIsCapped() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("loop.drl"), """
            package rules.loop
            import org.ogicheck.model.*

            rule "LOOP-001 loops"
                @id("LOOP-001") @severity("INFO") @category("quality") @weight(0) @since("2026") @basis("-")
            when
                $r : Report()
            then
                update($r);
            end
            """);
        TestSupport.addMessage(rules, "LOOP-001", "反复触发");
        CliRun r = CliRun.of("check", "--rules", rules.toString(), REPORT);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("反复触发自己").doesNotContain("\tat ");
        CliRun en = CliRun.of("check", "--lang", "en", "--rules", rules.toString(), REPORT);
        assertThat(en.err()).contains("re-triggers itself").doesNotContain("\tat ");
    }

    @Test
    void missingRulesFolderIsAUsageError() {
        CliRun r = CliRun.of("check", "--rules", tmp.resolve("nope").toString(), REPORT);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("nope", "规则文件夹不存在");
        CliRun en = CliRun.of("check", "--lang", "en", "--rules", tmp.resolve("nope").toString(), REPORT);
        assertThat(en.code()).isEqualTo(2);
        assertThat(en.err()).contains("nope", "rules folder not found");
    }
}
