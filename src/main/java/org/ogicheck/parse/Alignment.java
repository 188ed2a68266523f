package org.ogicheck.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Realigning a table row whose value cells do not line up with its table's columns: a row that
 * has more cells than the layout, the surplus being empty cells (a spacer column the reader could
 * not drop, an empty cell pasted in). The row is realigned only when exactly one reading fits the
 * layout's column count — every non-empty cell kept in order, empty cells dropped — otherwise it is
 * left to the caller to report it as a layout issue (and the parser withholds the row's cells).
 * No arithmetic is used to choose between readings: the rules check the arithmetic afterwards.
 * Works on the cells of any reader (text, HTML, Word, PDF).
 */
final class Alignment {
    /** more readings than this are not enumerated: the row is ambiguous */
    private static final int MAX_READINGS = 5000;

    private Alignment() {
    }

    /**
     * The positions (indexes into {@code cells}) of the {@code n} value cells of a row whose values
     * start at {@code start}, or null when no single reading fits: every non-empty cell from
     * {@code start} on is kept, and the empty ones kept are chosen so that only one sequence of
     * values results.
     */
    static int[] realign(List<String> cells, int start, int n) {
        List<Integer> blank = new ArrayList<>();
        int nonBlank = 0;
        for (int i = start; i < cells.size(); i++) {
            if (cells.get(i).isBlank()) blank.add(i);
            else nonBlank++;
        }
        int keepBlank = n - nonBlank;
        if (keepBlank < 0 || keepBlank > blank.size()) return null;
        Set<List<String>> readings = new LinkedHashSet<>();
        int[][] first = new int[1][];
        int[] count = {0};
        choose(cells, start, blank, keepBlank, 0, new ArrayList<>(), readings, first, count);
        if (count[0] > MAX_READINGS || readings.size() != 1) return null;
        return first[0];
    }

    /** whether the row's cells could have shifted: an empty cell among its first {@code n} value cells */
    static boolean shifted(List<String> cells, int start, int n) {
        for (int i = start; i < Math.min(cells.size(), start + n); i++) if (cells.get(i).isBlank()) return true;
        return false;
    }

    private static void choose(List<String> cells, int start, List<Integer> blank, int k, int from, List<Integer> kept,
                               Set<List<String>> readings, int[][] first, int[] count) {
        if (count[0] > MAX_READINGS || readings.size() > 1) return;
        if (kept.size() == k) {
            count[0]++;
            List<Integer> at = new ArrayList<>();
            for (int i = start; i < cells.size(); i++) {
                if (!cells.get(i).isBlank() || kept.contains(i)) at.add(i);
            }
            List<String> reading = new ArrayList<>();
            for (int i : at) reading.add(Text.norm(cells.get(i)));
            if (readings.add(reading) && first[0] == null) first[0] = at.stream().mapToInt(Integer::intValue).toArray();
            return;
        }
        for (int j = from; j <= blank.size() - (k - kept.size()); j++) {
            kept.add(blank.get(j));
            choose(cells, start, blank, k, j + 1, kept, readings, first, count);
            kept.remove(kept.size() - 1);
        }
    }
}
