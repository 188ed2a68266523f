package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.model.Severity;
import org.ogicheck.TestSupport;
import org.ogicheck.parse.ParsedReport;

/**
 * Text copied out of a PDF viewer (each table row one line, its cells apart by spaces, header words
 * split over lines, page numbers between) — here PDFBox's text of the corpus PDFs, as a viewer copies
 * it. Tables whose rows are LABEL n … n with exactly the count of numbers the table needs are rebuilt;
 * what is not rebuilt is said as a WARNING (SEC-004/A20-002 "not read"): no ERROR the PDF itself does
 * not give, no heading taken from a table's header words.
 */
class CopiedFromPdfTest {

    private static List<String> errors(ParsedReport p) throws Exception {
        return TestSupport.engine().check(p, "zh").findings().stream().filter(f -> f.getSeverity() == Severity.ERROR)
            .map(f -> f.getRuleId() + " " + f.getSection()).sorted().toList();
    }

    private static String copied(String name) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(TestSupport.CORPUS.resolve("pdf").resolve(name).toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(pdf);
        }
    }

    private static ParsedReport fromPdf(String name) throws Exception {
        return Twins.parse(Readers.read(TestSupport.CORPUS.resolve("pdf").resolve(name)));
    }

    private static ParsedReport fromCopy(String name) throws Exception {
        return Twins.parse(Readers.read("copied.txt", copied(name).getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023_hongzequ_county.pdf", "2024_hongzequ_county.pdf", "2024_huaian_city.pdf"})
    void noFalseErrorOnTextCopiedFromAPdf(String name) throws Exception {
        ParsedReport copy = fromCopy(name);
        assertThat(copy.sections()).extracting(org.ogicheck.model.Section::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(errors(copy)).isSubsetOf(errors(fromPdf(name)));
    }

    /** every table of the three copies is rebuilt: none is said to be unread, no cell is withheld */
    @ParameterizedTest
    @ValueSource(strings = {"2023_hongzequ_county.pdf", "2024_hongzequ_county.pdf", "2024_huaian_city.pdf"})
    void everyTableOfTheCopyIsRebuilt(String name) throws Exception {
        assertThat(TestSupport.engine().check(fromCopy(name), "zh").findings())
            .noneMatch(f -> List.of("SEC-004", "A20-002", "PARSE-001").contains(f.getRuleId()));
    }

    /**
     * every copy gives exactly the PDF's ERRORs, the MANIFEST defects among them: 2023 洪泽区 the two LIT-001 of
     * table 四 (one line of 15 numbers under the header words), 2024 洪泽区 the TXT-002 of its narrative (受理…申请
     * 17 件, a sentence wrapped over two page lines, vs 本年新收 95 of table 三, rebuilt row by row); 2024 淮安市
     * none (clean)
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"2023_hongzequ_county.pdf;LIT-001 四,LIT-001 四", "2024_hongzequ_county.pdf;TXT-002 一",
        "2024_huaian_city.pdf;"})
    void theCopyGivesTheSameErrorsAsThePdf(String name, String manifest) throws Exception {
        List<String> pdf = errors(fromPdf(name));
        assertThat(pdf).isEqualTo(manifest == null ? List.of() : List.of(manifest.split(",")));
        assertThat(errors(fromCopy(name))).isEqualTo(pdf);
    }
}
