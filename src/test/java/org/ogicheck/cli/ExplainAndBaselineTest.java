package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;

/** Explanations, traces, baselines and waivers on corpus reports. */
class ExplainAndBaselineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void explainShowsTheDerivationWithTheNumbers() {
        CliRun r = CliRun.of("explain", TestSupport.corpus("text/2023_hongzequ_county.txt").toString(), "LIT-001");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("推导：结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11；总计填为 0")
            .contains("依据：").doesNotContain("FMT-003");
        CliRun check = CliRun.of("check", "--explain", TestSupport.corpus("text/2023_hongzequ_county.txt").toString());
        assertThat(check.out()).contains("推导：");
        assertThat(CliRun.of("check", TestSupport.corpus("text/2023_hongzequ_county.txt").toString()).out()).doesNotContain("推导：");
    }

    @Test
    void traceNamesTheRulesThatFiredAndTheirFacts() {
        CliRun r = CliRun.of("check", "--trace", TestSupport.corpus("text/2023_hongzequ_county.txt").toString());
        assertThat(r.err()).contains("LIT-001 total equals the sum of the results ←").contains("LIT[review,total]=0");
    }

    @Test
    void baselineHidesEverythingSurvivesLineBreaksAndExpires() throws IOException {
        Path report = tmp.resolve("shanghai.txt");
        Files.copy(TestSupport.corpus("text/2019_shanghai_bangongting_province.txt"), report);
        Path baseline = tmp.resolve("baseline.json");
        CliRun first = CliRun.of("check", "--format", "json", "--write-baseline", baseline.toString(), report.toString());
        int total = JSON.readTree(first.out()).get("findings").size();
        assertThat(total).isGreaterThan(5);
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("shanghai.txt", "baseline.json");
        }

        JsonNode again = JSON.readTree(CliRun.of("check", "--format", "json", "--baseline", baseline.toString(), report.toString()).out());
        assertThat(again.get("findings")).isEmpty();
        assertThat(again.get("hidden").asInt()).isEqualTo(total);
        assertThat(CliRun.of("check", "--baseline", baseline.toString(), report.toString()).code()).isZero();

        // re-saved with other line breaks and an added blank line at the top: every line number moves
        Files.writeString(report, "\r\n" + Files.readString(report).replace("\n", "\r\n"));
        JsonNode resaved = JSON.readTree(CliRun.of("check", "--format", "json", "--baseline", baseline.toString(), report.toString()).out());
        assertThat(resaved.get("findings")).isEmpty();

        // a waiver that expired yesterday stops hiding its finding
        ObjectNode b = (ObjectNode) JSON.readTree(baseline.toFile());
        ObjectNode entry = (ObjectNode) b.get("entries").get(0);
        entry.put("reason", "已知问题，整改中").put("author", "政务公开办").put("expires", "2020-01-01");
        String expiredRule = entry.get("ruleId").asText();
        Files.writeString(baseline, JSON.writeValueAsString(b));
        JsonNode expired = JSON.readTree(CliRun.of("check", "--format", "json", "--baseline", baseline.toString(), report.toString()).out());
        assertThat(expired.get("findings")).hasSize(1);
        assertThat(expired.get("findings").get(0).get("ruleId").asText()).isEqualTo(expiredRule);
    }

    @Test
    void aBrokenBaselineIsAUsageError() throws IOException {
        Path baseline = tmp.resolve("b.json");
        Files.writeString(baseline, "{\"entries\": [{\"fingerprint\": \"x\", \"expires\": \"soon\"}]}");
        CliRun r = CliRun.of("check", "--baseline", baseline.toString(), "fixtures/reports/2020_jianggan_amr_department.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("b.json").contains("第1条").contains("“soon”");
        CliRun en = CliRun.of("check", "--lang", "en", "--baseline", baseline.toString(), "fixtures/reports/2020_jianggan_amr_department.txt");
        assertThat(en.code()).isEqualTo(2);
        assertThat(en.err()).contains("b.json").contains("entry 1").contains("'soon'");
    }
}
