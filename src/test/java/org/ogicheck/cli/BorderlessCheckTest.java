package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.TestSupport;
import org.ogicheck.read.Borderless;

/**
 * A corpus PDF with its ruling lines taken out is checked like its text twin: its tables, the
 * applications table included, are read from word positions — the same ERRORs, and no SEC-004.
 */
class BorderlessCheckTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"2023_hongzequ_county", "2024_hongzequ_county", "2024_huaian_city"})
    void sameErrorsAsTheTextTwinAndNoUnreadTable(String name) throws Exception {
        Path pdf = tmp.resolve(name + ".pdf");
        Files.write(pdf, Borderless.of(TestSupport.CORPUS.resolve("pdf").resolve(name + ".pdf")));
        JsonNode fromPdf = CheckCorpusTest.check(pdf.toString());
        JsonNode fromText = CheckCorpusTest.check(TestSupport.CORPUS.resolve("text").resolve(name + ".txt").toString());
        assertThat(CheckCorpusTest.ids(fromPdf, "ERROR")).containsExactlyInAnyOrderElementsOf(CheckCorpusTest.ids(fromText, "ERROR"));
        assertThat(CheckCorpusTest.ids(fromPdf, "WARNING")).doesNotContain("SEC-004");
        assertThat(CheckCorpusTest.ids(fromPdf, "INFO")).doesNotContain("SEC-004");
    }
}
