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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.TestSupport;
import org.ogicheck.cli.CliRun;
import org.ogicheck.testing.Variants;

/**
 * A page saved as PDF by the browser (Print, Save as PDF, headers and footers on) reads as the page
 * itself: the browser's running head (date and time, the page's title) and foot (the address, "6/9")
 * on every page are no text of the report — left in, the date was read into the agency's name, and
 * the head between a table and its rest on the next page kept table 三 of 沭阳 2023 in five tables
 * whose blank columns were taken for spacers (rows read with 2 of 7 cells, five APP-005 WARNINGs).
 * The conformance suite's {@code pdf-from-browser} variant holds the ERRORs; this holds every finding.
 */
class BrowserPrintedPdfTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    static Stream<String> pages() {
        return Stream.of("html/2023_pingtan_city.html", "html/2023_shuyang_fagaiju_department.html");
    }

    static Stream<String> texts() throws IOException {
        try (Stream<Path> s = Files.list(TestSupport.corpus("text"))) {
            return s.map(p -> "text/" + p.getFileName()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aPrintedPageGivesThePagesFindings(String page) throws IOException {
        Path html = TestSupport.corpus(page);
        Path pdf = Files.write(temp.resolve(html.getFileName() + ".pdf"), Variants.printed(html));
        JsonNode original = check(html);
        JsonNode printed = check(pdf);
        assertThat(findings(printed)).isEqualTo(findings(original));
        assertThat(printed.path("report").path("agency").asText()).isEqualTo(original.path("report").path("agency").asText());
        assertThat(printed.path("report").path("year").asText()).isEqualTo(original.path("report").path("year").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void aPrintedTextReportKeepsItsAgencyKindYearAndEdition(String text) throws IOException {
        Path file = TestSupport.corpus(text);
        Path html = Files.write(temp.resolve(file.getFileName() + ".html"), WordCopies.html(file));
        Path pdf = Files.write(temp.resolve(file.getFileName() + ".pdf"), Variants.printed(html));
        JsonNode original = check(file).path("report");
        JsonNode printed = check(pdf).path("report");
        for (String field : List.of("agency", "kind", "year", "edition")) {
            assertThat(printed.path(field).asText()).as(field).isEqualTo(original.path(field).asText());
        }
    }

    private static JsonNode check(Path file) throws IOException {
        CliRun run = CliRun.of("check", "--format", "json", file.toString());
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        return JSON.readTree(run.out());
    }

    /** each finding as severity, rule and place (not its page or line: those differ between a page and its print) */
    private static List<String> findings(JsonNode result) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : result.path("findings")) {
            JsonNode l = f.path("location");
            out.add(f.path("severity").asText() + " " + f.path("ruleId").asText() + " " + l.path("section").asText()
                + " " + l.path("table").asText() + " " + l.path("row").asText() + " " + l.path("column").asText());
        }
        out.sort(null);
        return out;
    }
}
