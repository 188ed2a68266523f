package org.ogicheck.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A row's numbers whose cells a copy or a crawler ran together ("000" for 0 | 0 | 0, "6649" for three cells):
 * read as the row's cells only when exactly one split is possible. A run of digits may hold several cells,
 * each written as a number is (0, or no leading 0), and a blank cell leaves no trace in it, so it may be
 * anywhere; a token apart by spaces holds at least one cell. "6649" under three columns is 6|6|49, 6|64|9,
 * 66|4|9 or 664|9 beside a blank cell: no split, the row stays unread. "000" under three columns can only
 * be 0|0|0 ("00" is no cell), and a run under one column is that one cell.
 */
public final class JoinedCells {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** longer runs are not split: no row of the formats has so many digits */
    private static final int MAX_DIGITS = 64;

    private JoinedCells() {
    }

    /** the cells of the values under the given number of columns when exactly one split is possible, else null */
    public static List<String> split(List<String> values, int columns) {
        if (values.isEmpty()) return null;
        int digits = 0;
        for (String v : values) {
            if (!DIGITS.matcher(v).matches()) return null;
            digits += v.length();
        }
        if (digits > MAX_DIGITS) return null;
        Splits s = new Splits(values, columns);
        // a split into fewer cells leaves blank cells that may stand anywhere: only a split into every column is one
        if (s.count(0, 0, 0) != 1) return null;
        return s.only();
    }

    /** the splits of the runs into cells, counted up to two */
    private static final class Splits {
        private final List<String> runs;
        private final int columns;
        private final Map<Long, Integer> memo = new HashMap<>();

        Splits(List<String> runs, int columns) {
            this.runs = runs;
            this.columns = columns;
        }

        /**
         * the ways (0, 1 or 2 for more) to split runs[run] from pos on, with cells made so far, weighted by the
         * places the blank cells may take when the split has fewer cells than columns
         */
        int count(int run, int pos, int cells) {
            if (cells > columns) return 0;
            if (run == runs.size()) return cells == columns ? 1 : cells == 0 ? 0 : 2;
            String r = runs.get(run);
            if (pos == r.length()) return count(run + 1, 0, cells);
            long key = ((long) run << 40) | ((long) pos << 20) | cells;
            Integer known = memo.get(key);
            if (known != null) return known;
            int n = 0;
            for (int end = pos + 1; end <= last(r, pos) && n < 2; end++) n += count(run, end, cells + 1);
            n = Math.min(n, 2);
            memo.put(key, n);
            return n;
        }

        /** the last end of a cell beginning at pos: a 0 is a cell alone, another digit begins a number */
        private static int last(String r, int pos) {
            return r.charAt(pos) == '0' ? pos + 1 : r.length();
        }

        /** the one split (count(0, 0, 0) is 1) */
        List<String> only() {
            List<String> out = new ArrayList<>();
            int run = 0;
            int pos = 0;
            while (run < runs.size()) {
                String r = runs.get(run);
                if (pos == r.length()) {
                    run++;
                    pos = 0;
                    continue;
                }
                for (int end = pos + 1; end <= last(r, pos); end++) {
                    if (count(run, end, out.size() + 1) > 0) {
                        out.add(r.substring(pos, end));
                        pos = end;
                        break;
                    }
                }
            }
            return out;
        }
    }
}
