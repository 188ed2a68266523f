package org.ogicheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A served result shown in the other language keeps every finding, the cross-year ones included. */
class LanguageSwitchTest extends ServedTest {
    private static final Path XY = Path.of("fixtures", "XY-001");

    @Test
    void englishResultKeepsTheCrossYearFindings() throws Exception {
        String boundary = "xy-boundary";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        part(b, boundary, "file", "fail-carried-in-not-carried-over.txt");
        part(b, boundary, "previous", "prev-hongze-2023.txt");
        b.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> posted = served.post("/check", "multipart/form-data; boundary=" + boundary, b.toByteArray());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        String result = posted.headers().firstValue("Location").orElseThrow();

        JsonNode zh = Served.JSON.readTree(served.get(result + "?format=json").body());
        JsonNode en = Served.JSON.readTree(served.get(result + "?format=json&lang=en").body());
        assertThat(Served.ids(zh)).contains("XY-001");
        assertThat(Served.ids(en)).isEqualTo(Served.ids(zh));
        assertThat(served.get(result + "?lang=en").body()).contains("XY-001");
    }

    @Test
    void aPreviousReportThatCouldNotBeReadIsSaidInTheLanguageShown() throws Exception {
        String boundary = "xy-boundary";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        part(b, boundary, "file", "fail-carried-in-not-carried-over.txt");
        part(b, boundary, "previous", "note.txt", "hello".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> posted = served.post("/check", "multipart/form-data; boundary=" + boundary, b.toByteArray());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        String result = posted.headers().firstValue("Location").orElseThrow();

        assertThat(served.get(result).body()).contains("note.txt：没有找到年度报告").doesNotContain("no report found");
        assertThat(served.get(result + "?lang=en").body()).contains("note.txt: no report found").doesNotContain("没有找到年度报告");
    }

    private static void part(ByteArrayOutputStream b, String boundary, String field, String file) throws Exception {
        part(b, boundary, field, file, Files.readAllBytes(XY.resolve(file)));
    }

    private static void part(ByteArrayOutputStream b, String boundary, String field, String file, byte[] bytes) {
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + file + "\"\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
        b.writeBytes(bytes);
        b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
