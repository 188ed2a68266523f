package org.ogicheck.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ogicheck.model.Cell;
import org.ogicheck.model.ParseIssue;
import org.ogicheck.model.TableFact;
import org.ogicheck.parse.ParsedReport;

/**
 * The arithmetic of the four rules of handloop.properties written as a plain Java loop over a
 * parsed report, with the same conditions as the rules in rules/applications.drl and
 * rules/litigation.drl (a cell that is not a whole number silences the check; the second waits for
 * the required-rows rule and for layout problems in the table). It counts findings; it does not format them.
 */
public final class HandLoop {
    /** the rules the loop reproduces, in the order of its counts, and the one the second waits for (handloop.properties) */
    public static final List<String> RULES;
    public static final String WAITS_FOR;

    static {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = HandLoop.class.getResourceAsStream("handloop.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("bench: handloop.properties missing from the jar", e);
        }
        RULES = List.of(p.getProperty("rules").strip().split("\\s*,\\s*"));
        WAITS_FOR = p.getProperty("waitsFor").strip();
    }

    private static final Pattern OUTCOME = Pattern.compile("(granted|partlyGranted|(denied|unable|notProcessed)\\.\\d|other(\\.\\d)?)");
    private static final Pattern OTHER = Pattern.compile("other(\\.\\d)?");
    private static final Pattern OTHER_SUB = Pattern.compile("other\\.\\d");
    private static final List<String> REQUIRED_ROWS = List.of("received", "carriedIn", "granted", "partlyGranted",
        "denied.1", "denied.2", "denied.3", "denied.4", "denied.5", "denied.6", "denied.7", "denied.8",
        "unable.1", "unable.2", "unable.3", "notProcessed.1", "notProcessed.2", "notProcessed.3", "notProcessed.4",
        "notProcessed.5", "total", "carriedOut");
    private static final List<String> OTHER_ROWS = List.of("other.1", "other.2", "other.3");

    private HandLoop() {
    }

    /** findings per rule, in the order of {@link #RULES} */
    public static int[] count(ParsedReport p) {
        int[] out = new int[4];
        // index the cells of the two tables by row and column; the rules match every cell, so keep lists
        Map<String, Map<String, Cell>> app = new HashMap<>();
        Map<String, Map<String, Cell>> lit = new HashMap<>();
        for (Cell c : p.cells()) {
            if (c.getTable().equals("APP")) app.computeIfAbsent(c.getRow(), k -> new HashMap<>()).put(c.getColumn(), c);
            else if (c.getTable().equals("LIT")) lit.computeIfAbsent(c.getRow(), k -> new HashMap<>()).put(c.getColumn(), c);
        }

        // the first rule (balance per column): received + carriedIn = total + carriedOut, per column
        Map<String, Cell> received = app.getOrDefault("received", Map.of());
        for (Cell a : received.values()) {
            Cell b = at(app, "carriedIn", a.getColumn());
            Cell t = at(app, "total", a.getColumn());
            Cell o = at(app, "carriedOut", a.getColumn());
            if (a.getN() == null || b == null || t == null || o == null || b.getN() == null || t.getN() == null || o.getN() == null) continue;
            if (a.getN() + b.getN() != t.getN() + o.getN()) out[0]++;
        }

        // the second rule: the total row equals the sum of the outcome rows, per column
        boolean appIssue = false;
        for (ParseIssue i : p.issues()) if ("APP".equals(i.getTable())) appIssue = true;
        if (!appIssue && !app006(p, app)) {
            for (Cell t : app.getOrDefault("total", Map.of()).values()) {
                if (t.getN() == null) continue;
                long sum = 0;
                int parts = 0;
                boolean whole = true;
                for (Map.Entry<String, Map<String, Cell>> row : app.entrySet()) {
                    if (!OUTCOME.matcher(row.getKey()).matches()) continue;
                    Cell c = row.getValue().get(t.getColumn());
                    if (c == null) continue;
                    parts++;
                    if (c.getN() == null) {
                        whole = false;
                        break;
                    }
                    sum += c.getN();
                }
                if (whole && parts > 0 && sum != t.getN()) out[1]++;
            }
        }

        // the third rule: the total column equals the sum of the applicant columns, per row
        for (Map<String, Cell> row : app.values()) {
            Cell t = row.get("total");
            if (t == null || t.getN() == null) continue;
            long sum = 0;
            boolean whole = true;
            for (Cell c : row.values()) {
                if (c == t) continue;
                if (c.getN() == null) {
                    whole = false;
                    break;
                }
                sum += c.getN();
            }
            if (whole && sum != t.getN()) out[2]++;
        }

        // the fourth rule (litigation): total = upheld + corrected + other + pending, per row
        for (Map<String, Cell> row : lit.values()) {
            Cell t = row.get("total");
            if (t == null || t.getN() == null) continue;
            long sum = 0;
            boolean whole = true;
            for (String col : List.of("upheld", "corrected", "other", "pending")) {
                Cell c = row.get(col);
                if (c == null || c.getN() == null) {
                    whole = false;
                    break;
                }
                sum += c.getN();
            }
            if (whole && sum != t.getN()) out[3]++;
        }
        return out;
    }

    private static Cell at(Map<String, Map<String, Cell>> table, String row, String column) {
        Map<String, Cell> r = table.get(row);
        return r == null ? null : r.get(column);
    }

    /** whether the rule the second waits for (a required row of the applications table missing) fires */
    private static boolean app006(ParsedReport p, Map<String, Map<String, Cell>> app) {
        boolean hasTable = false;
        for (TableFact t : p.tables()) if (t.id().equals("APP")) hasTable = true;
        if (!hasTable) return false;
        for (String r : REQUIRED_ROWS) if (!app.containsKey(r)) return true;
        Set<String> rows = app.keySet();
        if (rows.stream().noneMatch(r -> OTHER.matcher(r).matches())) return true;
        if (rows.stream().anyMatch(r -> OTHER_SUB.matcher(r).matches())) {
            for (String r : OTHER_ROWS) if (!rows.contains(r)) return true;
        }
        return false;
    }
}
