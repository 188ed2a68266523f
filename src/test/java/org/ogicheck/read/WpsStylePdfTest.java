package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.TestSupport;
import org.ogicheck.cli.CliRun;

/**
 * Every corpus text report as WPS exports it to PDF ({@link WpsStylePdf}: each character drawn on its
 * own, paragraphs indented by full-width spaces, ruled cells with the layout's merged cells, numbers
 * right-aligned, tables cut by page breaks without a repeated header) gives the ERRORs of the text
 * report, and the same findings on tables 三 and 四 (nothing left unrebuilt there).
 */
class WpsStylePdfTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    static Stream<Path> reports() throws IOException {
        try (Stream<Path> s = Files.list(TestSupport.corpus("text"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @Test
    void eachCharacterIsDrawnOnItsOwn() throws IOException {
        Path text = TestSupport.corpus("text/2024_huaian_city.txt");
        try (PDDocument pdf = Loader.loadPDF(WpsStylePdf.of(text))) {
            String content = new String(pdf.getPage(0).getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            int texts = content.split("BT", -1).length - 1;
            String page = new PDFTextStripper().getText(pdf);
            assertThat(page).contains("\u3000");
            assertThat(texts).isGreaterThan(300);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void readsAsTheTextReport(Path text) throws IOException {
        Path pdf = Files.write(temp.resolve(text.getFileName() + ".pdf"), WpsStylePdf.of(text));
        JsonNode original = check(text);
        JsonNode printed = check(pdf);
        assertThat(findings(printed, true)).as("ERRORs").isEqualTo(findings(original, true));
        assertThat(findings(printed, false)).as("findings on tables 三 and 四").isEqualTo(findings(original, false));
    }

    private static JsonNode check(Path file) throws IOException {
        CliRun run = CliRun.of("check", "--format", "json", file.toString());
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        return JSON.readTree(run.out());
    }

    /** the ERRORs, or every finding on tables 三 (APP) and 四 (LIT): severity, rule and place */
    private static List<String> findings(JsonNode result, boolean errors) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : result.path("findings")) {
            JsonNode l = f.path("location");
            String table = l.path("table").asText();
            boolean take = errors ? f.path("severity").asText().equals("ERROR") : table.equals("APP") || table.equals("LIT");
            if (!take) continue;
            out.add(f.path("severity").asText() + " " + f.path("ruleId").asText() + " " + l.path("section").asText()
                + " " + table + " " + l.path("row").asText() + " " + l.path("column").asText());
        }
        out.sort(null);
        return out;
    }
}
