package org.ogicheck.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as people paste it, made into the logical lines the text reader reads. Three forms of a
 * copied table are recognised by their shape, not by any report's wording:
 * <ul>
 * <li>TAB-separated rows, one row a line (a table copied out of Excel or WPS; a page whose cells hold
 * bare text): kept as they are;</li>
 * <li>each cell on its own line with the TAB between cells on a line of its own, rows apart by a
 * run of blank lines (what a browser gives for a page whose cells hold paragraphs — Chromium's
 * {@code innerText}): the lines of one row are joined back, a TAB between cells. A line ending in a
 * TAB joins the next one only across a blank line (with none between, it is an Excel row whose last
 * cell is empty);</li>
 * <li>tables given as labels on lines of their own and the numbers on the next lines, apart by spaces
 * or one a line, with no TAB (pages and PDF viewers that copy so): rebuilt as TAB rows when every
 * row's count of numbers fits its columns exactly ({@link LabelRows});</li>
 * <li>other lines without TABs: unchanged (narrative, headings, the site's navigation around the report).</li>
 * </ul>
 * Before that, the invisible characters of copied pages are made plain: NBSP, full-width and other
 * wide spaces become spaces, zero-width characters are dropped.
 */
final class PastedText {

    /** one logical line: its text (cells apart by TABs when it is a pasted row) and its first physical line */
    record Line(String text, int lineNo) {
        boolean isTabRow() {
            return text.indexOf('\t') >= 0;
        }
    }

    private PastedText() {
    }

    /** NBSP, U+3000 and the other wide spaces as spaces; zero-width characters and soft hyphens removed */
    static String plain(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            if (c == '\u00A0' || c == '\u3000' || c == '\u202F' || c == '\u205F' || (c >= '\u2000' && c <= '\u200A')) {
                r = ' ';
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                r = 0;
            }
            if (r == c && out == null) continue;
            if (out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            if (r != 0) out.append(r);
        }
        if (out == null) return s;
        return out.toString();
    }

    /** the logical lines of a text: blank lines dropped, the lines of a cell-per-line row joined */
    static List<Line> lines(String text) {
        String[] phys = plain(text).split("\r\n|\r|\n", -1);
        List<Line> out = new ArrayList<>();
        StringBuilder cur = null;
        int start = 0;
        int gap = 0; // blank lines since the last non-blank one
        boolean lastTabOnly = false; // the last line of cur is a TAB separator on a line of its own
        boolean lastEndsTab = false;
        for (int i = 0; i < phys.length; i++) {
            String raw = phys[i];
            String line = stripSpaces(raw);
            if (line.isEmpty()) {
                gap++;
                continue;
            }
            boolean tabOnly = line.chars().allMatch(ch -> ch == '\t');
            boolean startsTab = line.charAt(0) == '\t';
            boolean endsTab = line.charAt(line.length() - 1) == '\t';
            if (cur != null) {
                boolean aroundTab = lastTabOnly || tabOnly || (lastEndsTab && gap > 0) || (startsTab && gap > 0);
                // paragraphs apart by blank lines and no TAB are not joined: the text after a table looks
                // the same as a second paragraph of its last cell, and reading it into the table is worse
                if (aroundTab) {
                    cur.append(line);
                } else {
                    out.add(new Line(cur.toString(), start + 1));
                    cur = null;
                }
            }
            if (cur == null) {
                cur = new StringBuilder(line);
                start = i;
            }
            lastTabOnly = tabOnly;
            lastEndsTab = endsTab;
            gap = 0;
        }
        if (cur != null) out.add(new Line(cur.toString(), start + 1));
        return LabelRows.rebuild(out);
    }

    /** the cells of a TAB row, each cell's lines joined as the other readers join them */
    static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        for (String c : row.split("\t", -1)) {
            List<String> parts = new ArrayList<>();
            for (String p : c.split("\n")) if (!p.isBlank()) parts.add(p.strip());
            out.add(Grid.joinCell(parts));
        }
        return out;
    }

    /** strip spaces (not TABs) at both ends */
    private static String stripSpaces(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) != '\t' && Character.isWhitespace(s.charAt(a))) a++;
        while (b > a && s.charAt(b - 1) != '\t' && Character.isWhitespace(s.charAt(b - 1))) b--;
        String t = s.substring(a, b);
        // a line of TABs and spaces only is a TAB separator
        if (!t.isEmpty() && t.chars().allMatch(ch -> ch == '\t' || Character.isWhitespace(ch))) return t.replaceAll("[^\\t]", "");
        return t;
    }
}
