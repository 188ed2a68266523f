package org.ogicheck.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The conformance suite of {@code fixtures/conformance.tsv}: real reports with the ERROR findings a
 * correct checker must report ({@code must}) and those that are defensible there ({@code may}).
 * Matching is independent of ogicheck's internals: it reads the JSON findings of the CLI contract.
 */
public final class Conformance {
    /** one line of the suite */
    public record Case(String file, String variant, List<String> options, List<Item> must, List<Item> may, String why) {
        @Override
        public String toString() {
            return file + " [" + variant + "]";
        }
    }

    /** {@code RULE-ID} or {@code RULE-ID@where}; where = a section, table, row or column key of the finding */
    public record Item(String ruleId, String where) {
        static Item parse(String s) {
            int at = s.indexOf('@');
            return at < 0 ? new Item(s.trim(), null) : new Item(s.substring(0, at).trim(), s.substring(at + 1).trim());
        }

        boolean matches(JsonNode finding) {
            if (!finding.path("ruleId").asText().equals(ruleId)) return false;
            if (where == null) return true;
            JsonNode loc = finding.path("location");
            for (String key : List.of("section", "table", "row", "column")) {
                if (where.equals(loc.path(key).asText(null))) return true;
            }
            return false;
        }

        @Override
        public String toString() {
            return where == null ? ruleId : ruleId + "@" + where;
        }
    }

    /** what one case's ERROR findings give against the suite */
    public record Outcome(List<Item> found, List<Item> missed, List<String> falseErrors, int defensible) {
    }

    private Conformance() {
    }

    public static List<Case> read(Path tsv) throws IOException {
        List<Case> cases = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 6) throw new IllegalArgumentException(tsv + ":" + n + ": 6 TAB-separated fields expected, found " + f.length);
            cases.add(new Case(f[0], f[1], dash(f[2]) ? List.of() : Arrays.asList(f[2].trim().split("\\s+")),
                items(f[3]), items(f[4]), f[5]));
        }
        return cases;
    }

    private static boolean dash(String s) {
        return s.isBlank() || s.trim().equals("-");
    }

    private static List<Item> items(String s) {
        if (dash(s)) return List.of();
        return Arrays.stream(s.split(",")).map(Item::parse).toList();
    }

    /**
     * Each {@code must} item takes one ERROR finding it matches (most specific items first); what is
     * left is defensible when a {@code may} item matches it, otherwise a false ERROR.
     */
    public static Outcome judge(Case c, JsonNode result) {
        List<JsonNode> errors = new ArrayList<>();
        for (JsonNode f : result.path("findings")) if (f.path("severity").asText().equals("ERROR")) errors.add(f);
        List<Item> must = new ArrayList<>(c.must());
        must.sort((a, b) -> Boolean.compare(a.where() == null, b.where() == null));
        List<Item> found = new ArrayList<>();
        List<Item> missed = new ArrayList<>();
        for (Item item : must) {
            JsonNode hit = errors.stream().filter(item::matches).findFirst().orElse(null);
            if (hit == null) {
                missed.add(item);
            } else {
                errors.remove(hit);
                found.add(item);
            }
        }
        List<String> falseErrors = new ArrayList<>();
        int defensible = 0;
        for (JsonNode f : errors) {
            if (c.may().stream().anyMatch(i -> i.matches(f))) {
                defensible++;
            } else {
                JsonNode loc = f.path("location");
                falseErrors.add(f.path("ruleId").asText() + " " + loc.path("section").asText("") + "/" + loc.path("row").asText("")
                    + "/" + loc.path("column").asText("") + ": " + f.path("message").asText());
            }
        }
        return new Outcome(found, missed, falseErrors, defensible);
    }
}
