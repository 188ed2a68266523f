package org.ogicheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Uploads are limited and never shown as markup; logs hold names and sizes only; nothing on the web changes a rule. */
class SafetyTest extends ServedTest {
    private static final Path HONGZE = Path.of("..", "shared", "corpus", "text", "2023_hongzequ_county.txt");
    @Test
    void fiftyMegabytesGet413InChinese() throws Exception {
        byte[] big = new byte[50 * 1024 * 1024];
        HttpResponse<String> page = served.postFile("/check", "big.pdf", big);
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("上传的内容太大").contains("20 MB");
        HttpResponse<String> api = served.check("big.pdf", big);
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(Served.json(api).get("error").asText()).contains("上传的内容太大");
        assertThat(served.get("/health").statusCode()).as("the server still answers").isEqualTo(200);
    }

    @Test
    void scriptInAReportIsShownAsText() throws Exception {
        String report = Files.readString(HONGZE).replace("（六）其他处理 | 0 |",
            "（六）其他处理 | <script>alert(1)</script><img src=x onerror=alert(1)> |");
        HttpResponse<String> posted = served.postFile("/check", "<b onclick=alert(1)>draft.txt", report.getBytes(StandardCharsets.UTF_8));
        assertThat(posted.statusCode()).isEqualTo(303);
        HttpResponse<String> page = served.get(posted.headers().firstValue("Location").orElseThrow());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
            .doesNotContain("<script").doesNotContain("<img").contains("&lt;b onclick=alert(1)&gt;draft.txt");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
    }

    @Test
    void logHoldsFileNameAndSizeOnly() throws Exception {
        byte[] bytes = Files.readAllBytes(HONGZE);
        served.log.clear();
        served.check("hongze.txt", bytes);
        assertThat(served.log).containsExactly(served.log.get(0));
        assertThat(served.log.get(0)).startsWith("checked hongze.txt (" + bytes.length + " bytes) in ").doesNotContain("洪泽");
    }

    @Test
    void rulesCannotBeChangedThroughTheWeb() throws Exception {
        String before = Files.readString(Path.of("rules", "litigation.dslr"));
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            for (String path : new String[] {"/rules", "/rules/LIT-001", "/api/rules"}) {
                HttpResponse<String> r = served.client.send(HttpRequest.newBuilder(URI.create(served.url(path)))
                    .method(method, HttpRequest.BodyPublishers.ofString("rule \"X\" when then end")).build(),
                    HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(method + " " + path).isEqualTo(405);
            }
        }
        assertThat(Files.readString(Path.of("rules", "litigation.dslr"))).isEqualTo(before);
        assertThat(served.rules.generation()).isEqualTo(1);
    }

    @Test
    void aCheckPastTheTimeLimitIsRefusedAndTheServerGoesOn() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("..", "shared", "corpus", "pdf", "2024_huaian_city.pdf"));
        try (Served hurried = Served.withTimeout(Duration.ofMillis(1))) {
            HttpResponse<String> api = hurried.check("huaian.pdf", pdf);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(Served.json(api).get("error").asText()).contains("检查超时");
            HttpResponse<String> page = hurried.postFile("/check", "huaian.pdf", pdf);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("检查超时");
            // in English, on a text report: a worker stopped at the time limit while it initialises a PDF class would leave that
            // class unusable for the rest of the JVM, so the PDF is checked past its limit no more than before
            byte[] text = Files.readAllBytes(HONGZE);
            HttpResponse<String> en = hurried.post("/api/check?name=hongze.txt&lang=en", "application/octet-stream", text);
            assertThat(en.statusCode()).isEqualTo(503);
            assertThat(Served.json(en).get("error").asText()).startsWith("Check timed out: not finished after ");
            HttpResponse<String> enPage = hurried.postFile("/check?lang=en", "hongze.txt", text);
            assertThat(enPage.statusCode()).isEqualTo(503);
            assertThat(enPage.body()).contains("Check timed out");
            assertThat(hurried.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void unknownResultAndRuleAre404() throws Exception {
        assertThat(served.get("/result/" + "0".repeat(32)).statusCode()).isEqualTo(404);
        assertThat(served.get("/rules/NOPE-001").statusCode()).isEqualTo(404);
        assertThat(served.get("/nothing").statusCode()).isEqualTo(404);
    }
}
