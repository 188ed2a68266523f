package org.ogicheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.ogicheck.app.Mutator;
import org.ogicheck.model.Cell;
import org.ogicheck.model.Layout;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.ReadException;
import org.ogicheck.read.TextReader;

/**
 * Reports generated deterministically from real text reports: each is a real report (or a copy of
 * one with a defect injected by {@link Mutator}) whose numbers are varied consistently — the same
 * amount added to both sides of every balance it touches, so a table that added up still adds up.
 */
public final class Corpus {
    /** one generated report: its name and its UTF-8 text */
    public record Item(String name, byte[] text) {
    }

    /** a report to vary: its lines, those lines parsed, and the rule broken in it (or null) */
    private record Template(String name, List<String> lines, ParsedReport parsed, String broken) {
    }

    private final List<Template> clean = new ArrayList<>();
    private final List<Template> broken = new ArrayList<>();
    private final List<Path> sources = new ArrayList<>();

    /** the text reports (*.txt) of these folders, each distinct text once, and every applicable defect of each */
    public static Corpus of(List<Path> dirs, List<Path> ruleDirs) throws IOException {
        Mutator mutator = Mutator.load(ruleDirs);
        Corpus c = new Corpus();
        Set<String> seen = new HashSet<>();
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.list(d)) {
                files = s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
            }
            for (Path f : files) {
                if (!seen.add(Files.readString(f, StandardCharsets.UTF_8))) continue;
                Mutator.Source src;
                try {
                    src = Mutator.source(f, ReportParser.Options.NONE);
                } catch (ReadException e) {
                    continue;
                }
                if (src.parsed().cells().isEmpty()) continue;
                c.sources.add(f);
                String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
                c.clean.add(new Template(name, src.lines(), src.parsed(), null));
                for (String rule : mutator.rules()) {
                    try {
                        Mutator.Mutation m = mutator.breakRule(rule, src.lines(), src.parsed());
                        c.broken.add(new Template(name + "+" + rule, m.lines(), parse(name, m.lines()), rule));
                    } catch (Mutator.NotApplicable e) {
                        // this report cannot be broken that way (e.g. a 2021-format rule on a 2019 report)
                    }
                }
            }
        }
        if (c.clean.isEmpty()) throw new IOException("no text reports found in " + dirs);
        return c;
    }

    private static ParsedReport parse(String name, List<String> lines) {
        byte[] text = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        try {
            return new ReportParser().parse(new TextReader().read(name, text), ReportParser.Options.NONE);
        } catch (ReadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** the real reports the corpus was made from */
    public List<Path> sources() {
        return sources;
    }

    /** how many defective templates (report × injected defect) there are */
    public int defectTemplates() {
        return broken.size();
    }

    /**
     * report number {@code i} of a run with this seed: the same i and seed always give the same bytes
     *
     * @param defectShare the share of reports that carry an injected defect (0..1)
     */
    public Item generate(long seed, int i, double defectShare) {
        Random rnd = new Random(seed * 1_000_003L + i);
        Template t = !broken.isEmpty() && rnd.nextDouble() < defectShare
            ? broken.get(rnd.nextInt(broken.size()))
            : clean.get(rnd.nextInt(clean.size()));
        Map<Cell, Long> add = new LinkedHashMap<>();
        int variations = 1 + rnd.nextInt(3);
        for (int k = 0; k < variations; k++) {
            if (rnd.nextBoolean()) varyApplications(t.parsed, rnd, add);
            else varyLitigation(t.parsed, rnd, add);
        }
        Map<Cell, String> values = new LinkedHashMap<>();
        add.forEach((c, d) -> values.put(c, String.valueOf(c.getN() + d)));
        List<String> lines = values.isEmpty() ? t.lines : Mutator.withCells(t.lines, values);
        String name = String.format("gen-%05d-%s", i, t.name);
        return new Item(name, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * d more applications from one kind of applicant, all granted: received, granted and total rise
     * by d in that column and in the total column, so every column and row still balances
     */
    private static void varyApplications(ParsedReport p, Random rnd, Map<Cell, Long> add) {
        String col = Layout.APP_COLUMNS.get(rnd.nextInt(Layout.APP_COLUMNS.size() - 1));
        long d = 1 + rnd.nextInt(40);
        List<Cell> cells = new ArrayList<>();
        for (String row : List.of("received", "granted", "total")) {
            cells.add(p.cell("APP", row, col));
            cells.add(p.cell("APP", row, "total"));
        }
        bump(cells, d, add);
    }

    /** d more cases with one result in one row of section 四: the result and the row's total rise by d */
    private static void varyLitigation(ParsedReport p, Random rnd, Map<Cell, Long> add) {
        String row = Layout.LIT_ROWS.get(rnd.nextInt(Layout.LIT_ROWS.size()));
        String col = Layout.LIT_COLUMNS.get(rnd.nextInt(4));
        bump(java.util.Arrays.asList(p.cell("LIT", row, col), p.cell("LIT", row, "total")), 1 + rnd.nextInt(10), add);
    }

    /** all or nothing: only when every cell is a whole number with a place in the text */
    private static void bump(List<Cell> cells, long d, Map<Cell, Long> add) {
        for (Cell c : cells) {
            if (c == null || c.getN() == null || c.getN() < 0 || c.getSrc().line() <= 0 || c.getSrc().col() == null) return;
        }
        for (Cell c : cells) add.merge(c, d, Long::sum);
    }
}
