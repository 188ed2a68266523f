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
        // the readable report is checked and written; the unreadable one is listed and makes the batch exit 2
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("b.txt");
        JsonNode all = JSON.readTree(r.out());
        assertThat(all.get(0).get("source").asText()).endsWith("a.txt");
        assertThat(all.get(1).get("source").asText()).endsWith("b.txt");
        assertThat(all.get(1).get("unreadable").asBoolean()).isTrue();
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

    @Test
    void anEmptyFileInAFolderIsListedInEveryFormatAndTheBatchExitsTwo() throws IOException {
        Path dir = tmp.resolve("batch");
        Files.createDirectories(dir);
        Files.copy(Path.of("fixtures/reports/2020_jianggan_amr_department.txt"), dir.resolve("a.txt"));
        Files.writeString(dir.resolve("empty.txt"), "");
        String empty = dir.resolve("empty.txt").toString();

        CliRun csv = CliRun.of("check", "--format", "csv", dir.toString());
        assertThat(csv.code()).isEqualTo(2);
        assertThat(csv.err()).contains(empty).doesNotContain("\tat ");
        List<List<String>> rows = OutputFormatsTest.parseCsv(csv.out().substring(1));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("unreadable");
            assertThat(r.get(2)).isEqualTo(empty);
            assertThat(r.get(19)).isNotBlank();
        });
        assertThat(rows.stream().filter(r -> r.get(0).equals("report")).count()).isEqualTo(1);

        CliRun json = CliRun.of("check", "--format", "json", dir.toString());
        assertThat(json.code()).isEqualTo(2);
        JsonNode all = JSON.readTree(json.out());
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(2);
        JsonNode bad = all.get(1);
        assertThat(bad.get("source").asText()).isEqualTo(empty);
        assertThat(bad.get("unreadable").asBoolean()).isTrue();
        assertThat(bad.get("error").asText()).isNotBlank();

        for (String format : List.of("text", "md", "html")) {
            CliRun r = CliRun.of("check", "--format", format, dir.toString());
            assertThat(r.code()).as(format).isEqualTo(2);
            assertThat(r.out()).as(format).contains(empty);
        }
        Path xlsx = tmp.resolve("out.xlsx");
        assertThat(CliRun.of("check", "--format", "xlsx", "--out", xlsx.toString(), dir.toString()).code()).isEqualTo(2);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheet("未能检查");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(empty);
        }
    }
}
