package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.model.Severity;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Section;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.testing.Variants;

/**
 * A published page saved as PDF from the browser (what a user gets with "打印 → 另存为 PDF") is read
 * like the page itself: the same sections, the same cells (a row broken across two pages may be
 * withheld, never misread) and the same ERROR findings. The PDFs are printed by real headless
 * Chromium from the corpus pages (cached in target/print-cache). This form found that Chromium
 * draws the outlines of synthetic-bold letters as paths, which framed single letters as tables.
 */
class PrintedPageTest {

    private static final Path CACHE = Path.of("target", "print-cache");

    static Path printed(Path html) throws Exception {
        byte[] bytes = Files.readAllBytes(html);
        String key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        Path pdf = CACHE.resolve(key + ".pdf");
        if (Files.isRegularFile(pdf)) return pdf;
        Files.createDirectories(CACHE);
        Path tmp = Files.createTempFile(CACHE, key, ".tmp");
        Path profile = Files.createTempDirectory("ogicheck-print");
        Process p = new ProcessBuilder(Variants.CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
            "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + tmp.toAbsolutePath(),
            html.toAbsolutePath().toUri().toString())
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not print " + html + " within 180 s");
        }
        assertThat(Files.size(tmp)).as("PDF printed by Chromium from " + html).isPositive();
        Files.move(tmp, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return pdf;
    }

    private static List<String> errors(ParsedReport p) throws IOException {
        try {
            return TestSupport.engine().check(p, "zh").findings().stream().filter(f -> f.getSeverity() == Severity.ERROR)
                .map(f -> f.getRuleId() + " " + f.getSection() + "/" + f.getTable() + "/" + f.getRow() + "/" + f.getColumn())
                .sorted().toList();
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023_pingtan_city.html", "2023_shuyang_fagaiju_department.html"})
    void aPagePrintedToPdfReadsLikeThePage(String page) throws Exception {
        Path html = Twins.CORPUS.resolve("html").resolve(page);
        ParsedReport fromPage = Twins.parse(Readers.read(html));
        ParsedReport fromPdf = Twins.parse(Readers.read(printed(html)));

        assertThat(fromPdf.sections()).extracting(Section::number, Section::title)
            .containsExactlyElementsOf(fromPage.sections().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.number(), s.title())).toList());

        Map<String, String> want = Twins.tableCells(fromPage);
        Map<String, String> got = Twins.tableCells(fromPdf);
        assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(want.keySet());
        long same = want.keySet().stream().filter(k -> want.get(k).equals(got.get(k))).count();
        for (String k : want.keySet()) {
            // a cell is read as on the page, or withheld (a row broken across two pages): never another value
            assertThat(got.get(k)).as(k).isIn(want.get(k), "WITHHELD");
        }
        assertThat(same).as("cells read as on the page").isGreaterThanOrEqualTo(want.size() * 9 / 10);

        assertThat(errors(fromPdf)).isEqualTo(errors(fromPage));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023_pingtan_city.html"})
    void noLetterIsTakenForATable(String page) throws Exception {
        Document doc = Readers.read(printed(Twins.CORPUS.resolve("html").resolve(page)));
        // no table row holds a single letter (the outline of a bold letter framed as a table)
        assertThat(doc.blocks()).filteredOn(Block::isRow).allSatisfy(b -> assertThat(b.text().strip().length()).isGreaterThan(1));
        assertThat(doc.blocks()).extracting(Block::text).anyMatch(t -> t.contains("三、收到和处理政府信息公开申请情况"))
            .anyMatch(t -> t.contains("五、存在的主要问题及改进情况"));
    }
}
