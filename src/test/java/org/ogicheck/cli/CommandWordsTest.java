package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.workspace.Rosters;

/**
 * The lines of import, account, serve, demo and mutate, and their error lines, are Chinese by default and
 * have no Chinese character with --lang en but the report's own words (an agency's name, a cell's label, a
 * quoted phrase), file names and the legal basis a rule cites.
 */
class CommandWordsTest {
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** text quoted from the report: '…', "…" and “…” */
    private static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'|\"[^\"\\n]*\"|“[^”\\n]*”");
    private static final String REPORT = "fixtures/reports/2020_jianggan_amr_department.txt";

    @TempDir
    Path dir;

    /** the text without the report's own words (quoted, or named here) and without the test's folder */
    private String ours(String text, String... data) {
        String t = QUOTED.matcher(text.replace(dir.toString(), "DIR")).replaceAll("…");
        for (String d : data) t = t.replace(d, "…");
        return t;
    }

    private void english(String text, String... data) {
        assertThat(CJK.matcher(ours(text, data)).find()).as(text).isFalse();
        assertThat(text).as("something was said").isNotBlank();
    }

    private static void oneLine(CliRun r) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void importSpeaksTheLanguageAsked() throws Exception {
        String ws = dir.resolve("ws").toString();
        Path roster = Rosters.corpus(dir.resolve("roster.xlsx"));
        String txt = TestSupport.corpus("text/2023_hongzequ_county.txt").toString();
        CliRun first = CliRun.of("import", txt, "--workspace", ws, "--roster", roster.toString(), "--region", "淮安市", "--lang", "en");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("roster " + roster + ": 6 agencies", "added      洪泽区人民政府: annual report 2023 (2023_hongzequ_county.txt, id 1): score ",
            "1 input(s): 1 added, 0 rechecked, 0 unchanged, 0 not checked");
        english(first.out(), "洪泽区人民政府");

        Path changed = TestSupport.copyRules(dir.resolve("rules2"));
        Files.delete(changed.resolve("government.drl"));
        CliRun again = CliRun.of("import", txt, "no-such-report.txt", "--workspace", ws, "--rules", changed.toString(), "--lang", "en");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.out()).contains("rechecked  洪泽区人民政府: annual report 2023", "3 lost", "    - GOV-001 ",
            "unchecked  no-such-report.txt: file not found");
        // a finding gained or lost is the rule's message (its arguments may be the report's words): not the command's
        english(again.out().lines().filter(l -> !l.startsWith("    - ") && !l.startsWith("    + ")).reduce("", (x, y) -> x + y + "\n"), "洪泽区人民政府");
        assertThat(CliRun.of("import", txt, "--workspace", ws, "--rules", changed.toString()).out())
            .contains("已有      洪泽区人民政府 2023 年度报告", "规则未变，未重新检查");

        Path missing = dir.resolve("no-roster.xlsx");
        CliRun noRoster = CliRun.of("import", txt, "--workspace", ws, "--roster", missing.toString(), "--lang", "en");
        oneLine(noRoster);
        assertThat(noRoster.err()).contains("ogicheck import: " + missing + ": no such roster file");
        english(noRoster.err());
        assertThat(CliRun.of("import", txt, "--workspace", ws, "--roster", missing.toString()).err()).contains(missing + ": 名单文件不存在");

        CliRun mysql = CliRun.of("import", txt, "--workspace", ws, "--db", "mysql://x/y", "--lang", "en");
        oneLine(mysql);
        assertThat(mysql.err()).contains("--db mysql://x/y: not a PostgreSQL address");
        english(mysql.err());
        assertThat(CliRun.of("import", txt, "--workspace", ws, "--db", "mysql://x/y").err()).contains("--db mysql://x/y: 不是 PostgreSQL 地址");

        CliRun stdin = CliRun.of("import", "-", "--workspace", ws, "--lang", "en");
        oneLine(stdin);
        english(stdin.err());
        assertThat(CliRun.of("import", "-", "--workspace", ws).err()).contains("标准输入");
    }

    @Test
    void accountAndServeSpeakTheLanguageAsked() {
        String ws = dir.resolve("ws").toString();
        var stdin = Inputs.stdin;
        try {
            Inputs.stdin = () -> new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8));
            CliRun weak = CliRun.of("account", "--workspace", ws, "--add", "shi", "--role", "regulator", "--lang", "en");
            oneLine(weak);
            assertThat(weak.err()).contains("ogicheck account: the password must have at least 8 characters");
            english(weak.err());
            Inputs.stdin = () -> new ByteArrayInputStream("a-long-password\n".getBytes(StandardCharsets.UTF_8));
            CliRun bureau = CliRun.of("account", "--workspace", ws, "--add", "hz", "--role", "bureau", "--lang", "en");
            oneLine(bureau);
            english(bureau.err());
            CliRun role = CliRun.of("account", "--workspace", ws, "--add", "hz", "--role", "boss");
            oneLine(role);
            assertThat(role.err()).contains("角色应为 regulator");
            CliRun ok = CliRun.of("account", "--workspace", ws, "--add", "hz", "--role", "bureau", "--agency", "洪泽区人民政府", "--lang", "en");
            assertThat(ok.code()).as(ok.err()).isZero();
            assertThat(ok.out()).contains("account hz (bureau, 洪泽区人民政府) added");
            english(ok.out(), "洪泽区人民政府");
            CliRun twice = CliRun.of("account", "--workspace", ws, "--add", "hz", "--role", "bureau", "--agency", "洪泽区人民政府", "--lang", "en");
            oneLine(twice);
            assertThat(twice.err()).contains("the account hz exists already");
        } finally {
            Inputs.stdin = stdin;
        }
        String other = dir.resolve("other").toString();
        CliRun noAccount = CliRun.of("serve", "--workspace", other, "--host", "0.0.0.0", "--port", "0", "--lang", "en");
        oneLine(noAccount);
        assertThat(noAccount.err()).contains("the workspace has no account", "ogicheck account --workspace " + other);
        english(noAccount.err());
        CliRun db = CliRun.of("serve", "--db", "postgresql://h/db", "--lang", "en");
        oneLine(db);
        assertThat(db.err()).contains("--db needs --workspace");
        assertThat(CliRun.of("serve", "--db", "postgresql://h/db").err()).contains("--db 须与 --workspace 一起使用");
    }

    @Test
    void demoWalksThroughInTheLanguageAsked() {
        CliRun zh = CliRun.of("demo", "LIT-001");
        assertThat(zh.code()).as(zh.err()).isZero();
        assertThat(zh.out()).contains("【规则】LIT-001", "（错误）", "  依据：", "【原报告】" + REPORT + "：0 条 LIT-001 发现", "【改动】“行政复议 / 总计” 0 → 1；",
            "【改后报告】1 条 LIT-001 发现", "  [错误] 第61行", "    推导：", "    单元格：");
        CliRun en = CliRun.of("demo", "LIT-001", "--lang", "en");
        assertThat(en.code()).as(en.err()).isZero();
        assertThat(en.out()).contains("[rule] LIT-001 Reconsideration and litigation totals add up (ERROR)", "[clean report] " + REPORT
            + ": 0 finding(s) of LIT-001", "[change] '行政复议 / 总计' 0 → 1", "[broken report] 1 finding(s) of LIT-001", "  [ERROR] line 61 ",
            "    derivation: ");
        for (String line : en.out().split("\n")) {
            // the rule's legal basis, the report's lines as changed and the cells as the finding recorded them (label, value and
            // place, worded when the rule fired) are the report's and the rule's, not the walk-through's
            if (line.startsWith("  basis: ") || line.matches("  \\d+: .*") || line.startsWith("    cell: ")) continue;
            assertThat(CJK.matcher(ours(line)).find()).as(line).isFalse();
        }
        CliRun list = CliRun.of("demo", "--lang", "en");
        assertThat(list.out()).startsWith("Rule demonstrations (ogicheck demo RULE-ID):\n").contains("LIT-001");
        english(list.out());
        assertThat(CliRun.of("demo").out()).startsWith("规则演示（ogicheck demo RULE-ID）：\n");
    }

    @Test
    void mutateSaysWhatItChangedInTheLanguageAsked() {
        String out = dir.resolve("broken.txt").toString();
        CliRun en = CliRun.of("mutate", REPORT, "--break", "LIT-001", "--out", out, "--lang", "en");
        assertThat(en.code()).as(en.err()).isZero();
        assertThat(en.err()).isEqualTo("ogicheck mutate: LIT-001: '行政复议 / 总计' 0 → 1\n");
        CliRun zh = CliRun.of("mutate", REPORT, "--break", "LIT-001", "--out", out);
        assertThat(zh.err()).isEqualTo("ogicheck mutate: LIT-001：“行政复议 / 总计” 0 → 1；\n");
        for (String rule : List.of("SEC-001", "SEC-003", "APP-001", "TXT-003")) {
            CliRun r = CliRun.of("mutate", REPORT, "--break", rule, "--out", out, "--lang", "en");
            assertThat(r.code()).as(r.err()).isZero();
            english(r.err());
            assertThat(CliRun.of("mutate", REPORT, "--break", rule, "--out", out).err()).as(rule).containsPattern("\\p{IsHan}");
        }
    }
}
