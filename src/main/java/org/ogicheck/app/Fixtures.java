package org.ogicheck.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ogicheck.engine.RulesException;
import org.ogicheck.i18n.Said;
import org.ogicheck.i18n.Texts;
import org.ogicheck.model.FixtureCase;
import org.ogicheck.model.Finding;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.ReadException;

/**
 * Rule examples as tests. {@code fixtures/<RULE-ID>/} holds example reports ({@code fail-*},
 * {@code pass-*}) and a file {@code expected} with one line per finding of that rule each report
 * must produce:
 * <pre>
 * fail-unbalanced.txt: &lt;RULE-ID&gt; column=natural
 * pass-jianggan.txt: none
 * fail-late.txt options: published=2021-02-15 kind=department
 * fail-carried.txt options: previous=prev-2023.txt
 * </pre>
 * Options: year, published, agency, kind (as on the command line) and previous (the previous
 * year's report, a file in the same folder whose name starts with neither fail- nor pass-).
 * Keys after the ID (section, table, row, column) must match the finding's location; findings of
 * the rule are compared exactly, so a missing and an unexpected finding both fail.
 */
public final class Fixtures {
    private static final String TEXTS = "org.ogicheck.app.texts";

    private Fixtures() {
    }

    /** the rule IDs that have a fixtures folder */
    public static List<String> ids(Path fixturesDir) throws IOException {
        if (!Files.isDirectory(fixturesDir)) return List.of();
        try (Stream<Path> s = Files.list(fixturesDir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                .filter(n -> n.matches("[A-Z][A-Z0-9]*-\\d{3}")).sorted().toList();
        }
    }

    /** the fixtures folders of these rule folders: the fixtures/ beside (or inside) each, and ./fixtures */
    public static List<Path> beside(List<Path> ruleDirs) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path r : ruleDirs) {
            Path abs = r.toAbsolutePath().normalize();
            for (Path p = abs.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("fixtures"))) {
                    out.add(p.resolve("fixtures"));
                    break;
                }
            }
            if (Files.isDirectory(abs.resolve("fixtures"))) out.add(abs.resolve("fixtures"));
        }
        if (Files.isDirectory(Path.of("fixtures"))) out.add(Path.of("fixtures").toAbsolutePath().normalize());
        return new ArrayList<>(out);
    }

    /** the cases of every fixture folder, by rule ID; a folder for an ID the rules lack is a failing case */
    public static Map<String, List<FixtureCase>> runAll(Ogicheck engine, List<Path> dirs) throws IOException {
        return runAll(engine, dirs, Texts.LANGUAGES.get(0));
    }

    /** as {@link #runAll(Ogicheck, List)}, the findings' messages (in a failing case's detail) in this language */
    public static Map<String, List<FixtureCase>> runAll(Ogicheck engine, List<Path> dirs, String lang) throws IOException {
        Map<String, List<FixtureCase>> out = new LinkedHashMap<>();
        for (Path d : dirs) {
            for (String id : ids(d)) {
                List<FixtureCase> list = out.computeIfAbsent(id, k -> new ArrayList<>());
                if (!engine.rules().rules().containsKey(id)) {
                    list.add(new FixtureCase(id, d.resolve(id), false, say("fixture.noRule"), List.of()));
                } else {
                    list.addAll(run(engine, d, id, lang));
                }
            }
        }
        return out;
    }

    public static List<FixtureCase> run(Ogicheck engine, Path fixturesDir, String ruleId) throws IOException {
        return run(engine, fixturesDir, ruleId, Texts.LANGUAGES.get(0));
    }

    /** the cases of one rule's fixture folder, the findings' messages (in a failing case's detail) in this language */
    public static List<FixtureCase> run(Ogicheck engine, Path fixturesDir, String ruleId, String lang) throws IOException {
        Path dir = fixturesDir.resolve(ruleId);
        Path expectedFile = dir.resolve("expected");
        List<FixtureCase> out = new ArrayList<>();
        if (!Files.isRegularFile(expectedFile)) {
            out.add(new FixtureCase(ruleId, dir, false, say("fixture.noExpected"), List.of()));
            return out;
        }
        Map<String, List<Map<String, String>>> expected = new LinkedHashMap<>();
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        for (String raw : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon < 0) {
                out.add(new FixtureCase(ruleId, expectedFile, false, say("fixture.lineWithoutFile", line), List.of()));
                continue;
            }
            String file = line.substring(0, colon).strip();
            String rest = line.substring(colon + 1).strip();
            if (file.endsWith(" options")) {
                options.put(file.substring(0, file.length() - " options".length()).strip(), keys(rest));
                continue;
            }
            List<Map<String, String>> list = expected.computeIfAbsent(file, k -> new ArrayList<>());
            if (rest.equals("none")) continue;
            String[] parts = rest.split("\\s+", 2);
            if (!parts[0].equals(ruleId)) {
                out.add(new FixtureCase(ruleId, expectedFile, false, say("fixture.otherRule", parts[0], ruleId), List.of()));
                continue;
            }
            list.add(keys(parts.length > 1 ? parts[1] : ""));
        }
        List<Path> reports;
        try (Stream<Path> s = Files.list(dir)) {
            reports = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("fail-") || n.startsWith("pass-");
            }).sorted().toList();
        }
        if (reports.stream().noneMatch(p -> p.getFileName().toString().startsWith("fail-"))
            || reports.stream().noneMatch(p -> p.getFileName().toString().startsWith("pass-"))) {
            out.add(new FixtureCase(ruleId, dir, false, say("fixture.needsBoth"), List.of()));
        }
        for (Path report : reports) {
            String name = report.getFileName().toString();
            List<Map<String, String>> want = expected.get(name);
            if (want == null) {
                out.add(new FixtureCase(ruleId, report, false, say("fixture.notListed"), List.of()));
                continue;
            }
            out.add(check(engine, ruleId, report, want, options.getOrDefault(name, Map.of()), lang));
        }
        for (String listed : expected.keySet()) {
            if (reports.stream().noneMatch(p -> p.getFileName().toString().equals(listed))) {
                out.add(new FixtureCase(ruleId, dir.resolve(listed), false, say("fixture.missingFile"), List.of()));
            }
        }
        return out;
    }

    private static FixtureCase check(Ogicheck engine, String ruleId, Path report, List<Map<String, String>> want,
                              Map<String, String> opt, String lang) {
        List<Finding> got;
        try {
            ReportParser.Options o = new ReportParser.Options(
                opt.containsKey("year") ? Integer.valueOf(opt.get("year")) : null,
                opt.containsKey("published") ? LocalDate.parse(opt.get("published")) : null,
                opt.get("agency"), opt.get("kind"));
            ParsedReport previous = opt.containsKey("previous")
                ? Ogicheck.parse(report.resolveSibling(opt.get("previous")), ReportParser.Options.NONE) : null;
            got = new ArrayList<>(engine.check(Ogicheck.parse(report, o), previous, lang, null).findings());
        } catch (ReadException e) {
            return new FixtureCase(ruleId, report, false, say("fixture.unchecked", e.message(lang)), List.of());
        } catch (RulesException e) {
            return new FixtureCase(ruleId, report, false, say("fixture.unchecked", e.lines(lang).get(0)), List.of());
        } catch (RuntimeException e) {
            return new FixtureCase(ruleId, report, false, say("fixture.unchecked", String.valueOf(e.getMessage())), List.of());
        }
        got.removeIf(f -> !f.getRuleId().equals(ruleId));
        List<Finding> produced = List.copyOf(got);
        List<Map<String, String>> missing = new ArrayList<>();
        for (Map<String, String> w : want) {
            Finding hit = null;
            for (Finding f : got) if (matches(f, w)) { hit = f; break; }
            if (hit == null) missing.add(w);
            else got.remove(hit);
        }
        if (missing.isEmpty() && got.isEmpty()) {
            return new FixtureCase(ruleId, report, true, say("fixture.passed", want.size()), produced);
        }
        List<Said> wrong = new ArrayList<>();
        for (Map<String, String> m : missing) wrong.add(say("fixture.missing", ruleId, m));
        for (Finding f : got) wrong.add(say("fixture.unexpected", f.locationKey(), f.getMessage()));
        return new FixtureCase(ruleId, report, false, say("fixture.failed", wrong), produced);
    }

    private static boolean matches(Finding f, Map<String, String> w) {
        for (Map.Entry<String, String> e : w.entrySet()) {
            String actual = switch (e.getKey()) {
                case "section" -> f.getSection();
                case "table" -> f.getTable();
                case "row" -> f.getRow();
                case "column" -> f.getColumn();
                case "severity" -> f.getSeverity().name();
                default -> "?unknown key " + e.getKey();
            };
            if (!e.getValue().equals(actual)) return false;
        }
        return true;
    }

    private static Said say(String key, Object... args) {
        return Said.of(TEXTS, key, args);
    }

    private static Map<String, String> keys(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : s.split("\\s+")) {
            if (kv.isBlank()) continue;
            int eq = kv.indexOf('=');
            if (eq > 0) m.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return m;
    }
}
