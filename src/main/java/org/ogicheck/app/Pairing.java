package org.ogicheck.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** for each report (by index) the previous year's report of the same agency, where there is one */
    public static Map<Integer, ParsedReport> previous(List<ParsedReport> reports) {
        Map<Integer, ParsedReport> out = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i).report();
            if (r.getAgency() == null || r.getYear() == null) continue;
            ParsedReport best = null;
            for (ParsedReport p : reports) {
                Report q = p.report();
                if (q.getAgency() == null || q.getYear() == null || q.getYear() != r.getYear() - 1) continue;
                if (!sameAgency(r.getAgency(), q.getAgency())) continue;
                if (best == null || norm(q.getAgency()).equals(norm(r.getAgency()))) best = p;
            }
            if (best != null) out.put(i, best);
        }
        return out;
    }

    static boolean sameAgency(String a, String b) {
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
