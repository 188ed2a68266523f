package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Baseline;
import org.ogicheck.workspace.Rosters;

/** ogicheck import and account, and serve's refusal to serve a workspace beyond this computer without accounts. */
class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void importRecheckAfterARuleChangeAndExportTheReviews() throws Exception {
        String ws = dir.resolve("ws").toString();
        Path roster = Rosters.corpus(dir.resolve("roster.xlsx"));
        String txt = TestSupport.corpus("text/2023_hongzequ_county.txt").toString();
        String pdf = TestSupport.corpus("pdf/2023_hongzequ_county.pdf").toString();
        CliRun first = CliRun.of("import", txt, pdf, "--workspace", ws, "--roster", roster.toString(), "--region", "淮安市");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("名单 " + roster + "：6 个单位").contains("新增      洪泽区人民政府 2023 年度报告（2023_hongzequ_county.txt")
            .contains("共 2 份：新增 2，重新检查 0，未变 0，未能检查 0");
        assertThat(dir.resolve("ws").resolve("roster.xlsx")).isRegularFile();
        assertThat(CliRun.of("import", txt, "--workspace", ws).out()).contains("已有").contains("规则未变，未重新检查");

        Path changed = TestSupport.copyRules(dir.resolve("rules2"));
        Files.delete(changed.resolve("government.drl"));
        CliRun again = CliRun.of("import", txt, "--workspace", ws, "--rules", changed.toString(), "--export-reviews", dir.resolve("w.json").toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("重新检查  洪泽区人民政府 2023 年度报告").contains("消失 3 项").contains("    - GOV-001 ");
        assertThat(Baseline.read(dir.resolve("w.json")).entries()).isEmpty();

        CliRun missing = CliRun.of("import", "no-such-report.txt", "--workspace", ws);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.out()).contains("未能检查  no-such-report.txt");
    }

    @Test
    void aBaselineBecomesDismissalsThatExportAgain() throws Exception {
        String ws = dir.resolve("ws").toString();
        String txt = TestSupport.corpus("text/2024_hongzequ_county.txt").toString();
        Path baseline = dir.resolve("b.json");
        assertThat(CliRun.of("check", txt, "--write-baseline", baseline.toString()).code()).isLessThan(2);
        CliRun r = CliRun.of("import", txt, "--workspace", ws, "--baseline", baseline.toString(), "--export-reviews", dir.resolve("out.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        int n = Baseline.read(baseline).entries().size();
        assertThat(r.out()).contains("基线 " + baseline + "：" + n + " 条记为不予采纳");
        assertThat(Baseline.read(dir.resolve("out.json")).entries()).hasSize(n);
    }

    @Test
    void servingAWorkspaceBeyondThisComputerNeedsAnAccount() throws Exception {
        String ws = dir.resolve("ws").toString();
        CliRun r = CliRun.of("serve", "--workspace", ws, "--host", "0.0.0.0", "--port", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("工作区没有账号").contains("ogicheck account");
        var stdin = Inputs.stdin;
        try {
            Inputs.stdin = () -> new java.io.ByteArrayInputStream("short\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            CliRun weak = CliRun.of("account", "--workspace", ws, "--add", "shi", "--role", "regulator");
            assertThat(weak.code()).isEqualTo(2);
            assertThat(weak.err()).contains("密码至少 8 个字符");
            Inputs.stdin = () -> new java.io.ByteArrayInputStream("a-long-password\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            CliRun ok = CliRun.of("account", "--workspace", ws, "--add", "shi", "--role", "regulator");
            assertThat(ok.code()).as(ok.err()).isZero();
            assertThat(ok.out()).contains("账号 shi（regulator）已添加");
            CliRun bureau = CliRun.of("account", "--workspace", ws, "--add", "hz", "--role", "bureau");
            assertThat(bureau.code()).isEqualTo(2);
            assertThat(bureau.err()).contains("--agency");
        } finally {
            Inputs.stdin = stdin;
        }
    }
}
