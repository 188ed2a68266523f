package org.ogicheck.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The batch of real files: the corpus (text, HTML, PDF) and the fixtures' reports copied to a temporary
 * folder until there are N files, then {@code check DIR --format csv --out FILE} in a child JVM started
 * the launcher's way with {@code -Xmx512m}, timed from start to exit; every file must be a row of the CSV.
 */
final class RealFiles {
    private RealFiles() {
    }

    /** the report files of these folders, and of the html/ and pdf/ beside a corpus's text/ */
    static List<Path> sources(List<Path> dirs) throws IOException {
        List<Path> folders = new ArrayList<>();
        for (Path d : dirs) {
            folders.add(d);
            Path name = d.toAbsolutePath().normalize().getFileName();
            if (name != null && name.toString().equals("text")) {
                for (String s : List.of("html", "pdf")) {
                    Path sib = d.resolveSibling(s);
                    if (Files.isDirectory(sib) && !folders.contains(sib)) folders.add(sib);
                }
            }
        }
        List<Path> out = new ArrayList<>();
        for (Path d : folders) {
            try (Stream<Path> s = Files.list(d)) {
                s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    static void batch(Bench bench, List<Path> sources, int n) throws IOException, InterruptedException {
        ColdStart cs = ColdStart.locate();
        String measure = String.format(Locale.ROOT, "batch: %,d real files on disk (%d distinct: text, HTML, PDF), `check DIR --format csv "
            + "--out FILE` through the release launcher, -Xmx512m, start to exit, all cores", n, sources.size());
        if (cs == null || sources.isEmpty()) {
            bench.row(measure, "not measured: no target/ogicheck.jar or no corpus", "≤ 10 s", "—");
            return;
        }
        Path tmp = Files.createTempDirectory("ogicheck-bench-");
        try {
            Path dir = Files.createDirectory(tmp.resolve("reports"));
            bench.progress("writing " + n + " copies of " + sources.size() + " real report files to " + dir);
            for (int i = 0; i < n; i++) {
                Path src = sources.get(i % sources.size());
                Files.copy(src, dir.resolve(String.format(Locale.ROOT, "%05d-%s", i, src.getFileName())));
            }
            Path csv = tmp.resolve("out.csv");
            // the launcher's flags for a batch (-Xmx1g -XX:+UseSerialGC, full JIT) with half the heap
            ProcessBuilder pb = cs.with(List.of("check", dir.toString(), "--format", "csv", "--out", csv.toString()), "-Xmx512m -XX:+UseSerialGC");
            bench.progress("batch of real files: OGICHECK_JAVA_OPTS='-Xmx512m -XX:+UseSerialGC' " + String.join(" ", pb.command()));
            Path errFile = tmp.resolve("err.txt");
            pb.redirectOutput(ProcessBuilder.Redirect.to(new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")))
                .redirectError(errFile.toFile());
            String load = Cpu.load();
            double c0 = Cpu.children();
            long t0 = System.nanoTime();
            int code = pb.start().waitFor();
            double s = (System.nanoTime() - t0) / 1e9;
            double c1 = Cpu.children();
            String cpu = c0 < 0 || c1 < 0 ? "CPU not known" : String.format(Locale.ROOT, "%.1f s CPU (user + sys, all threads)", c1 - c0);
            long reports = 0;
            long unreadable = 0;
            if (Files.isRegularFile(csv)) {
                try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
                    for (String l : (Iterable<String>) lines::iterator) {
                        if (l.startsWith("report,")) reports++;
                        else if (l.startsWith("unreadable,")) unreadable++;
                    }
                }
            }
            boolean all = reports + unreadable == n;
            String lastErr = "";
            List<String> err = Files.readAllLines(errFile, StandardCharsets.UTF_8);
            if (!err.isEmpty()) lastErr = "; stderr: " + err.get(err.size() - 1).strip();
            String result = String.format(Locale.ROOT, "%.1f s wall, %,.0f files/s; %s; load %s → %s; exit %d; CSV: %,d report rows "
                    + "+ %,d unreadable of %,d files%s", s, n / s, cpu, load, Cpu.load(), code, reports, unreadable, n,
                code == 2 && unreadable == 0 ? lastErr : "");
            bench.row(measure, result, "≤ 10 s, every file a row",
                !all ? "missed: " + (n - reports - unreadable) + " files not in the CSV" : n == 10_000 ? Bench.verdict(s, 10, "s") + " (wall)"
                    : "not comparable: the target is for 10,000 files");
        } finally {
            try (Stream<Path> w = Files.walk(tmp)) {
                for (Path p : w.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
