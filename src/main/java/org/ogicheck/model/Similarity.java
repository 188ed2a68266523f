package org.ogicheck.model;

import java.util.HashMap;
import java.util.Map;

/** Text reuse between two narratives: the Dice coefficient of their character bigrams (0–1), punctuation and space ignored. */
public final class Similarity {
    private Similarity() {
    }

    public static double of(String a, String b) {
        Map<String, Integer> x = bigrams(a);
        Map<String, Integer> y = bigrams(b);
        int nx = x.values().stream().mapToInt(Integer::intValue).sum();
        int ny = y.values().stream().mapToInt(Integer::intValue).sum();
        if (nx == 0 || ny == 0) return 0;
        int common = 0;
        for (Map.Entry<String, Integer> e : x.entrySet()) common += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
        return 2.0 * common / (nx + ny);
    }

    private static Map<String, Integer> bigrams(String s) {
        StringBuilder t = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(t::appendCodePoint);
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + 2 <= t.length(); i++) m.merge(t.substring(i, i + 2), 1, Integer::sum);
        return m;
    }

    /** whether every cell of the two reports' tables holds the same value (and there are cells at all) */
    public static boolean sameTables(java.util.Collection<Cell> now, java.util.Collection<Cell> before) {
        if (now.isEmpty() || now.size() != before.size()) return false;
        Map<String, String> b = new HashMap<>();
        for (Cell c : before) b.put(c.getTable() + "/" + c.getRow() + "/" + c.getColumn(), c.getValue().toString());
        for (Cell c : now) {
            if (!c.getValue().toString().equals(b.get(c.getTable() + "/" + c.getRow() + "/" + c.getColumn()))) return false;
        }
        return true;
    }
}
