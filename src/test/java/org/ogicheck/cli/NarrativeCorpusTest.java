package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogicheck.cli.CheckCorpusTest.check;
import static org.ogicheck.cli.CheckCorpusTest.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogicheck.TestSupport;

/** The narrative families (TXT, TIME, GOV, FEE, QLY) on the real reports of the corpus: the verdicts issue 3 names. */
class NarrativeCorpusTest {
    private static final Path JIANGGAN = Path.of("fixtures/reports/2020_jianggan_amr_department.txt");

    @TempDir
    Path tmp;

    static List<JsonNode> findings(JsonNode r, String ruleId) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : r.get("findings")) if (f.get("ruleId").asText().equals(ruleId)) out.add(f);
        return out;
    }

    static List<String> family(JsonNode r, String prefix) {
        return ids(r, null).stream().filter(id -> id.startsWith(prefix)).toList();
    }

    private JsonNode checkChanged(String from, String to, String... options) throws IOException {
        String text = Files.readString(JIANGGAN, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Path f = tmp.resolve("report.txt");
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
        List<String> a = new ArrayList<>(List.of(options));
        a.add(f.toString());
        return check(a.toArray(String[]::new));
    }

    @Test
    void jiangganNarrativeAgreesWithItselfAndTheTable() throws IOException {
        assertThat(family(check(JIANGGAN.toString()), "TXT")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "政府信息2425条, 政府信息2426条, TXT-001, 2425",
        "政府信息272条, 政府信息273条, TXT-001, 273",
        "政务微博公开信息608条, 政务微博公开信息607条, TXT-001, 2425",
        "政务微信公开信息615条, 政务微信公开信息616条, TXT-001, 2425",
        "行政处罚决定930件, 行政处罚决定931件, TXT-001, 2425",
        "公示公告类103条, 公示公告类110条, TXT-001, 272",
        "工作信息120条, 工作信息119条, TXT-001, 272",
        "重点领域信息公开24条, 重点领域信息公开20条, TXT-001, 272",
        "的要求31件, 的要求32件, TXT-002, 32"
    })
    void jiangganChangedNumberIsNamed(String from, String to, String rule, String named) throws IOException {
        JsonNode r = checkChanged(from, to);
        List<JsonNode> hits = findings(r, rule);
        assertThat(hits).as(ids(r, null).toString()).isNotEmpty();
        assertThat(hits).anySatisfy(f -> assertThat(f.get("message").asText()).contains(named));
        assertThat(hits).allSatisfy(f -> {
            assertThat(f.get("severity").asText()).isEqualTo("ERROR");
            assertThat(f.get("evidence").get("sentence").asText()).isNotBlank();
            assertThat(f.get("location").get("line").asInt()).isEqualTo(3);
        });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // the parts exceed 272 by 12, one listed part (统计分析类12条)
        "重点领域信息公开24条, 重点领域信息公开36条",
        // by 1, three listed parts (信息公开指南1条, 政策文件类1条, 行政执法公开类1条): any of them may be the one
        "公示公告类103条, 公示公告类104条"
    })
    void partsThatOverlapAreAWarning(String from, String to) throws IOException {
        JsonNode r = checkChanged(from, to);
        assertThat(findings(r, "TXT-001")).singleElement()
            .satisfies(f -> assertThat(f.get("severity").asText()).isEqualTo("WARNING"));
    }

    @Test
    void aChangedOutcomeOfARealReportIsNamedOnItsOwnRow() throws IOException {
        // 2023 平潭: "办结81件，其中：…无法提供31件…"; each listed outcome is compared with its own row of table 三
        String text = Files.readString(TestSupport.corpus("text/2023_pingtan_city.txt"), StandardCharsets.UTF_8);
        assertThat(text).contains("无法提供31件");
        Path f = tmp.resolve("pingtan.txt");
        Files.writeString(f, text.replace("无法提供31件", "无法提供32件"), StandardCharsets.UTF_8);
        List<JsonNode> txt003 = findings(check(f.toString()), "TXT-003");
        assertThat(txt003).singleElement().satisfies(x -> {
            assertThat(x.get("severity").asText()).isEqualTo("ERROR");
            assertThat(x.get("location").get("row").asText()).isEqualTo("unable");
            assertThat(x.get("evidence").get("actual").asLong()).isEqualTo(32);
            assertThat(x.get("evidence").get("expected").asLong()).isEqualTo(31);
        });
    }

    @Test
    void jiangganAllAnsweredWhileSomeCarriedOver() throws IOException {
        JsonNode r = checkChanged("四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 2 |");
        assertThat(findings(r, "TXT-003")).singleElement()
            .satisfies(f -> assertThat(f.get("message").asText()).contains("均完成答复"));
    }

    @Test
    void hongze2024SaysSeventeenWhereTheTableSaysNinetyFive() throws IOException {
        JsonNode r = check(TestSupport.corpus("text/2024_hongzequ_county.txt").toString());
        JsonNode f = findings(r, "TXT-002").get(0);
        assertThat(family(r, "TXT")).containsExactly("TXT-002");
        assertThat(f.get("evidence").get("actual").asLong()).isEqualTo(17);
        assertThat(f.get("evidence").get("expected").asLong()).isEqualTo(95);
        assertThat(f.get("evidence").get("difference").asLong()).isEqualTo(-78);
        assertThat(f.get("evidence").get("cells").get(0).asText()).contains("本年新收", "95");
        assertThat(f.get("location").get("line").asInt()).isEqualTo(7);
    }

    @Test
    void shanghai2019GrantedAndUpheldAreWrongTheRestIsRight() throws IOException {
        JsonNode r = check(TestSupport.corpus("text/2019_shanghai_bangongting_province.txt").toString());
        List<JsonNode> txt003 = findings(r, "TXT-003");
        assertThat(txt003).anySatisfy(f -> {
            assertThat(f.get("location").get("row").asText()).isEqualTo("grantedOrPartly");
            assertThat(f.get("evidence").get("actual").asLong()).isEqualTo(258);
            assertThat(f.get("evidence").get("expected").asLong()).isEqualTo(275);
        });
        assertThat(findings(r, "TXT-006")).hasSize(1);
        // 受理859件, 答复805件含结转18件, 顺延72件, 不予公开35件, 不予处理158件 are right
        List<String> rows = new ArrayList<>();
        for (String id : List.of("TXT-001", "TXT-002", "TXT-003", "TXT-004")) {
            for (JsonNode f : findings(r, id)) rows.add(f.get("location").get("row").asText());
        }
        assertThat(rows).doesNotContain("received", "concluded", "carriedIn", "carriedOut", "denied", "notProcessed",
            "other", "review", "litigation", "rules", "normativeDocs");
        assertThat(rows).containsExactlyInAnyOrder("grantedOrPartly", "unable");
    }

    @Test
    void cleanNarrativesHaveNoNarrativeError() throws IOException {
        for (String f : List.of("2024_huaian_city.txt", "2021_pingtan_city.txt", "2023_pingtan_city.txt",
            "2023_shuyang_fagaiju_department.txt", "2025_shanghai_bangongting_province.txt")) {
            JsonNode r = check(TestSupport.corpus("text/" + f).toString());
            assertThat(ids(r, "ERROR")).as(f).noneMatch(id -> id.startsWith("TXT"));
        }
        assertThat(family(check(TestSupport.corpus("text/2023_pingtan_city.txt").toString()), "TXT-005")).isEmpty();
    }

    @Test
    void timelinessOfADepartment() throws IOException {
        JsonNode late = check("--published", "2021-02-15", JIANGGAN.toString());
        JsonNode f = findings(late, "TIME-001").get(0);
        assertThat(f.get("severity").asText()).isEqualTo("ERROR");
        assertThat(f.get("evidence").get("expected").asText()).isEqualTo("2021-01-31");
        assertThat(findings(check("--published", "2021-01-29", JIANGGAN.toString()), "TIME-001")).isEmpty();
        JsonNode shuyang = check(TestSupport.corpus("text/2023_shuyang_fagaiju_department.txt").toString());
        assertThat(shuyang.get("report").get("published").asText()).isEqualTo("2024-01-17");
        assertThat(findings(shuyang, "TIME-001")).isEmpty();
    }

    @Test
    void timelinessUnknownIsInfo() throws IOException {
        List<JsonNode> f = findings(check(JIANGGAN.toString()), "TIME-001");
        assertThat(f).singleElement().satisfies(x -> assertThat(x.get("severity").asText()).isEqualTo("INFO"));
        JsonNode gov = check("--published", "2025-03-20", TestSupport.corpus("text/2024_huaian_city.txt").toString());
        assertThat(findings(gov, "TIME-001")).isEmpty();
        JsonNode govLate = check("--published", "2025-04-02", TestSupport.corpus("text/2024_huaian_city.txt").toString());
        assertThat(findings(govLate, "TIME-001")).singleElement()
            .satisfies(x -> assertThat(x.get("severity").asText()).isEqualTo("ERROR"));
    }

    @Test
    void governmentReportsOnlyAreAskedForAssessmentReviewAndAccountability() throws IOException {
        List<String> topics = new ArrayList<>();
        for (JsonNode f : findings(check(TestSupport.corpus("text/2024_huaian_city.txt").toString()), "GOV-001")) {
            topics.add(f.get("location").get("row").asText());
        }
        assertThat(topics).containsExactlyInAnyOrder("topicAssessment", "topicPublicReview", "topicAccountability");
        for (String dept : List.of("2023_shuyang_fagaiju_department.txt", "2019_shanghai_bangongting_province.txt",
            "2025_shanghai_bangongting_province.txt")) {
            assertThat(family(check(TestSupport.corpus("text/" + dept).toString()), "GOV")).as(dept).isEmpty();
        }
        assertThat(family(check(JIANGGAN.toString()), "GOV")).isEmpty();
    }

    @Test
    void feePositionInSectionSix() throws IOException {
        assertThat(family(check(TestSupport.corpus("text/2023_hongzequ_county.txt").toString()), "FEE")).isEmpty();
        String text = Files.readString(TestSupport.corpus("text/2023_hongzequ_county.txt"), StandardCharsets.UTF_8);
        Path silent = tmp.resolve("silent.txt");
        Files.writeString(silent, text.replaceFirst("(?s)(六、其他需要报告的事项\n).*$", "$1无。\n"), StandardCharsets.UTF_8);
        assertThat(findings(check(silent.toString()), "FEE-001")).singleElement()
            .satisfies(f -> assertThat(f.get("location").get("section").asText()).isEqualTo("六"));
        // a 2020 report need not state it
        assertThat(family(check(JIANGGAN.toString()), "FEE")).isEmpty();
    }

    @Test
    void everyCorpusReportHasNoQualityWarningForItsOwnYears() throws IOException {
        try (var s = Files.list(TestSupport.CORPUS.resolve("text"))) {
            for (Path p : s.sorted().toList()) assertThat(family(check(p.toString()), "QLY-001")).as(p.toString()).isEmpty();
        }
        JsonNode old = checkChanged("2020年,我局收到申请", "2018年,我局收到申请");
        assertThat(findings(old, "QLY-001")).singleElement()
            .satisfies(f -> assertThat(f.get("evidence").get("actual").asInt()).isEqualTo(2018));
    }
}
