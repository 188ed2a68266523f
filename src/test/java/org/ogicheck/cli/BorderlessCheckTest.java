package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.TestSupport;
import org.ogicheck.read.Borderless;

/** A corpus PDF with its ruling lines taken out is checked like its text twin: its tables are read from word positions. */
class BorderlessCheckTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"2023_hongzequ_county", "2024_hongzequ_county"})
    void noErrorTheTextTwinHasNotButTheUnreadApplicationsTable(String name) throws Exception {
        Path pdf = tmp.resolve(name + ".pdf");
        Files.write(pdf, Borderless.of(TestSupport.CORPUS.resolve("pdf").resolve(name + ".pdf")));
        JsonNode fromPdf = CheckCorpusTest.check(pdf.toString());
        JsonNode fromText = CheckCorpusTest.check(TestSupport.CORPUS.resolve("text").resolve(name + ".txt").toString());
        List<String> errors = CheckCorpusTest.ids(fromPdf, "ERROR");
        // no ERROR the text twin does not have: the applications table is not rebuilt yet, but its words are
        // there, so that is a SEC-004 WARNING (the reader's limit), never a missing table
        assertThat(errors).isSubsetOf(CheckCorpusTest.ids(fromText, "ERROR"));
        assertThat(CheckCorpusTest.ids(fromPdf, "WARNING")).contains("SEC-004");
    }
}
