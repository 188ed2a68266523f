package org.ogicheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ogicheck.testing.Variants;

/** The web page's paste box (form field {@code text}) takes a page as a browser copies it, findings as for the page. */
class PasteBoxTest extends ServedTest {
    @Test
    void aPageCopiedInChromiumAndPastedGivesThePagesFindings() throws Exception {
        Path page = Path.of("..", "shared", "corpus", "html", "2023_shuyang_fagaiju_department.html");
        String copied = Variants.innerText(page);
        String boundary = "----ogicheck-paste-boundary";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(copied.getBytes(StandardCharsets.UTF_8));
        b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = served.post("/api/check", "multipart/form-data; boundary=" + boundary, b.toByteArray());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode got = Served.json(r);
        JsonNode want = Served.cli(page);
        assertThat(Served.ids(got)).isEqualTo(Served.ids(want));
        assertThat(got.get("report").get("year")).isEqualTo(want.get("report").get("year"));
    }
}
