package org.ogicheck.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report written in Markdown (pasted from an AI tool, a Markdown editor, a wiki, a crawler's text) read as its
 * plain text: {@code ## 二、…} and {@code **一、总体情况**} are the heading {@code 二、…} / {@code 一、总体情况}, a bold
 * run-in {@code **（二）主要做法**今年…} the line {@code （二）主要做法今年…}, a table {@code | a | b |} with its
 * {@code |---|---|} row a {@code a | b |} row of the text layout. Read so only when the text shows Markdown: an
 * ATX heading ({@code #} to {@code ######} and a space), a table's delimiter row, or a {@code **…**} / {@code __…__}
 * pair. Then, line by line: block quote marks ({@code >}), heading marks, list marks ({@code -}, {@code *},
 * {@code +}; not a page number such as {@code - 2 -}; the numbers of an ordered list are the report's own
 * numbering and stay), thematic breaks and delimiter rows (made blank), {@code **}/{@code __} pairs and
 * backslash escapes are dropped. A table's rows are the lines starting with {@code |} of a block that has a
 * delimiter row (GitHub's tables); an escaped {@code \|} in a cell is a {@code ｜}, as the text layout writes a
 * bar inside a cell, and a {@code <br>} a space. A single {@code *} stays (a footnote mark: {@code 12*}). Line
 * numbers stay where they were: a line made blank is kept as a blank line. Other texts are left as they are.
 */
final class Markdown {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>[ \\t]?");
    private static final Pattern DELIMITER_ROW =
        Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern BREAK = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern LIST = Pattern.compile("^\\s*[-*+][ \\t]+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=[^\\s*_])(.+?)(?<=[^\\s*_])\\1");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private Markdown() {
    }

    /** the lines of a Markdown text as plain text, as many as given; other texts' lines unchanged */
    static String[] plain(String[] phys) {
        if (!isMarkdown(phys)) return phys;
        String[] out = new String[phys.length];
        boolean[] tableRow = tableRows(phys);
        for (int i = 0; i < phys.length; i++) out[i] = tableRow[i] ? row(unquote(phys[i])) : line(phys[i]);
        return out;
    }

    private static boolean isMarkdown(String[] phys) {
        for (String p : phys) {
            String t = unquote(p);
            if (t.indexOf('|') >= 0 && delimiterRow(t)) return true;
            if (t.indexOf('#') >= 0 && HEADING.matcher(t).matches() && t.strip().length() > 1) return true;
            if ((t.contains("**") || t.contains("__")) && STRONG.matcher(t).find()) return true;
        }
        return false;
    }

    private static String unquote(String line) {
        String t = line;
        Matcher m = QUOTE.matcher(t);
        while (m.lookingAt()) {
            t = t.substring(m.end());
            m = QUOTE.matcher(t);
        }
        return t;
    }

    private static boolean delimiterRow(String t) {
        return DELIMITER_ROW.matcher(t).matches() && t.indexOf('|') >= 0;
    }

    /** the lines that are rows of a table: lines starting with | in a run of such lines that holds a delimiter row */
    private static boolean[] tableRows(String[] phys) {
        boolean[] rows = new boolean[phys.length];
        int i = 0;
        while (i < phys.length) {
            int j = i;
            boolean delimited = false;
            while (j < phys.length && unquote(phys[j]).strip().startsWith("|")) {
                delimited |= delimiterRow(unquote(phys[j]));
                j++;
            }
            for (int k = i; k < j; k++) rows[k] = delimited;
            i = j == i ? i + 1 : j;
        }
        return rows;
    }

    private static String line(String raw) {
        String t = unquote(raw);
        if (t.indexOf('|') >= 0 && delimiterRow(t) || BREAK.matcher(t).matches()) return "";
        Matcher h = HEADING.matcher(t);
        if (h.matches()) t = h.group(1) == null ? "" : h.group(1);
        Matcher l = LIST.matcher(t);
        if (l.lookingAt() && !LabelRows.pageNumber(t)) t = t.substring(l.end());
        return inline(t);
    }

    /** a table row {@code | a | b \| c |} as the text layout's {@code a | b ｜ c |} */
    private static String row(String raw) {
        if (delimiterRow(raw)) return "";
        String t = raw.strip().substring(1);
        StringBuilder out = new StringBuilder();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length() && t.charAt(i + 1) == '|') {
                cell.append('｜');
                i++;
            } else if (c == '|') {
                out.append(inline(BR.matcher(cell).replaceAll(" "))).append('|');
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) out.append(inline(BR.matcher(cell).replaceAll(" ")));
        return out.toString();
    }

    private static String inline(String t) {
        String s = t;
        if (s.contains("**") || s.contains("__")) s = STRONG.matcher(s).replaceAll("$2");
        if (s.indexOf('\\') >= 0) s = ESCAPE.matcher(s).replaceAll("$1");
        return s;
    }
}
