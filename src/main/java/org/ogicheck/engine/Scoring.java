package org.ogicheck.engine;

import org.ogicheck.model.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Scoring settings from {@code scoring.properties} in the rule folders (a later folder overrides):
 * categories with their names and maximum points, the severity factors, per-rule weight overrides
 * and the grade thresholds. A regulator edits this file; no Java changes.
 */
public final class Scoring {
    /** a score category: id, names and the points it is worth */
    public record Category(String id, String zh, String en, double max) {
    }

    /** a grade and the lowest score that earns it */
    public record Grade(String zh, String en, double min) {
    }

    private final Properties p = new Properties();

    void load(Path dir) throws IOException, RulesException {
        Path f = dir.resolve("scoring.properties");
        if (!Files.isRegularFile(f)) return;
        Properties own = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            own.load(r);
        }
        for (String k : own.stringPropertyNames()) {
            String v = own.getProperty(k);
            if (numeric(k) && !v.isBlank() && Parameters.number(v) == null) {
                throw RulesException.of("scoring.notNumber", RuleSet.rel(f.toString()), lineOf(f, k), k, v);
            }
        }
        p.putAll(own);
    }

    /** the line of the file that sets {@code key} (1 when not found: a key continued over lines) */
    private static int lineOf(Path f, String key) throws IOException {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).stripLeading();
            if (l.startsWith(key) && (l.length() == key.length() || " \t=:".indexOf(l.charAt(key.length())) >= 0)) return i + 1;
        }
        return 1;
    }

    /** a setting that takes a number: a rule's weight, a severity's factor, a category's points, a grade's lowest score */
    static boolean numeric(String key) {
        return key.startsWith("weight.") || key.startsWith("severity.") || key.startsWith("category.") && key.endsWith(".max")
            || key.startsWith("grade.") && key.endsWith(".min");
    }

    /** a setting of the parameter sheet that takes words: a rule's severity, a category's or grade's name, ocrExact */
    static boolean textual(String key) {
        return key.startsWith("ruleSeverity.") || key.startsWith("ocrExact.")
            || (key.startsWith("category.") || key.startsWith("grade.")) && !numeric(key);
    }

    public List<Category> categories() {
        List<String> ids = List.of(p.getProperty("categories", "").split("\\s*,\\s*"));
        List<Category> out = new ArrayList<>();
        for (String id : ids) {
            if (id.isBlank()) continue;
            out.add(new Category(id, p.getProperty("category." + id + ".zh", id),
                p.getProperty("category." + id + ".en", id), num("category." + id + ".max", 0)));
        }
        return out;
    }

    /** settings from the parameter sheet override those of the properties file */
    void overlay(Map<String, String> params) {
        params.forEach((k, v) -> {
            if (numeric(k) || textual(k)) {
                p.setProperty(k, v);
            }
        });
    }

    /** a severity set for a rule in the settings (ruleSeverity.ID), or null */
    public String severityOf(String ruleId) {
        String s = p.getProperty("ruleSeverity." + ruleId);
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * whether a rule's ERROR stands on a page read by OCR ({@code ocrExact.ID = true}): a rule that
     * compares numbers with numbers, where an OCR-read number takes part only when two readings
     * agreed with confidence. Other rules' ERRORs there become WARNINGs ("可能为识别错误").
     */
    public boolean ocrExact(String ruleId) {
        return Boolean.parseBoolean(p.getProperty("ocrExact." + ruleId, "false").strip());
    }

    public double severityFactor(Severity severity) {
        return num("severity." + severity, severity == Severity.ERROR ? 1 : 0);
    }

    /** the weight of a rule: an override here, else the rule's own @weight */
    public double weight(String ruleId, double ruleWeight) {
        return num("weight." + ruleId, ruleWeight);
    }

    /** grades from best to worst */
    public List<Grade> grades() {
        Map<String, Grade> byName = new LinkedHashMap<>();
        for (String g : p.getProperty("grades", "").split("\\s*,\\s*")) {
            if (g.isBlank()) continue;
            byName.put(g, new Grade(p.getProperty("grade." + g + ".zh", g), p.getProperty("grade." + g + ".en", g),
                num("grade." + g + ".min", 0)));
        }
        return byName.values().stream().sorted((a, b) -> Double.compare(b.min(), a.min())).toList();
    }

    private double num(String key, double dflt) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) return dflt;
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("scoring.properties: " + key + " = " + v + " is not a number");
        }
    }
}
