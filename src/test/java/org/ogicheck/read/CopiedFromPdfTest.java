package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.model.Severity;
import org.ogicheck.TestSupport;
import org.ogicheck.parse.ParsedReport;

/**
 * Text copied out of a PDF viewer (each table row one line, its cells apart by spaces, header words
 * split over lines, page numbers between) — here PDFBox's text of the corpus PDFs, as a viewer copies
 * it. Its tables may not be rebuilt, but that is said as a WARNING (SEC-004/A20-002 "not read"): no
 * ERROR the PDF itself does not give, no heading taken from a table's header words.
 */
class CopiedFromPdfTest {

    private static List<String> errors(ParsedReport p) throws Exception {
        return TestSupport.engine().check(p, "zh").findings().stream().filter(f -> f.getSeverity() == Severity.ERROR)
            .map(f -> f.getRuleId() + " " + f.getSection()).sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023_hongzequ_county.pdf", "2024_hongzequ_county.pdf", "2024_huaian_city.pdf"})
    void noFalseErrorOnTextCopiedFromAPdf(String name) throws Exception {
        String copied;
        try (PDDocument pdf = Loader.loadPDF(TestSupport.CORPUS.resolve("pdf").resolve(name).toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            copied = s.getText(pdf);
        }
        ParsedReport fromPdf = Twins.parse(Readers.read(TestSupport.CORPUS.resolve("pdf").resolve(name)));
        ParsedReport fromCopy = Twins.parse(Readers.read("copied.txt", copied.getBytes(StandardCharsets.UTF_8)));

        assertThat(fromCopy.sections()).extracting(org.ogicheck.model.Section::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(errors(fromCopy)).isSubsetOf(errors(fromPdf));
    }
}
