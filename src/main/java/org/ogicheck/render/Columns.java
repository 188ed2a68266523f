package org.ogicheck.render;

/**
 * Padding for terminal columns by display width: a Chinese character (East Asian Wide or
 * Fullwidth) takes two columns of a terminal, other characters one, so text padded by its
 * {@code length()} does not line up once it holds Chinese.
 */
public final class Columns {
    private Columns() {
    }

    /** the columns {@code s} takes on a terminal */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** {@code s} followed by spaces up to {@code columns} display columns (never cut) */
    public static String left(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - width(s)));
    }

    /** spaces then {@code s}, right-aligned in {@code columns} display columns (never cut) */
    public static String right(String s, int columns) {
        return " ".repeat(Math.max(0, columns - width(s))) + s;
    }

    /**
     * rows of cells as lines of a terminal table: every column but the last padded to its widest cell by
     * display width, the column {@code rightAligned} (a number) aligned right, two spaces between columns
     */
    public static java.util.List<String> aligned(java.util.List<java.util.List<String>> rows, int rightAligned) {
        int[] widths = new int[rows.stream().mapToInt(java.util.List::size).max().orElse(0)];
        for (java.util.List<String> r : rows) for (int i = 0; i < r.size(); i++) widths[i] = Math.max(widths[i], width(r.get(i)));
        java.util.List<String> out = new java.util.ArrayList<>();
        for (java.util.List<String> r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) sb.append("  ");
                if (i == rightAligned) sb.append(right(r.get(i), widths[i]));
                else sb.append(i == r.size() - 1 ? r.get(i) : left(r.get(i), widths[i]));
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** East Asian Wide and Fullwidth ranges (Unicode UAX #11), the ones reports use */
    static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
            || cp >= 0x2E80 && cp <= 0x303E
            || cp >= 0x3041 && cp <= 0x33FF
            || cp >= 0x3400 && cp <= 0x4DBF
            || cp >= 0x4E00 && cp <= 0x9FFF
            || cp >= 0xA000 && cp <= 0xA4CF
            || cp >= 0xAC00 && cp <= 0xD7A3
            || cp >= 0xF900 && cp <= 0xFAFF
            || cp >= 0xFE30 && cp <= 0xFE4F
            || cp >= 0xFF00 && cp <= 0xFF60
            || cp >= 0xFFE0 && cp <= 0xFFE6
            || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
