package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The regulator's guide in README.md, run as written: its rule, its messages and its commands. */
class RegulatorGuideTest {
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void guideExamplesRunAsWritten(@TempDir Path tmp) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## 监管人员指南");
        String guide = readme.substring(start, readme.indexOf("\n## ", start + 5));
        Matcher m = BLOCK.matcher(guide);
        String dslr = null;
        String props = null;
        List<String> commands = new ArrayList<>();
        while (m.find()) {
            switch (m.group(1)) {
                case "dslr" -> dslr = m.group(2);
                case "properties" -> props = m.group(2);
                case "sh" -> commands.addAll(m.group(2).lines().filter(l -> l.startsWith("ogicheck ")).toList());
                default -> { }
            }
        }
        assertThat(dslr).isNotNull();
        assertThat(props).isNotNull();
        assertThat(commands).hasSize(4);
        Path pack = Files.createDirectories(tmp.resolve("江苏规则"));
        Files.writeString(pack.resolve("新规则.dslr"), dslr);
        Files.writeString(pack.resolve("messages_zh.properties"), props);
        Files.writeString(pack.resolve("messages_en.properties"), props.replaceAll("=.*", "=MY-001 {0} {7}"));
        // the two fixtures: a report off by 3 in one column (over the tolerance) and an unmodified one
        Path fx = Files.createDirectories(pack.resolve("fixtures/MY-001"));
        String huaian = Files.readString(Path.of("fixtures/APP-001/pass-huaian.txt"));
        Files.writeString(fx.resolve("pass-huaian.txt"), huaian);
        Files.copy(Path.of("fixtures/APP-001/fail-carried-over-wrong.txt"), fx.resolve("fail-carried-over-wrong.txt"));
        Files.writeString(fx.resolve("expected"), "fail-carried-over-wrong.txt: MY-001 table=APP column=total\npass-huaian.txt: none\n");
        Path lastYear = Files.createDirectories(tmp.resolve("去年的报告"));
        Files.copy(fx.resolve("fail-carried-over-wrong.txt"), lastYear.resolve("a.txt"));
        Path report = fx.resolve("fail-carried-over-wrong.txt");
        for (String c : commands) {
            String line = c.replace("江苏规则", pack.toString()).replace("去年的报告/", lastYear.toString())
                .replace("报告.pdf", report.toString());
            String[] args = line.substring("ogicheck ".length()).split(" ");
            CliRun run = CliRun.of(args);
            assertThat(run.err()).as(line).doesNotContain("Exception");
            if (line.contains(" check ")) {
                assertThat(run.out()).as(line).contains("MY-001").contains("列相差");
            } else if (line.contains(" diff ")) {
                assertThat(run.out()).as(line).contains("MY-001");
            } else {
                assertThat(run.code()).as(line + "\n" + run.out() + run.err()).isZero();
            }
        }
    }
}
