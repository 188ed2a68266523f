package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;

/** Whole folders at once, paired across years. */
class BatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static List<String> ids(JsonNode r) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : r.get("findings")) out.add(f.get("ruleId").asText());
        return out;
    }

    @Test
    void theCorpusFolderGivesASummaryRowPerReportAndPairsConsecutiveYears() throws IOException {
        CliRun csv = CliRun.of("check", "--format", "csv", TestSupport.CORPUS.resolve("text").toString());
        assertThat(csv.code()).isEqualTo(1);
        List<List<String>> rows = OutputFormatsTest.parseCsv(csv.out().substring(1));
        long reports = rows.stream().filter(r -> r.get(0).equals("report")).count();
        try (var s = Files.list(TestSupport.CORPUS.resolve("text"))) {
            assertThat(reports).isEqualTo(s.count());
        }
        assertThat(rows.stream().filter(r -> r.get(0).equals("finding")).count()).isGreaterThan(reports);

        JsonNode all = JSON.readTree(CliRun.of("check", "--format", "json", TestSupport.CORPUS.resolve("text").toString()).out());
        for (JsonNode r : all) {
            String src = r.get("source").asText();
            List<String> ids = ids(r);
            if (src.contains("2024_hongzequ")) {
                // paired with 2023: 0 → 0 carried, stock 5 + 3 − 0 = 8; its section 五 repeats 2023's
                assertThat(ids).doesNotContain("XY-001", "XY-002").contains("XY-003");
            } else {
                assertThat(ids).as(src + " is not paired").noneMatch(id -> id.startsWith("XY-"));
            }
        }
    }

    @Test
    void modifiedCopiesBreakTheCarriedOverAndStockChains() throws IOException {
        Path y2023 = tmp.resolve("2023.txt");
        Path y2024 = tmp.resolve("2024.txt");
        Files.copy(TestSupport.corpus("text/2023_hongzequ_county.txt"), y2023);
        Files.writeString(y2024, Files.readString(TestSupport.corpus("text/2024_hongzequ_county.txt"))
            .replace("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |")
            .replace("行政规范性文件 | 3 | 0 | 8 |", "行政规范性文件 | 3 | 0 | 9 |"));
        JsonNode r = JSON.readTree(CliRun.of("check", "--format", "json", tmp.toString()).out());
        JsonNode later = r.get(1);
        assertThat(later.get("source").asText()).endsWith("2024.txt");
        assertThat(ids(later)).contains("XY-001", "XY-002");

        CliRun single = CliRun.of("check", "--format", "json", "--previous", y2023.toString(), y2024.toString());
        assertThat(ids(JSON.readTree(single.out()))).contains("XY-001", "XY-002");
    }

    @Test
    void oneBadFileIsReportedAndTheRunGoesOn() throws IOException {
        Files.copy(TestSupport.corpus("text/2023_hongzequ_county.txt"), tmp.resolve("a.txt"));
        Files.write(tmp.resolve("b.txt"), new byte[] {0, 0, 1});
        CliRun r = CliRun.of("check", "--format", "json", tmp.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("b.txt");
        assertThat(JSON.readTree(r.out()).get("source").asText()).endsWith("a.txt");
        Files.delete(tmp.resolve("a.txt"));
        assertThat(CliRun.of("check", tmp.toString()).code()).isEqualTo(2);
    }

    @Test
    void textOutputEndsWithARankedSummary() {
        CliRun r = CliRun.of("check", TestSupport.corpus("text/2023_hongzequ_county.txt").toString(),
            TestSupport.corpus("text/2024_huaian_city.txt").toString());
        String out = r.out();
        String summary = out.substring(out.indexOf("== 汇总"));
        assertThat(summary).contains("排名 | 来源");
        assertThat(summary.indexOf("2024_huaian_city")).isLessThan(summary.indexOf("2023_hongzequ_county"));
    }
}
