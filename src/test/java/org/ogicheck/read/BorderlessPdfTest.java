package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.parse.ParsedReport;

/**
 * Corpus PDFs with their ruling lines taken out (same text at the same places): every table — 第二十条,
 * the applications table (its header on several levels, group labels set vertically or wrapped, a page
 * break inside) and 复议诉讼 — is rebuilt from the word positions cell by cell as in the ruled PDF,
 * with the same parse issues.
 */
class BorderlessPdfTest {
    @ParameterizedTest
    @ValueSource(strings = {"2023_hongzequ_county", "2024_hongzequ_county", "2024_huaian_city"})
    void tablesReadLikeTheRuledPdf(String name) throws Exception {
        byte[] ruled = java.nio.file.Files.readAllBytes(Twins.CORPUS.resolve("pdf").resolve(name + ".pdf"));
        byte[] bytes = Borderless.of(Twins.CORPUS.resolve("pdf").resolve(name + ".pdf"));
        for (var page : PdfReader.pageData(name + "-borderless.pdf", bytes)) assertThat(page.segs()).as("no ruling lines left").isEmpty();
        ParsedReport read = Twins.parse(new PdfReader().read(name + "-borderless.pdf", bytes));
        ParsedReport fromRuled = Twins.parse(new PdfReader().read(name + ".pdf", ruled));
        Map<String, String> expected = Twins.tableCells(fromRuled);
        assertThat(expected.keySet()).as("the ruled PDF has all three tables")
            .anyMatch(k -> k.startsWith("A20")).anyMatch(k -> k.startsWith("APP/")).anyMatch(k -> k.startsWith("LIT/"));
        assertThat(Twins.tableCells(read)).containsExactlyEntriesOf(expected);
        assertThat(read.issues()).hasSameSizeAs(fromRuled.issues());
    }
}
