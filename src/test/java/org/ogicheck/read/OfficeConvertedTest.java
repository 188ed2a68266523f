package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.cli.CliRun;

/**
 * What a user does with a published page before checking it: opens it in an office suite and saves it
 * as Word, as text or as PDF. Real conversions by LibreOffice (Debian's libreoffice-writer-nogui,
 * installed by .ci/run) of each corpus HTML page, as published and with a defect injected in place
 * (mutate --break): the Word and text copies give exactly the ERRORs of the page they came from; the
 * PDF, whose tables LibreOffice lays out anew (rows spanning pages, wrapped labels), gives no ERROR the
 * page does not have.
 */
class OfficeConvertedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PAGES = List.of("html/2023_pingtan_city.html", "html/2023_shuyang_fagaiju_department.html");
    /** defects injected in the page: a table identity, a reconsideration total, a narrative count */
    private static final List<String> BREAKS = List.of("APP-001", "LIT-001", "TXT-002");

    @TempDir
    static Path tmp;

    private static final List<Path> pages = new ArrayList<>();

    @BeforeAll
    static void convert() throws Exception {
        for (String page : PAGES) {
            Path original = TestSupport.corpus(page);
            String base = original.getFileName().toString().replace(".html", "");
            Path copy = tmp.resolve(base + ".html");
            Files.copy(original, copy);
            pages.add(copy);
            for (String rule : BREAKS) {
                Path out = tmp.resolve(base + "-" + rule + ".html");
                CliRun r = CliRun.of("mutate", original.toString(), "--break", rule, "--out", out.toString());
                if (r.code() == 0) pages.add(out);
            }
        }
        assertThat(pages).as("pages with a defect injected").hasSizeGreaterThan(PAGES.size() + 2);
        soffice("docx:MS Word 2007 XML", "docx");
        soffice("txt:Text (encoded):UTF8", "txt");
        soffice("pdf", "pdf");
    }

    private static void soffice(String filter, String folder) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("soffice", "--headless", "-env:UserInstallation=file://" + tmp.resolve("lo-profile"),
            "--convert-to", filter, "--outdir", tmp.resolve(folder).toString()));
        pages.forEach(p -> cmd.add(p.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(folder + ".log").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve(folder + ".log"))).isZero();
    }

    private static Path converted(Path page, String folder) {
        return tmp.resolve(folder).resolve(page.getFileName().toString().replace(".html", "." + folder));
    }

    private static List<String> errors(Path file) throws Exception {
        CliRun r = CliRun.of("check", "--format", "json", file.toString());
        assertThat(r.code()).as(file + ": " + r.err()).isIn(0, 1);
        List<String> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(r.out()).get("findings")) {
            if (f.get("severity").asText().equals("ERROR")) out.add(f.get("ruleId").asText());
        }
        return out.stream().sorted().toList();
    }

    @Test
    void wordAndTextCopiesGiveTheErrorsOfThePage() throws Exception {
        int withErrors = 0;
        for (Path page : pages) {
            List<String> expected = errors(page);
            if (!expected.isEmpty()) withErrors++;
            assertThat(errors(converted(page, "docx"))).as(page.getFileName() + " saved as Word").isEqualTo(expected);
            assertThat(errors(converted(page, "txt"))).as(page.getFileName() + " saved as text").isEqualTo(expected);
        }
        assertThat(withErrors).as("pages whose injected defect is an ERROR").isGreaterThanOrEqualTo(PAGES.size());
    }

    @Test
    void aPdfCopyGivesNoErrorThePageDoesNotHave() throws Exception {
        for (Path page : pages) {
            assertThat(errors(page)).as(page.getFileName() + " printed to PDF").containsAll(errors(converted(page, "pdf")));
        }
    }
}
