package org.ogicheck.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.cli.CliRun;
import org.ogicheck.render.Renderer;

/**
 * Findings, scores and outputs on the whole corpus, format by format and in both languages, compared
 * with those the tool gave before the refactor of issue 11 (stored under
 * {@code src/test/resources/before-refactor/}). Each batch is checked as a batch, so the cross-year
 * pairing is part of what is compared. Only the tool's version is normalised (no output holds a time
 * or an absolute path). {@code -Dsnapshot.write=true} takes the snapshot again: do that only for a
 * change meant to alter the output, and say so in the commit.
 */
class BeforeRefactorSnapshotTest {
    private static final Path STORE = Path.of("src/test/resources/before-refactor");
    private static final boolean WRITE = Boolean.getBoolean("snapshot.write");

    @TempDir
    static Path tmp;

    /** the batches: the shared corpus, the bundled report, and the cross-year pair of XY-001 */
    private static List<List<String>> batches() throws IOException {
        List<String> xy;
        try (Stream<Path> s = Files.list(TestSupport.FIXTURES.resolve("XY-001"))) {
            xy = s.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted().toList();
        }
        return List.of(List.of(TestSupport.CORPUS.toString()), List.of(TestSupport.FIXTURES.resolve("reports").toString()), xy);
    }

    private static final String[] BATCH_NAMES = {"corpus", "fixtures-reports", "xy-001"};

    @TestFactory
    List<DynamicTest> everyFormatInBothLanguagesIsUnchanged() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<List<String>> batches = batches();
        for (int b = 0; b < batches.size(); b++) {
            List<String> inputs = batches.get(b);
            String batch = BATCH_NAMES[b];
            for (String lang : List.of("zh", "en")) {
                for (String format : Renderer.FORMATS) {
                    String name = batch + "." + lang + "." + format + ".txt";
                    tests.add(DynamicTest.dynamicTest(name, () -> compare(name, check(format, lang, inputs, false))));
                }
                String name = batch + "." + lang + ".text-explain.txt";
                tests.add(DynamicTest.dynamicTest(name, () -> compare(name, check("text", lang, inputs, true))));
            }
        }
        List<Path> files = new ArrayList<>();
        for (List<String> inputs : batches) {
            for (String in : inputs) {
                try (Stream<Path> s = Files.walk(Path.of(in))) {
                    s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
                }
            }
        }
        for (Path f : files) {
            for (String format : List.of("text", "json")) {
                String name = "parse." + f.getParent().getFileName() + "." + f.getFileName() + "." + format + ".txt";
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    CliRun r = CliRun.of("parse", "--format", format, f.toString());
                    compare(name, "exit " + r.code() + "\n--- stderr\n" + r.err() + "--- stdout\n" + normalise(r.out()));
                }));
            }
        }
        return tests;
    }

    private static String check(String format, String lang, List<String> inputs, boolean explain) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "--format", format, "--lang", lang));
        if (explain) args.add("--explain");
        Path out = null;
        if (format.equals("xlsx")) {
            out = Files.createTempFile(tmp, "snapshot", ".xlsx");
            args.addAll(List.of("--out", out.toString()));
        }
        args.addAll(inputs);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        String body = out == null ? r.out() : cells(out);
        return "exit " + r.code() + "\n--- stderr\n" + r.err() + "--- stdout\n" + normalise(body);
    }

    /** every cell of every sheet, as the spreadsheet shows it, one line a cell */
    private static String cells(Path xlsx) throws IOException {
        StringBuilder sb = new StringBuilder();
        DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                sb.append("== sheet ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell c : row) {
                        sb.append(c.getAddress().formatAsString()).append(" = ").append(fmt.formatCellValue(c)).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String normalise(String s) {
        return s.replace("\r\n", "\n")
            .replaceAll("(\"version\"\\s*:\\s*)\"[^\"]*\"", "$1\"<version>\"");
    }

    private static void compare(String name, String actual) throws IOException {
        Path stored = STORE.resolve(name);
        if (WRITE) {
            Files.createDirectories(STORE);
            Files.writeString(stored, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(stored).as("snapshot %s (take it with -Dsnapshot.write=true before a refactor)", stored).exists();
        assertThat(actual).as(name).isEqualTo(Files.readString(stored, StandardCharsets.UTF_8));
    }
}
