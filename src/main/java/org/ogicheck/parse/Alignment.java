package org.ogicheck.parse;

import org.ogicheck.model.CellText;
import org.ogicheck.model.Text;
import org.ogicheck.model.Value;
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

    private static final List<String> ORGS = List.of("commercial", "research", "publicInterest", "legal", "otherOrg");

    /** the column key of a header label of table 三, "group" for 法人或其他组织, null for a name the format has not */
    private static String appColumn(String label) {
        String t = Text.norm(label);
        if (t.equals("自然人")) return "natural";
        if (t.startsWith("法人或其他组织") || t.startsWith("法人或者其他组织")) return "group";
        if (t.equals("商业企业")) return "commercial";
        if (t.equals("科研机构")) return "research";
        if (t.equals("社会公益组织")) return "publicInterest";
        if (t.equals("法律服务机构")) return "legal";
        if (t.equals("其他")) return "otherOrg";
        if (t.equals("总计")) return "total";
        return null;
    }

    /**
     * The leaf columns named by the header rows of table 三 seen so far, given the next header row:
     * its labels (a merged cell repeated by colspan counted once; 申请人情况 and the 勾稽 note are no
     * column) replace the 法人或其他组织 group of the row before with its sub-columns. A label the
     * format does not have (小计 …) is a column with no key (null). Null when the header cannot be told.
     */
    static List<String> appHeader(List<String> before, List<String> row) {
        List<String> keys = new ArrayList<>();
        String prev = null;
        for (String c : row) {
            String t = Text.norm(c);
            if (t.isEmpty() || t.equals(prev) || t.contains("申请人情况") || t.contains("勾稽")) {
                prev = t.isEmpty() ? prev : t;
                continue;
            }
            prev = t;
            keys.add(appColumn(c));
        }
        if (keys.contains("natural") && keys.contains("total") && !keys.contains("group")) {
            // a header row that names every leaf (rowspan repeated 自然人 and 总计 beside the sub-columns)
            return keys;
        }
        if (keys.contains("group") && keys.stream().anyMatch(k -> k != null && ORGS.contains(k))) {
            // the header's rows given as one (a copy that lost the rows): the group and its sub-columns, in the format's order
            List<String> leaves = new ArrayList<>();
            for (String k : List.of("natural", "commercial", "research", "publicInterest", "legal", "otherOrg", "total")) {
                if (keys.contains(k)) leaves.add(k);
            }
            return leaves;
        }
        if (before != null && before.contains("group") && !keys.contains("natural") && !keys.contains("group")) {
            List<String> out = new ArrayList<>();
            for (String k : before) {
                if ("group".equals(k)) out.addAll(keys);
                else out.add(k);
            }
            return out;
        }
        return keys.contains("group") ? keys : before;
    }

    /**
     * The positions of the format's columns in a row of table 三 whose header names other leaf columns than the
     * format's seven in order: a column more (法人或其他组织 小计), a column left out (其他, 总计), 法人或其他组织 as one
     * column ("group"). Each of the format's columns at most once in the header; −1 for one the header has not.
     * Only when the row has exactly one value cell per header column, so that each value has its column by the
     * header's name. Null otherwise, and for the format's own header (the row is read by position, and a count
     * that does not fit is a layout issue).
     */
    static int[] byHeader(List<String> header, List<String> columns, List<String> cells, int start) {
        if (header == null || header.equals(columns)) return null;
        int values = cells.size() - start;
        // trailing blanks and notes ([…]) after the values are no columns
        while (values > header.size() && (cells.get(start + values - 1).isBlank()
            || CellText.read(cells.get(start + values - 1)).getKind() == Value.Kind.UNREADABLE)) {
            values--;
        }
        if (values != header.size()) return null;
        int[] at = new int[columns.size()];
        int named = 0;
        for (int i = 0; i < columns.size(); i++) {
            int k = header.indexOf(columns.get(i));
            if (k >= 0 && header.lastIndexOf(columns.get(i)) != k) return null;
            if (k >= 0) named++;
            at[i] = k < 0 ? -1 : start + k;
        }
        // a header that names too little of the format is not read by name
        return named >= 2 ? at : null;
    }

    /**
     * whether a row with more cells than its {@code n} columns (the surplus blank, trailing ones taken for
     * left-overs of the layout) starts its values with a blank cell: that cell may be a spacer before the values
     * as well as the first value left blank, and the two readings differ. For a row with no label and no other
     * row to compare with (table 四's one data row); the rows of a table with labels keep their trailing blanks
     * for left-overs (a real blank first value, 自然人 left blank, is common there).
     */
    static boolean leadingBlank(List<String> cells, int start, int n) {
        if (cells.size() - start <= n || !cells.get(start).isBlank()) return false;
        for (int i = start + 1; i < cells.size(); i++) if (!cells.get(i).isBlank()) return true;
        return false;
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
