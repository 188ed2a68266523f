package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Fixtures;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.model.FixtureCase;
import org.ogicheck.model.Finding;

/**
 * Rules independent of each other: every national rule passes its fixtures with no other rule
 * loaded (`rules test --rule ID`), and a regional pack that replaces or imitates a national rule
 * does not change what another national rule finds.
 */
class RuleIndependenceTest {
    @TempDir
    Path tmp;

    @Test
    void rulesTestRuleRunsOnlyThatRule() {
        CliRun r = CliRun.of("rules", "test", "--rules", "rules", "--rule", "APP-002");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("通过 APP-002", "pass-missing-subrow.txt", "规则示例：5 个通过，0 个失败")
            .doesNotContain("APP-006", "APP-001", "缺少");
        CliRun en = CliRun.of("rules", "test", "--rules", "rules", "--rule", "APP-002", "--lang", "en");
        assertThat(en.out()).contains("PASS APP-002", "pass-missing-subrow.txt", "finding(s) as expected", "rules: 5 passed, 0 failed")
            .doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void anUnknownRuleIsOneChineseLineAndExitTwo() {
        CliRun r = CliRun.of("rules", "test", "--rules", "rules", "--rule", "APP-099");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("ogicheck rules test: [rules] 中没有规则 APP-099");
    }

    /** every rule alone gives exactly the findings its fixtures expect */
    @Test
    void everyNationalRulePassesItsFixturesAlone() throws Exception {
        List<String> failed = new ArrayList<>();
        int cases = 0;
        for (String id : Fixtures.ids(TestSupport.FIXTURES)) {
            Ogicheck alone = Ogicheck.load(List.of(TestSupport.RULES));
            if (!alone.rules().rules().containsKey(id)) continue;
            alone.rules().retainOnly(Set.of(id));
            for (FixtureCase c : Fixtures.run(alone, TestSupport.FIXTURES, id)) {
                cases++;
                if (!c.passed()) failed.add(id + " " + c.file().getFileName() + ": " + c.detail());
            }
        }
        assertThat(failed).isEmpty();
        assertThat(cases).isGreaterThan(150);
    }

    /** the test above can fail: the rules as they were (APP-002 waiting for APP-006's finding) fail it */
    @Test
    void theOldDependencyFailsWhenTheRuleRunsAlone() throws Exception {
        Ogicheck before = Ogicheck.load(List.of(Path.of("src/test/resources/rules-before")));
        before.rules().retainOnly(Set.of("APP-002"));
        List<FixtureCase> cases = Fixtures.run(before, TestSupport.FIXTURES, "APP-002");
        assertThat(cases).filteredOn(c -> !c.passed()).extracting(c -> c.file().getFileName().toString())
            .containsExactly("pass-missing-subrow.txt");
    }

    /**
     * A province replaces APP-006 by its own (here: a reminder that never fires on these reports). Before,
     * APP-002 waited for APP-006's finding, so the replacement made APP-002 report a false ERROR on a
     * report missing a row; now APP-002 judges the table itself and finds the same as without the pack.
     */
    @Test
    void aPackReplacingAnotherRuleDoesNotChangeAPP002() throws Exception {
        Path pack = tmp.resolve("province");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("app006.drl"), """
            package rules.province
            import org.ogicheck.model.*
            import org.ogicheck.engine.Emit

            rule "APP-006 province's own row check"
                @id("APP-006") @severity("WARNING") @category("application") @weight(1) @since("2026")
                @basis("某省政务公开办")
            when
                $t : TableFact(id == "APP", caption == "（本省不用）")
            then
                insert(Emit.finding(drools.getRule()).table("APP").src($t.getSrc()).args("—"));
            end
            """);
        Ogicheck national = TestSupport.engine();
        Ogicheck layered = Ogicheck.load(List.of(TestSupport.RULES, pack));
        assertThat(layered.rules().rules().get("APP-006").file().toString()).contains("province");
        for (String f : List.of("APP-002/pass-missing-subrow.txt", "APP-006/fail-missing-row.txt", "APP-006/fail-missing-other.txt",
            "APP-002/fail-outcomes-exceed-total.txt")) {
            Path report = TestSupport.FIXTURES.resolve(f);
            assertThat(app002(layered, report)).as(f).isEqualTo(app002(national, report));
        }
        assertThat(app002(layered, TestSupport.FIXTURES.resolve("APP-002/pass-missing-subrow.txt"))).isEmpty();
        assertThat(app002(layered, TestSupport.FIXTURES.resolve("APP-002/fail-outcomes-exceed-total.txt"))).hasSize(2);
    }

    /** a pack rule cannot report under another rule's ID: a Finding is made only by Emit.finding(drools.getRule()) */
    @Test
    void aPackRuleCannotMakeAFindingWithANationalId() throws IOException {
        Path pack = tmp.resolve("forger");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("js.drl"), """
            package rules.forger
            import org.ogicheck.model.*

            rule "JS-009 says APP-006"
                @id("JS-009") @severity("INFO") @category("application") @weight(0) @since("2026")
                @basis("某省")
            when
                TableFact(id == "APP")
            then
                insert(new Finding("APP-006", "APP-006 x", "ERROR", "application", "x", 3));
            end
            """);
        Files.writeString(pack.resolve("messages_zh.properties"), "JS-009.title=x\nJS-009=x\n");
        Files.writeString(pack.resolve("messages_en.properties"), "JS-009.title=x\nJS-009=x\n");
        CliRun r = CliRun.of("check", "--rules", "rules", "--rules", pack.toString(), "fixtures/APP-002/fail-outcomes-exceed-total.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1).allMatch(l -> l.contains("js.drl:10") && l.contains("Finding"));
    }

    private static List<String> app002(Ogicheck engine, Path report) throws Exception {
        List<String> out = new ArrayList<>();
        for (Finding f : engine.check(Ogicheck.parse(report, org.ogicheck.parse.ReportParser.Options.NONE), "zh").findings()) {
            if (f.getRuleId().equals("APP-002")) out.add(f.locationKey() + " " + f.getMessage());
        }
        return out;
    }
}
