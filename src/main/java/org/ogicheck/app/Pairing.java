package org.ogicheck.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ogicheck.model.Report;
import org.ogicheck.parse.ParsedReport;

/**
 * Pairs the reports of a batch with the same agency's report of the year before. Agencies match
 * when their names are equal or one ends with the other (洪泽区人民政府 and 淮安市洪泽区人民政府),
 * tolerant of white space; years must be consecutive (a 2019 and a 2021 report are not paired).
 */
public final class Pairing {
    private Pairing() {
    }

    /**
     * for each report (by index) the previous year's report of the same agency, where there is one:
     * an agency of the same name if there is one, else the first in input order whose name ends with
     * the other's. Linear in the batch: names are indexed by year and by each of their suffixes.
     */
    public static Map<Integer, ParsedReport> previous(List<ParsedReport> reports) {
        // year → normalised name suffix (at least 4 characters, the whole name included) → indices, in input order
        Map<Integer, Map<String, List<Integer>>> bySuffix = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report q = reports.get(i).report();
            String n = q.getAgency() == null || q.getYear() == null ? null : norm(q.getAgency());
            names.add(n);
            if (n == null) continue;
            Map<String, List<Integer>> index = bySuffix.computeIfAbsent(q.getYear(), y -> new HashMap<>());
            for (int k = 0; k <= n.length() - Math.min(4, n.length()); k++) {
                index.computeIfAbsent(n.substring(k), x -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, ParsedReport> out = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            String n = names.get(i);
            if (n == null) continue;
            Map<String, List<Integer>> index = bySuffix.get(reports.get(i).report().getYear() - 1);
            if (index == null) continue;
            TreeSet<Integer> candidates = new TreeSet<>(index.getOrDefault(n, List.of()));
            for (int k = 1; k <= n.length() - 4; k++) {
                for (int j : index.getOrDefault(n.substring(k), List.of())) if (names.get(j).equals(n.substring(k))) candidates.add(j);
            }
            Integer best = null;
            for (int j : candidates) {
                if (!sameAgency(n, names.get(j))) continue;
                if (best == null || names.get(j).equals(n)) best = j;
            }
            if (best != null) out.put(i, reports.get(best));
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
