package org.ogicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Cell;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Value;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.ReadException;
import org.ogicheck.render.Renderer;
import org.ogicheck.testing.Gen;

/**
 * The bounded mutation run: 2,000 corpus reports, each broken at random the way careless hands and
 * tools break them (lines dropped, doubled, swapped or cut; cells blanked, dashed, made huge or
 * negative; pipes, digits and stray bytes inserted), through the Java API. The contract on each:
 * a verdict or a one-line {@link ReadException}, no other exception; valid JSON output; the points
 * of the findings add up to 100 − score; no blank or dash cell holds a number.
 */
class MutationFuzzTest {
    private static final int CASES = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> corpus() throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(TestSupport.CORPUS.resolve("text"))) {
            for (Path p : s.sorted().toList()) out.add(Files.readString(p));
        }
        return out;
    }

    static String mutate(String report, Gen g) {
        List<String> lines = new ArrayList<>(List.of(report.split("\n", -1)));
        int edits = g.between(1, 4);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int i = g.between(0, lines.size() - 1);
            String l = lines.get(i);
            switch (g.between(0, 11)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, l);
                case 2 -> lines.set(i, l.substring(0, g.between(0, l.length())));
                case 3 -> {
                    int j = g.between(0, lines.size() - 1);
                    lines.set(i, lines.get(j));
                    lines.set(j, l);
                }
                case 4, 5, 6 -> lines.set(i, cell(l, g));
                case 7 -> lines.set(i, insert(l, g, g.oneOf("|", " | ", "\t", "0", "9", "—", "（", "）", "。", "件")));
                case 8 -> lines.set(i, insert(l, g, g.text(6)));
                case 9 -> lines.set(i, l.replaceAll("\\d", g.oneOf("", "0", "99", "１")));
                case 10 -> lines.set(i, insert(l, g, g.oneOf("\0", "\uFFFD", "\u00a0", "\u200b", "\r")));
                default -> lines.set(i, l.repeat(g.between(2, 5)));
            }
        }
        return String.join("\n", lines);
    }

    /** one cell of a table row replaced by a blank, a dash, a huge, negative or odd number */
    private static String cell(String line, Gen g) {
        if (line.indexOf('|') < 0) return line;
        String[] cells = line.split("\\|", -1);
        int c = g.between(0, cells.length - 1);
        cells[c] = " " + g.oneOf("", " ", "/", "—", "-", "无", "9223372036854775807", "18446744073709551616", "999999999999999",
            "-5", "1.5", "1,234", "３", "加7", "减", "?", "12（含3件）", "0x10", "1e9", "NaN") + " ";
        return String.join("|", cells);
    }

    private static String insert(String line, Gen g, String what) {
        int at = g.between(0, line.length());
        return line.substring(0, at) + what + line.substring(at);
    }

    @Test
    void twoThousandMutatedReportsKeepTheContract() throws Exception {
        List<String> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(5);
        Ogicheck engine = TestSupport.engine();
        Renderer json = Renderer.of("json");
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int worker = w;
                all.add(pool.submit(() -> {
                    Gen.forAll(100 + worker, CASES / 2, g -> mutate(g.oneOf(corpus.toArray(String[]::new)), g), text -> {
                        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                        ParsedReport p;
                        try {
                            p = Ogicheck.parse("m.txt", bytes, ReportParser.Options.NONE);
                        } catch (ReadException e) {
                            assertThat(e.getMessage()).startsWith("m.txt").doesNotContain("\n");
                            refused.incrementAndGet();
                            return;
                        }
                        for (Cell c : p.cells()) {
                            Value.Kind k = c.getRead().getKind();
                            if (k != Value.Kind.NUMBER) assertThat(c.getRead().getNumber()).as(c.toString()).isNull();
                        }
                        Result r;
                        try {
                            r = engine.check(p, "zh");
                        } catch (org.ogicheck.engine.RulesException e) {
                            throw new AssertionError(e.getMessage());
                        }
                        double points = r.findings().stream().mapToDouble(Finding::getPoints).sum();
                        assertThat(points).isCloseTo(100 - r.scorecard().score(), org.assertj.core.data.Offset.offset(0.01));
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        try {
                            json.render(List.of(r), "zh", engine.rules(), out);
                            JsonNode n = JSON.readTree(out.toByteArray());
                            assertThat(n.get("scorecard").get("score").asDouble()).isEqualTo(r.scorecard().score());
                            double sum = 0;
                            for (JsonNode f : n.get("findings")) sum += f.get("points").asDouble();
                            assertThat(sum).isCloseTo(100 - n.get("scorecard").get("score").asDouble(), org.assertj.core.data.Offset.offset(0.01));
                        } catch (java.io.IOException e) {
                            throw new AssertionError("JSON output: " + e.getMessage());
                        }
                        checked.incrementAndGet();
                    });
                    return null;
                }));
            }
            for (Future<?> f : all) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(checked.get() + refused.get()).isEqualTo(CASES);
        // most mutated reports are still reports
        assertThat(checked.get()).isGreaterThan(CASES / 2);
    }
}
