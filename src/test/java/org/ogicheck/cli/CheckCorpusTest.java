package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.TestSupport;

/** `ogicheck check` on the real reports of the corpus: the verdicts the foundation issue names. */
class CheckCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode check(String... args) throws IOException {
        List<String> a = new ArrayList<>(List.of("check", "--format", "json"));
        a.addAll(List.of(args));
        CliRun r = CliRun.of(a.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        assertThat(r.err()).isEmpty();
        return JSON.readTree(r.out());
    }

    static List<String> ids(JsonNode result, String severity) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : result.get("findings")) {
            if (severity == null || f.get("severity").asText().equals(severity)) out.add(f.get("ruleId").asText());
        }
        return out;
    }

    static Stream<Path> corpusTexts() throws IOException {
        return Files.list(TestSupport.CORPUS.resolve("text")).sorted();
    }

    @ParameterizedTest
    @MethodSource("corpusTexts")
    void everyCorpusReportIsCheckedWithoutError(Path report) throws IOException {
        JsonNode r = check(report.toString());
        assertThat(r.get("tool").asText()).isEqualTo("ogicheck");
        assertThat(r.get("report").get("year").asInt()).isBetween(2019, 2025);
        assertThat(r.get("scorecard").get("score").asDouble()).isBetween(0.0, 100.0);
        double lost = 0;
        for (JsonNode f : r.get("findings")) lost += f.get("points").asDouble();
        assertThat(lost).as("every point lost is carried by a finding")
            .isCloseTo(100 - r.get("scorecard").get("score").asDouble(), org.assertj.core.data.Offset.offset(0.6));
    }

    @Test
    void jianggan2020HasNoErrorAndFlagsTheBareChange() throws IOException {
        JsonNode r = check("fixtures/reports/2020_jianggan_amr_department.txt");
        assertThat(ids(r, "ERROR")).isEmpty();
        JsonNode a20006 = find(r, "A20-006");
        assertThat(a20006.get("location").get("row").asText()).isEqualTo("license");
        assertThat(a20006.get("location").get("line").asInt()).isEqualTo(18);
        assertThat(a20006.get("evidence").get("impliedDirection").asText()).isEqualTo("减");
    }

    @Test
    void hongze2023ReconsiderationAndLitigationTotalsAreWrong() throws IOException {
        JsonNode r = check(TestSupport.corpus("text/2023_hongzequ_county.txt").toString());
        List<String> rows = new ArrayList<>();
        for (JsonNode f : r.get("findings")) {
            if (f.get("ruleId").asText().equals("LIT-001")) rows.add(f.get("location").get("row").asText());
        }
        assertThat(rows).containsExactlyInAnyOrder("review", "afterReview");
        JsonNode review = r.get("findings").findParents("ruleId").stream()
            .filter(f -> f.get("ruleId").asText().equals("LIT-001") && f.get("location").get("row").asText().equals("review"))
            .findFirst().orElseThrow();
        assertThat(review.get("evidence").get("expected").asLong()).isEqualTo(11);
        assertThat(review.get("evidence").get("actual").asLong()).isEqualTo(0);
    }

    @Test
    void shanghai2019ReportsBlankTotalsAndNeverReadsThemAsZero() throws IOException {
        JsonNode r = check(TestSupport.corpus("text/2019_shanghai_bangongting_province.txt").toString());
        List<String> app005Columns = new ArrayList<>();
        for (JsonNode f : r.get("findings")) {
            if (f.get("ruleId").asText().equals("APP-005")) app005Columns.add(f.get("location").get("column").asText());
        }
        assertThat(app005Columns).contains("total");
        assertThat(ids(r, null)).doesNotContain("APP-002", "APP-003");
    }

    @Test
    void huaian2024HasNoTableError() throws IOException {
        JsonNode r = check(TestSupport.corpus("text/2024_huaian_city.txt").toString());
        assertThat(ids(r, "ERROR")).noneMatch(id -> id.startsWith("APP") || id.startsWith("LIT") || id.startsWith("A20"));
    }

    @Test
    void cleanReportsOfTheManifestHaveNoTableError() throws IOException {
        for (String f : List.of("2021_pingtan_city.txt", "2023_pingtan_city.txt", "2023_shuyang_fagaiju_department.txt",
            "2024_hongzequ_county.txt", "2024_huaian_city.txt")) {
            JsonNode r = check(TestSupport.corpus("text/" + f).toString());
            // the tables are clean; narrative findings (TXT: 2024 洪泽区 says 17 for 95) are NarrativeCorpusTest's
            assertThat(ids(r, "ERROR")).as(f).noneMatch(id -> id.startsWith("APP") || id.startsWith("LIT") || id.startsWith("A20"));
        }
    }

    @Test
    void severalFilesGiveAnArray() throws IOException {
        JsonNode r = check(TestSupport.corpus("text/2023_hongzequ_county.txt").toString(),
            TestSupport.corpus("text/2024_hongzequ_county.txt").toString());
        assertThat(r.isArray()).isTrue();
        assertThat(r).hasSize(2);
    }

    static JsonNode find(JsonNode result, String ruleId) {
        for (JsonNode f : result.get("findings")) if (f.get("ruleId").asText().equals(ruleId)) return f;
        throw new AssertionError(ruleId + " not found in " + ids(result, null));
    }
}
