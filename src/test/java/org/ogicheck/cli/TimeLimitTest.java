package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;

/** A check that does not end is abandoned past --timeout-s: one line, exit 2, the process goes on. */
class TimeLimitTest {
    private static final String REPORT = "fixtures/reports/2020_jianggan_amr_department.txt";

    @TempDir
    Path tmp;

    @Test
    void aRuleThatNeverEndsIsStoppedByTheTimeLimit() throws IOException, InterruptedException {
        Path rules = TestSupport.copyRules(tmp.resolve("rules"));
        // no loop (the guard refuses loops), but 2^62 calls: it would run for ages
        Files.writeString(rules.resolve("slow.drl"), """
            package rules.slow
            import org.ogicheck.model.*

            function long grow(int n) {
                return n <= 0 ? 1 : grow(n - 1) + grow(n - 1);
            }

            rule "SLOW-001 never ends"
                @id("SLOW-001") @severity("INFO") @category("quality") @weight(0) @since("2026") @basis("-")
            when
                Report()
                eval(grow(62) > 0)
            then
            end
            """);
        TestSupport.addMessage(rules, "SLOW-001", "很慢");
        long t0 = System.nanoTime();
        CliRun r = CliRun.of("check", "--timeout-s", "2", "--rules", rules.toString(), REPORT);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("2020_jianggan_amr_department.txt").contains("超过时间限制 2 秒").doesNotContain("\tat ");
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(seconds).isLessThan(30);

        // right after, a normal check runs at once and gives its verdict
        CliRun ok = CliRun.of("check", "--timeout-s", "60", "--format", "json", REPORT);
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("\"scorecard\"");
        // and the abandoned worker is stopped soon after (a second after its interruption, see Deadline)
        long until = System.nanoTime() + 10_000_000_000L;
        while (runaway() && System.nanoTime() < until) Thread.sleep(100);
        assertThat(runaway()).as("the runaway rule's worker still runs").isFalse();
    }

    @Test
    void theCommandsThatReadAReportTakeTheOptionTheirTimeLineNames() {
        // before: parse, explain and rules diff (and mutate, since) said "--timeout-s" in their time-limit line and refused the option
        for (List<String> cmd : List.of(List.of("parse"), List.of("explain"), List.of("rules", "diff", "--old", "rules", "--new", "rules"),
            List.of("mutate", "--break", "APP-001"))) {
            List<String> help = new java.util.ArrayList<>(cmd);
            help.add("--help");
            assertThat(CliRun.of(help.toArray(String[]::new)).out()).as(cmd.toString()).contains("--timeout-s").contains("时间上限");
            List<String> run = new java.util.ArrayList<>(cmd);
            run.addAll(List.of("--timeout-s", "30", REPORT));
            CliRun r = CliRun.of(run.toArray(String[]::new));
            assertThat(r.code()).as(cmd + " " + r.err()).isIn(0, 1);
            assertThat(r.err()).doesNotContain("--timeout-s");
        }
    }

    private static boolean runaway() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("ogicheck-check") && t.isAlive()
            && java.util.Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getMethodName().contains("grow")));
    }
}
