package org.ogicheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** POST /api/check gives, for every report of the corpus, the rule IDs and score of `ogicheck check --format json`. */
class ApiMatchesCliTest extends ServedTest {
    @Test
    void everyCorpusReportAsRawBodyAndAsUpload() throws Exception {
        List<Path> corpus = Served.corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(15);
        for (Path report : corpus) {
            JsonNode want = Served.cli(report);
            byte[] bytes = Files.readAllBytes(report);
            String name = report.getFileName().toString();
            for (HttpResponse<String> r : List.of(served.check(name, bytes), served.postFile("/api/check", name, bytes))) {
                assertThat(r.statusCode()).as(name + ": " + r.body()).isEqualTo(200);
                // the media type and its charset; Jetty writes them without the optional space after ";" (RFC 9110 §5.6.6)
                assertThat(r.headers().firstValue("Content-Type").orElseThrow()).matches("application/json; ?charset=utf-8");
                JsonNode got = Served.json(r);
                assertThat(Served.ids(got)).as(name).isEqualTo(Served.ids(want));
                assertThat(got.get("scorecard").get("score").asDouble()).as(name).isEqualTo(want.get("scorecard").get("score").asDouble());
                assertThat(got.get("report")).as(name).isEqualTo(want.get("report"));
                assertThat(got.get("source").asText()).isEqualTo(name);
            }
        }
    }

    @Test
    void optionsAndLanguageAsQueryParameters() throws Exception {
        Path report = Path.of("..", "shared", "corpus", "text", "2023_hongzequ_county.txt");
        JsonNode want = Served.cli(report, "--kind", "government", "--published", "2024-01-20", "--lang", "en");
        HttpResponse<String> r = served.post("/api/check?kind=government&published=2024-01-20&lang=en&name=x.txt",
            "text/plain", Files.readAllBytes(report));
        JsonNode got = Served.json(r);
        assertThat(Served.ids(got)).isEqualTo(Served.ids(want));
        assertThat(got.get("findings").get(0).get("message")).isEqualTo(want.get("findings").get(0).get("message"));
        assertThat(got.get("report").get("published").asText()).isEqualTo("2024-01-20");
    }

    @Test
    void badInputIsSaidInChinese() throws Exception {
        HttpResponse<String> year = served.post("/api/check?year=abc", "text/plain", "一、总体情况".getBytes());
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(Served.json(year).get("error").asText()).contains("报告年度");
        HttpResponse<String> none = served.post("/api/check", "text/plain", "hello".getBytes());
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(Served.json(none).get("problems").get(0).asText()).contains("没有找到年度报告");
    }

    @Test
    void aBatchWithOneBadFileGivesTheOthersResultsAndTheBadFilesLine() throws Exception {
        // before: 422 and only the bad file's line; the good reports' results were lost
        Path report = Path.of("..", "shared", "corpus", "text", "2023_hongzequ_county.txt");
        byte[] good = Files.readAllBytes(report);
        HttpResponse<String> r = served.postFiles("/api/check", "a.txt", good, "note.txt", "hello".getBytes(), "b.txt", good);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode got = Served.json(r);
        assertThat(got.isArray()).isTrue();
        assertThat(got).hasSize(3);
        // as check --format json writes a batch: the results, then each file not checked with its one line
        assertThat(got.get(0).get("source").asText()).isEqualTo("a.txt");
        assertThat(got.get(1).get("source").asText()).isEqualTo("b.txt");
        assertThat(Served.ids(got.get(0))).isEqualTo(Served.ids(Served.cli(report)));
        JsonNode bad = got.get(2);
        assertThat(bad.get("source").asText()).isEqualTo("note.txt");
        assertThat(bad.get("unreadable").asBoolean()).isTrue();
        assertThat(bad.get("error").asText()).contains("没有找到年度报告").doesNotContain("note.txt");
        // every file bad: still 422 with the lines
        HttpResponse<String> none = served.postFiles("/api/check", "n1.txt", "hello".getBytes(), "n2.txt", "x".getBytes());
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(Served.json(none).get("problems")).hasSize(2);
    }

    @Test
    void rulesAndHealth() throws Exception {
        JsonNode rules = Served.json(served.get("/api/rules"));
        assertThat(rules.get("generation").asLong()).isEqualTo(1);
        assertThat(rules.get("rules").findValuesAsText("id")).contains("LIT-001", "APP-001");
        JsonNode lit = rules.get("rules").findParents("id").stream().filter(n -> n.get("id").asText().equals("LIT-001")).findFirst().orElseThrow();
        assertThat(lit.get("basis").asText()).isNotBlank();
        assertThat(lit.get("message").asText()).contains("总计");
        JsonNode health = Served.json(served.get("/health"));
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("rulesErrors")).isEmpty();
    }
}
