package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command's --help is Chinese by default and English with --lang en, from picocli's resource
 * bundles (org/ogicheck/cli/help_zh|en.properties); parse errors and the commands' own error lines
 * follow --lang too: one line, naming what was wrong, exit 2.
 */
class HelpLanguageTest {
    /** three English words in a row: a sentence (option names, labels and formats are single words or lists) */
    private static final Pattern ENGLISH_SENTENCE = Pattern.compile("\\b[A-Za-z]{2,}[,;]? [A-Za-z]{2,}[,;]? [a-z]{2,}\\b");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** the Chinese an English help may name: the report's own title and the provision it follows */
    private static final List<String> CHINESE_NAMES = List.of("政府信息公开工作年度报告", "第二十条", "一、总体情况",
        // the roster sheet's column headers, which a user types in Chinese whatever the language of the help
        "名称", "级别", "上级");

    @TempDir
    Path tmp;

    /** every command's words, e.g. [rules, list] */
    static List<List<String>> commands() {
        List<List<String>> out = new ArrayList<>();
        walk(Cli.commandLine(new RootCommand()), new ArrayList<>(), out);
        return out;
    }

    private static void walk(CommandLine cl, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        cl.getSubcommands().forEach((name, sub) -> {
            List<String> p = new ArrayList<>(path);
            p.add(name);
            walk(sub, p, out);
        });
    }

    private static CliRun help(List<String> command, String... more) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** the help without its synopsis (options and labels) and without option names and placeholders */
    private static String prose(String help) {
        String body = help.substring(Math.max(0, help.indexOf('\n', help.indexOf(help.contains("用法") ? "用法" : "Usage")) + 1));
        // the synopsis continues on indented lines starting with [ or a label
        StringBuilder sb = new StringBuilder();
        boolean synopsis = true;
        for (String line : body.split("\n")) {
            if (synopsis && line.matches("\\s+[\\[A-Z<].*")) continue;
            synopsis = false;
            sb.append(line.replaceAll("--?[a-zA-Z][\\w-]*(=[\\w.<>-]+)?", " ").replaceAll("\\$\\{[^}]+}", " ")).append('\n');
        }
        return sb.toString();
    }

    @Test
    void everyCommandIsCovered() {
        assertThat(commands()).extracting(c -> String.join(" ", c))
            .contains("", "check", "parse", "explain", "rules", "rules list", "rules lint", "rules test", "rules doc", "rules diff",
                "mutate", "demo", "serve", "bench");
    }

    @TestFactory
    List<DynamicTest> helpIsChineseByDefault() {
        List<DynamicTest> tests = new ArrayList<>();
        for (List<String> c : commands()) {
            tests.add(DynamicTest.dynamicTest("ogicheck " + String.join(" ", c) + " --help", () -> {
                CliRun r = help(c);
                assertThat(r.code()).isZero();
                assertThat(r.out()).startsWith("用法：").contains("选项：", "显示本帮助后退出", "--lang");
                String prose = prose(r.out());
                assertThat(CJK.matcher(prose).results().count()).as(r.out()).isGreaterThan(20);
                assertThat(ENGLISH_SENTENCE.matcher(prose).results().map(m -> m.group()).toList()).as(r.out()).isEmpty();
                assertThat(r.out()).doesNotContain("Usage", "Options", "Exit codes", "default:");
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> helpIsEnglishWithLangEn() {
        List<DynamicTest> tests = new ArrayList<>();
        for (List<String> c : commands()) {
            tests.add(DynamicTest.dynamicTest("ogicheck " + String.join(" ", c) + " --help --lang en", () -> {
                CliRun r = help(c, "--lang", "en");
                assertThat(r.code()).isZero();
                assertThat(r.out()).startsWith("Usage:").contains("Options:", "Show this help message and exit.");
                String text = r.out().replaceAll("(?<=\\p{IsHan})\\n\\s*(?=\\p{IsHan})", "");
                for (String name : CHINESE_NAMES) text = text.replace(name, "");
                assertThat(CJK.matcher(text).find()).as(r.out()).isFalse();
                assertThat(ENGLISH_SENTENCE.matcher(prose(r.out())).find()).as(r.out()).isTrue();
            }));
        }
        return tests;
    }

    @Test
    void theLanguageMayStandAnywhereOnTheLine() {
        assertThat(CliRun.of("--lang", "en", "check", "--help").out()).startsWith("Usage:");
        assertThat(CliRun.of("check", "--lang=en", "--help").out()).startsWith("Usage:");
        assertThat(CliRun.of("rules", "list", "--help", "--lang", "zh").out()).startsWith("用法：");
    }

    private static void oneLine(CliRun r, String... parts) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains(parts).doesNotContain("Exception", "\tat ");
    }

    @Test
    void parseErrorsAreOneLineInTheLanguageAsked() {
        oneLine(CliRun.of("check", "--bogus", "x.txt"), "不认识的选项“--bogus”", "ogicheck check --help");
        oneLine(CliRun.of("check", "--lang", "en", "--bogus", "x.txt"), "unknown option '--bogus'", "ogicheck check --help");
        oneLine(CliRun.of("check"), "缺少参数 FILE");
        oneLine(CliRun.of("check", "--lang", "en"), "missing parameter FILE");
        oneLine(CliRun.of("mutate", "x.txt"), "缺少必需的选项 --break");
        oneLine(CliRun.of("mutate", "--lang", "en", "x.txt"), "missing required option --break");
        oneLine(CliRun.of("check", "x.txt", "--format"), "选项 --format 缺少取值");
        oneLine(CliRun.of("serve", "--port", "abc"), "--port 的取值“abc”无效", "ogicheck serve --help");
        oneLine(CliRun.of("serve", "--lang", "en", "--port", "abc"), "invalid value for --port: 'abc'");
        oneLine(CliRun.of("frob"), "“frob”");
        oneLine(CliRun.of("check", "--lang", "fr", "x.txt"), "--lang", "“fr”");
        oneLine(CliRun.of("check", "--published", "yesterday", "x.txt"), "--published：“yesterday”不是 2021-02-15 这样的日期");
        oneLine(CliRun.of("check", "--lang", "en", "--published", "yesterday", "x.txt"), "--published: 'yesterday' is not a date like 2021-02-15");
    }

    @Test
    void commandErrorsAreOneLineInTheLanguageAsked() {
        String missing = tmp.resolve("no-such-report.txt").toString();
        oneLine(CliRun.of("check", missing), missing + "：文件不存在");
        oneLine(CliRun.of("check", "--lang", "en", missing), missing + ": file not found");
        oneLine(CliRun.of("parse", "--lang", "en", missing), missing + ": file not found");
        oneLine(CliRun.of("check", "--format", "pdf", missing), "--format：“pdf”不是可用的格式");
        oneLine(CliRun.of("check", "--lang", "en", "--format", "pdf", missing), "--format: 'pdf' is not one of");
        oneLine(CliRun.of("check", "--format", "xlsx", missing), "二进制文件格式", "--out");
        oneLine(CliRun.of("rules", "doc", "--format", "pdf"), "--format：“pdf”");
        oneLine(CliRun.of("explain", "fixtures/reports/2020_jianggan_amr_department.txt", "NO-999"), "没有规则 NO-999");
        oneLine(CliRun.of("explain", "--lang", "en", "fixtures/reports/2020_jianggan_amr_department.txt", "NO-999"), "no rule NO-999");
    }
}
