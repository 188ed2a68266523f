package org.ogicheck.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ogicheck.model.Report;
import org.ogicheck.parse.ParsedReport;

/**
 * Pairs the reports of a batch with the same agency's report of the year before. Agencies match
 * when their names are equal or one ends with the other (洪泽区人民政府 and 淮安市洪泽区人民政府),
 * tolerant of white space; years must be consecutive (a 2019 and a 2021 report are not paired). A
 * name that ends-with matches the reports of two agencies (财政局 against 洪泽区财政局 and
 * 沭阳县财政局) pairs with neither: which one is meant cannot be told.
 */
public final class Pairing {
    private Pairing() {
    }

    /**
     * for each report (by index) the previous year's report of the same agency, where there is one:
     * the last in input order of an agency of the same name if there is one, else the first in input
     * order whose name ends with the other's, when all such reports are of one agency. Linear in the batch (each report looks up its own name and
     * its suffixes, never a list of candidates): names are indexed by year and by each of their suffixes.
     */
    public static Map<Integer, ParsedReport> previous(List<ParsedReport> reports) {
        List<Key> keys = new ArrayList<>(reports.size());
        for (ParsedReport p : reports) keys.add(Key.of(p.report()));
        Map<Integer, ParsedReport> out = new HashMap<>();
        previousIndex(keys).forEach((i, j) -> out.put(i, reports.get(j)));
        return out;
    }

    /** what pairing needs of a report: its agency's name (normalised) and its year; null fields when unknown */
    public record Key(String name, Integer year) {
        public static Key of(Report r) {
            return r.getAgency() == null || r.getYear() == null ? new Key(null, null) : new Key(norm(r.getAgency()), r.getYear());
        }
    }

    /**
     * {@link #previous} on the reports' keys alone (a batch streamed through the pipeline keeps only these):
     * for each index the index of its previous year's report, where there is one. A null key is a
     * report not read (it pairs with nothing).
     */
    public static Map<Integer, Integer> previousIndex(List<Key> keys) {
        // year → normalised name suffix (at least 4 characters, the whole name included) → indices, in input order
        Map<Integer, Map<String, List<Integer>>> bySuffix = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Key q = keys.get(i);
            String n = q == null ? null : q.name();
            names.add(n);
            if (n == null) continue;
            Map<String, List<Integer>> index = bySuffix.computeIfAbsent(q.year(), y -> new HashMap<>());
            for (int k = 0; k <= n.length() - Math.min(4, n.length()); k++) {
                index.computeIfAbsent(n.substring(k), x -> new ArrayList<>()).add(i);
            }
        }
        // year → normalised name → indices of exactly that name, in input order
        Map<Integer, Map<String, List<Integer>>> exact = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (names.get(i) != null) exact.computeIfAbsent(keys.get(i).year(), y -> new HashMap<>()).computeIfAbsent(names.get(i), x -> new ArrayList<>()).add(i);
        }
        Map<Integer, Integer> out = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String n = names.get(i);
            if (n == null) continue;
            int year = keys.get(i).year() - 1;
            Map<String, List<Integer>> index = bySuffix.get(year);
            if (index == null) continue;
            Map<String, List<Integer>> same = exact.get(year);
            List<Integer> equal = same.getOrDefault(n, List.of());
            if (!equal.isEmpty()) {
                // the same name: the last such report in input order
                out.put(i, equal.get(equal.size() - 1));
                continue;
            }
            // else the report whose name ends with this one, or that this one ends with (both at least 4 characters) —
            // only when one agency answers: two (a region's 区财政局 reports paired with a report titled 财政局) tell
            // nothing about which one came before, and a wrong pair would compare two agencies' numbers
            java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>(n.length() >= 4 ? index.getOrDefault(n, List.of()) : List.of());
            for (int k = 1; k <= n.length() - 4; k++) candidates.addAll(same.getOrDefault(n.substring(k), List.of()));
            if (!candidates.isEmpty() && candidates.stream().map(names::get).distinct().count() == 1) out.put(i, candidates.first());
        }
        return out;
    }

    /** whether two agency names are one agency: equal, or one ends with the other (at least 4 characters), white space and punctuation aside */
    public static boolean sameAgency(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        if (x.equals(y)) return true;
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        return shorter.length() >= 4 && longer.endsWith(shorter);
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s\\p{P}]", "");
    }
}
