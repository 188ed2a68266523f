package org.ogicheck.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.TestSupport;
import org.ogicheck.cli.CliRun;

/**
 * Runs the conformance suite ({@code fixtures/conformance.tsv}) through the CLI: any ERROR the suite
 * does not list is a false ERROR and fails, any required ERROR not reported is a miss and fails.
 * Precision and recall over the whole suite are printed at the end.
 */
class ConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Conformance.Outcome> OUTCOMES = new ArrayList<>();

    @TempDir
    static Path temp;

    static Stream<Conformance.Case> cases() throws IOException {
        return Conformance.read(TestSupport.FIXTURES.resolve("conformance.tsv")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportGivesExactlyTheExpectedErrors(Conformance.Case c) throws IOException {
        Path input = Variants.make(c.variant(), TestSupport.corpus(c.file()), temp);
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        args.addAll(c.options());
        args.add(input.toString());
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        JsonNode result = JSON.readTree(run.out());
        Conformance.Outcome o = Conformance.judge(c, result);
        synchronized (OUTCOMES) {
            OUTCOMES.add(o);
        }
        assertThat(o.falseErrors()).as("false ERRORs on %s (%s)", c, c.why()).isEmpty();
        assertThat(o.missed()).as("missed ERRORs on %s (%s)", c, c.why()).isEmpty();
    }

    @AfterAll
    static void printPrecisionAndRecall() {
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int defensible = 0;
        for (Conformance.Outcome o : OUTCOMES) {
            tp += o.found().size();
            fn += o.missed().size();
            fp += o.falseErrors().size();
            defensible += o.defensible();
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        System.out.printf("conformance: %d cases, %d required ERRORs found, %d missed, %d false, %d defensible;"
            + " precision %.3f, recall %.3f%n", OUTCOMES.size(), tp, fn, fp, defensible, precision, recall);
    }

    /** the forms a suite file is checked in */
    static final class Variants {
        private Variants() {
        }

        static Path make(String variant, Path file, Path temp) throws IOException {
            String name = file.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
            return switch (variant) {
                case "original" -> file;
                case "tab" -> Files.writeString(temp.resolve(name + ".tab.txt"), org.ogicheck.testing.Variants.tabRows(file));
                case "lines" -> Files.writeString(temp.resolve(name + ".lines.txt"), org.ogicheck.testing.Variants.labelThenNumbers(file));
                case "pasted" -> Files.writeString(temp.resolve(name + ".pasted.txt"), org.ogicheck.testing.Variants.innerText(file));
                case "docx" -> Files.write(temp.resolve(name + ".docx"), org.ogicheck.read.WordCopies.docx(file));
                case "pdf-from-docx" -> printed(make("docx", file, temp), temp);
                case "pdf-from-browser" -> Files.write(temp.resolve(name + ".browser.pdf"), org.ogicheck.testing.Variants.printed(page(file, temp)));
                case "ofd" -> ofd(file.toString().endsWith(".pdf") ? file : make("pdf-from-docx", file, temp), temp);
                default -> throw new IllegalArgumentException("unknown variant " + variant
                    + " (original, tab, lines, pasted, docx, pdf-from-docx, pdf-from-browser, ofd)");
            };
        }

        /** an HTML page as it is, a text report as a plain HTML page with its tables */
        private static Path page(Path file, Path temp) throws IOException {
            if (file.toString().endsWith(".html")) return file;
            return Files.write(temp.resolve(file.getFileName().toString().replaceFirst("\\.txt$", ".page.html")),
                org.ogicheck.read.WordCopies.html(file));
        }

        /** the OFD twin of a PDF (OfdTwins: its glyphs, ruling lines and images where the PDF shows them) */
        private static Path ofd(Path pdf, Path temp) throws IOException {
            Path out = temp.resolve(pdf.getFileName().toString().replaceFirst("\\.pdf$", ".ofd"));
            try {
                org.ogicheck.read.OfdTwins.write(Files.readAllBytes(pdf), out);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
            return out;
        }

        /** the Word document as LibreOffice prints it to PDF */
        private static Path printed(Path docx, Path temp) throws IOException {
            org.ogicheck.read.WordCopies.convert(List.of(docx), "pdf", temp.resolve("pdf"), temp.resolve("lo-profile"));
            return temp.resolve("pdf").resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
        }
    }
}
