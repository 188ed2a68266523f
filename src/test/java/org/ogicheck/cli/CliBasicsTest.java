package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, version, parse output, text output and bad input. */
class CliBasicsTest {
    private static final String REPORT = "fixtures/reports/2020_jianggan_amr_department.txt";

    @TempDir
    Path tmp;

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.of("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("check", "parse", "rules", "退出码");
        assertThat(CliRun.of("--help", "--lang", "en").out()).contains("check", "parse", "rules", "Exit codes");
        assertThat(CliRun.of("check", "--help").out()).contains("--rules", "--year", "--published", "--kind", "--lang");
        CliRun version = CliRun.of("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("ogicheck ");
    }

    @Test
    void textOutputIsChineseGroupedBySectionWithScorecard() {
        CliRun r = CliRun.of("check", REPORT);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("二、主动公开政府信息情况", "[警告] A20-006", "评分", "结构完整");
        assertThat(r.out().indexOf("A20-006")).isLessThan(r.out().indexOf("评分"));
        CliRun en = CliRun.of("check", "--lang", "en", REPORT);
        assertThat(en.out()).contains("[WARNING] A20-006", "Score");
    }

    @Test
    void parsePrintsCellsAsJson() throws IOException {
        CliRun r = CliRun.of("parse", "--format", "json", REPORT);
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("report").get("edition").asText()).isEqualTo("2019");
        assertThat(j.get("sections")).hasSize(6);
        JsonNode app = null;
        for (JsonNode t : j.get("tables")) if (t.get("id").asText().equals("APP")) app = t;
        assertThat(app).isNotNull();
        assertThat(app.get("cells")).hasSize(23 * 7);
        boolean received31 = false;
        for (JsonNode c : j.get("claims")) {
            if (c.get("kind").asText().equals("received") && c.get("number").asInt() == 31) received31 = true;
        }
        assertThat(received31).as("the narrative's 收到…31件 is among the claims").isTrue();
    }

    @Test
    void gb18030FileIsDetected() throws IOException {
        Path f = tmp.resolve("gbk.txt");
        Files.write(f, Files.readString(Path.of(REPORT)).getBytes(Charset.forName("GB18030")));
        CliRun r = CliRun.of("check", "--format", "json", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("A20-006");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        CliRun missing = CliRun.of("check", tmp.resolve("none.txt").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip().lines()).hasSize(1).allMatch(l -> l.contains("none.txt"));

        Path garbage = tmp.resolve("garbage.txt");
        Files.write(garbage, new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7});
        CliRun g = CliRun.of("check", garbage.toString());
        assertThat(g.code()).isEqualTo(2);
        assertThat(g.err().strip().lines()).hasSize(1).allMatch(l -> l.contains("garbage.txt"));

        Path prose = tmp.resolve("prose.txt");
        Files.writeString(prose, "这是一段与年度报告无关的文字。\n第二行。\n");
        CliRun p = CliRun.of("check", prose.toString());
        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err()).contains("prose.txt", "没有找到年度报告");
        assertThat(CliRun.of("check", "--lang", "en", prose.toString()).err()).contains("prose.txt", "no report found");
        assertThat(p.out()).isEmpty();

        CliRun usage = CliRun.of("check", "--published", "yesterday", REPORT);
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err().strip().lines()).hasSize(1);
    }
}
