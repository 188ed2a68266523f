package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.cli.CliRun;
import org.ogicheck.read.TableForms.C;
import org.ogicheck.read.TableForms.Part;

/**
 * Every corpus text report as the Word document a clerk makes of it (WordCopies): the tables carry the
 * layout's merged cells, and the document saved by LibreOffice as Word 97 (.doc) gives the ERRORs of the
 * text it was made from. (The .docx and the PDF LibreOffice prints of it are variants of the conformance
 * suite: docx, pdf-from-docx.)
 */
class WordCopiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static List<Path> reports() throws Exception {
        try (Stream<Path> s = Files.list(TestSupport.corpus("text"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void tablesCarryTheLayoutsMergedCells() throws Exception {
        for (Path report : reports()) {
            List<Part> tables = WordCopies.parts(Files.readString(report, StandardCharsets.UTF_8)).stream().filter(Part::isTable).toList();
            Part app = tables.stream().filter(t -> t.kind().equals("APP")).findFirst().orElseThrow();
            // the caption over three header rows and three label columns; 申请人情况 over the applicant columns
            assertThat(app.rows().get(0)).as(report.getFileName() + " table 三 caption row")
                .extracting(C::cs, C::rs).containsExactly(tuple(3, 3), tuple(7, 1));
            // 三、本年度办理结果 down its rows, （三）不予公开 down its eight (2019: its rows too)
            assertThat(app.rows()).as(report.getFileName() + " row groups").anySatisfy(r ->
                assertThat(r.get(0)).satisfies(c -> {
                    assertThat(c.text()).startsWith("三、");
                    assertThat(c.rs()).isGreaterThan(15);
                }));
            assertThat(app.rows()).anySatisfy(r -> assertThat(r.get(0)).satisfies(c -> {
                assertThat(c.text()).matches("^[（(]三[）)].*");
                assertThat(c.rs()).isEqualTo(8);
            }));
            Part lit = tables.stream().filter(t -> t.kind().equals("LIT")).findFirst().orElseThrow();
            assertThat(lit.rows().get(0)).as(report.getFileName() + " table 四").extracting(C::cs).containsExactly(5, 10);
            assertThat(lit.rows().get(1)).extracting(C::rs).containsExactly(2, 2, 2, 2, 2, 1, 1);
            Part a20 = tables.stream().filter(t -> t.kind().equals("A20")).findFirst().orElseThrow();
            assertThat(a20.rows().get(0)).as(report.getFileName() + " table 二 caption").singleElement().extracting(C::cs).isEqualTo(4);
        }
    }

    @Test
    void wordNinetySevenCopyGivesTheErrorsOfTheText() throws Exception {
        assertConvertedCopiesGiveTheTextsErrors("doc:MS Word 97", "doc");
    }

    /** the ERRORs of each converted copy are the text's */
    private void assertConvertedCopiesGiveTheTextsErrors(String filter, String ext) throws Exception {
        List<Path> docx = new ArrayList<>();
        for (Path report : reports()) {
            Path d = tmp.resolve(report.getFileName().toString().replace(".txt", ".docx"));
            Files.write(d, WordCopies.docx(report));
            docx.add(d);
        }
        WordCopies.convert(docx, filter, tmp.resolve(ext), tmp.resolve("lo-profile"));
        int withErrors = 0;
        for (Path report : reports()) {
            List<String> expected = errors(report);
            if (!expected.isEmpty()) withErrors++;
            Path copy = tmp.resolve(ext).resolve(report.getFileName().toString().replace(".txt", "." + ext));
            assertThat(errors(copy)).as(report.getFileName() + " as " + filter).isEqualTo(expected);
        }
        assertThat(withErrors).as("reports with ERRORs (MANIFEST)").isGreaterThanOrEqualTo(5);
    }

    private static List<String> errors(Path file) throws Exception {
        CliRun r = CliRun.of("check", "--format", "json", file.toString());
        assertThat(r.code()).as(file + ": " + r.err()).isIn(0, 1);
        List<String> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(r.out()).get("findings")) {
            if (!f.get("severity").asText().equals("ERROR")) continue;
            JsonNode l = f.get("location");
            out.add(f.get("ruleId").asText() + "@" + l.path("section").asText() + "/" + l.path("row").asText() + "/" + l.path("column").asText());
        }
        return out.stream().sorted().toList();
    }
}
