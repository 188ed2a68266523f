package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.parse.ParsedReport;

/**
 * Corpus PDFs with their ruling lines taken out (same text at the same places): the 第二十条 and
 * 复议诉讼 tables are rebuilt from the word positions cell by cell as in the text twin. The
 * applications table of these reports (group labels set vertically, a page break inside) is not
 * rebuilt yet; it must then stay text, never come out as half a table.
 */
class BorderlessPdfTest {
    @ParameterizedTest
    @ValueSource(strings = {"2023_hongzequ_county", "2024_hongzequ_county"})
    void article20AndLitigationTablesReadLikeTheTextTwin(String name) throws Exception {
        byte[] bytes = Borderless.of(Twins.CORPUS.resolve("pdf").resolve(name + ".pdf"));
        try (var pdf = Loader.loadPDF(bytes)) {
            for (var page : pdf.getPages()) assertThat(PdfTableBuilder.rulings(page)).as("no ruling lines left").isEmpty();
        }
        ParsedReport read = Twins.parse(new PdfReader().read(name + "-borderless.pdf", bytes));
        ParsedReport text = Twins.parseText(name);
        Map<String, String> expected = withoutApp(Twins.tableCells(text));
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(withoutApp(Twins.tableCells(read))).isEqualTo(expected);
        assertThat(Twins.tableCells(read).keySet()).as("no half applications table").noneMatch(k -> k.startsWith("APP"));
    }

    private static Map<String, String> withoutApp(Map<String, String> cells) {
        Map<String, String> out = new TreeMap<>(cells);
        out.keySet().removeIf(k -> k.startsWith("APP"));
        return out;
    }
}
