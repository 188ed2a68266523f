package org.ogicheck.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalisation of report text for matching; the original text is always kept for evidence. */
public final class Text {
    private static final String CN_DIGITS = "零一二三四五六七八九";

    private Text() {
    }

    /** full-width ASCII to half-width, ideographic space to space */
    public static String halfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '\uFF01' && ch <= '\uFF5E') sb.append((char) (ch - 0xFEE0));
            else if (ch == '\u3000') sb.append(' ');
            else sb.append(ch);
        }
        return sb.toString();
    }

    /** for label matching: half-width, no white space, unified brackets and list punctuation */
    public static String norm(String s) {
        if (s == null) return "";
        // one pass: halfWidth, then the bracket and quote replacements, then drop regex \s (ASCII white space)
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '\uFF01' && ch <= '\uFF5E') ch = (char) (ch - 0xFEE0);
            else if (ch == '\u3000') continue;
            switch (ch) {
                case '〔', '【' -> ch = '(';
                case '〕', '】' -> ch = ')';
                case '“', '”' -> ch = '"';
                case ' ', '\t', '\n', '\u000B', '\f', '\r' -> {
                    continue;
                }
                default -> {
                }
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    /** {@link #halfWidth} without regex white space ({@code \\s}), as cells are read */
    public static String halfWidthNoSpace(String s) {
        return org.ogicheck.model.CellText.halfWidthNoSpace(s);
    }

    /** 一…九十九 to int; 0 when not a Chinese numeral */
    public static int cnNumber(String s) {
        if (s == null || s.isEmpty()) return 0;
        if (s.chars().allMatch(Character::isDigit)) return Integer.parseInt(s);
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? Math.max(0, CN_DIGITS.indexOf(s.charAt(0))) : 0;
        }
        int tens = ten == 0 ? 1 : CN_DIGITS.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : CN_DIGITS.indexOf(s.charAt(ten + 1));
        return tens < 0 || ones < 0 ? 0 : tens * 10 + ones;
    }

    public static boolean hasHan(String s) {
        return org.ogicheck.model.CellText.hasHan(s);
    }

    /** first group of a pattern, or null */
    public static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** the Levenshtein distance of two strings (insertions, deletions, substitutions of one char each) */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
