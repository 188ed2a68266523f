package org.ogicheck.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Result;
import org.ogicheck.read.Readers;
import org.ogicheck.read.Scans;
import org.ogicheck.read.WordCopies;

/**
 * A bureau prints its Word report, stamps it and publishes the scan: the corpus text reports written as
 * Word documents (WordCopies), saved as PDF by LibreOffice, and their last page — a few lines at its
 * top, section 六 among them, the rest of the page blank — scanned at 300 dpi (a grey image, no text).
 * The heading is read there (no SEC-001), and the scan gives no ERROR its text twin lacks. One page
 * per report is read by OCR (the others keep their text), as OCR is slow. 2023 洪泽's last page reads its
 * heading as 入、其他需要报告的事项 (its 六 misread), which is taken for heading 六 (OcrVocabulary.heading).
 */
class WordScanTest {
    private static final Path CACHE = Path.of("target", "scan-cache", "word");

    @ParameterizedTest
    @ValueSource(strings = {"2020_jianggan_amr_department", "2023_hongzequ_county"})
    void theLastPageOfAScannedWordPrintKeepsItsHeading(String name) throws Exception {
        Path pdf = wordPdf(name);
        int last;
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            last = doc.getNumberOfPages();
        }
        Path scan = Scans.scanned(pdf, Set.of(last), 300, 0, false);
        assertThat(Readers.read(scan).meta()).containsEntry("ocr", String.valueOf(last));
        Result scanned = ScanTest.check(scan);
        assertThat(scanned.findings()).noneSatisfy(f -> assertThat(f.getRuleId()).isEqualTo("SEC-001"));
        assertThat(ScanTest.errors(scanned)).isSubsetOf(ScanTest.errors(ScanTest.twin(name)));
    }

    /** the corpus text report as a Word document saved as PDF by LibreOffice (cached) */
    private static Path wordPdf(String name) throws Exception {
        Path out = CACHE.resolve(name + "-word.pdf");
        if (Files.exists(out)) return out;
        Files.createDirectories(CACHE);
        Path docx = CACHE.resolve(name + "-word.docx");
        Files.write(docx, WordCopies.docx(TestSupport.CORPUS.resolve("text").resolve(name + ".txt")));
        WordCopies.convert(List.of(docx), "pdf", CACHE, CACHE.resolve("lo-profile"));
        return out;
    }
}
