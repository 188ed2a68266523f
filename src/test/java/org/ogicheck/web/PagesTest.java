package org.ogicheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The pages without a browser: upload of several files, summary, per-report page, downloads, English, rules. */
class PagesTest extends ServedTest {
    private static final Path TEXT = Path.of("..", "shared", "corpus", "text");
    private static String location(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return r.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void uploadPageIsChineseWithAnEnglishSwitch() throws Exception {
        String zh = served.get("/").body();
        assertThat(zh).contains("lang=\"zh-CN\"", "把报告文件拖到这里", "type=\"file\" name=\"file\" multiple", "name=\"previous\"",
            "name=\"kind\"", "name=\"year\"", "name=\"published\"", "<textarea name=\"text\"", "href=\"/?lang=en\"")
            .doesNotContain("<script");
        assertThat(served.get("/?lang=en").body()).contains("lang=\"en\"", "Drop report files here", "action=\"/check?lang=en\"");
    }

    @Test
    void severalFilesGiveASummaryLinkingToEachResult() throws Exception {
        String boundary = "b0undary";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String f : new String[] {"2023_hongzequ_county.txt", "2024_hongzequ_county.txt"}) {
            b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f + "\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
            b.writeBytes(Files.readAllBytes(TEXT.resolve(f)));
            b.writeBytes("\r\n".getBytes());
        }
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ngovernment\r\n--" + boundary + "--\r\n")
            .getBytes(StandardCharsets.UTF_8));
        String result = location(served.post("/check", "multipart/form-data; boundary=" + boundary, b.toByteArray()));
        String summary = served.get(result).body();
        assertThat(summary).contains("汇总", result + "?n=1", result + "?n=2", "2023_hongzequ_county.txt", "2024_hongzequ_county.txt");
        String second = served.get(result + "?n=2").body();
        assertThat(second).contains("<span class=\"src\">2024_hongzequ_county.txt</span>").doesNotContain("2023_hongzequ_county.txt</span>");
        JsonNode both = Served.JSON.readTree(served.get(result + "?format=json").body());
        assertThat(both.isArray()).isTrue();
        assertThat(both).hasSize(2);
        JsonNode cli = Served.cli(TEXT.resolve("2024_hongzequ_county.txt"), "--kind", "government", "--previous",
            TEXT.resolve("2023_hongzequ_county.txt").toString());
        assertThat(Served.ids(both.get(1))).as("the batch pairs consecutive years like the CLI").isEqualTo(Served.ids(cli));
    }

    @Test
    void resultPageDownloadsAndEnglish() throws Exception {
        String result = location(served.postFile("/check", "2023_hongzequ_county.txt",
            Files.readAllBytes(TEXT.resolve("2023_hongzequ_county.txt"))));
        String page = served.get(result).body();
        assertThat(page).contains("class=\"hl hl-error\"", "href=\"/rules/LIT-001\"", "format=json", "format=xlsx", "format=md");
        HttpResponse<byte[]> xlsx = served.client.send(HttpRequest.newBuilder(URI.create(served.url(result + "?format=xlsx"))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.body()[0]).isEqualTo((byte) 'P');
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("2023_hongzequ_county.ogicheck.xlsx");
        assertThat(served.get(result + "?format=md").body()).contains("LIT-001");
        String en = served.get(result + "?lang=en").body();
        assertThat(en).contains("lang=\"en\"", "Findings", "href=\"/rules/LIT-001?lang=en\"");
    }

    @Test
    void rulesPages() throws Exception {
        String list = served.get("/rules").body();
        assertThat(list).contains("LIT-001", "APP-001", "依据", "第 1 版", Path.of("rules").toAbsolutePath().toString());
        String lit = served.get("/rules/LIT-001").body();
        assertThat(lit).contains("LIT-001", "依据：", "fail-").contains("<pre>");
    }
}
