package org.ogicheck.app;

import java.util.ArrayList;
import java.util.List;

/**
 * A line or a cell of a document as the pieces its text is stored in (an HTML page's text nodes,
 * a Word paragraph's runs), edited by its visible characters: white space, which readers fold, is
 * not counted, so a change found between two lines of the text layout lands on the same characters
 * of the file, in the piece that holds them, and every other piece keeps its markup and style.
 */
final class Spans {
    private Spans() {
    }

    /** one piece of stored text */
    interface Piece {
        String get();

        void set(String text);
    }

    /** what readers fold or drop: white space, separators, zero-width spaces, control characters */
    static boolean skip(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff' || Character.isISOControl(c);
    }

    static String visible(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) if (!skip(s.charAt(i))) sb.append(s.charAt(i));
        return sb.toString();
    }

    static String visible(List<? extends Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) sb.append(visible(p.get()));
        return sb.toString();
    }

    /**
     * Rewrites the visible characters from {@code offset} that read {@code before} so that they read
     * {@code after}: only the differing middle (after the common start and end) is replaced, in the
     * piece where it starts. False when the pieces do not hold {@code before} at {@code offset}.
     */
    static boolean rewrite(List<? extends Piece> pieces, int offset, String before, String after) {
        String b = visible(before);
        String a = visible(after);
        String all = visible(pieces);
        if (offset < 0 || offset + b.length() > all.length() || !all.startsWith(b, offset)) return false;
        if (a.equals(b)) return true;
        int pre = 0;
        while (pre < b.length() && pre < a.length() && b.charAt(pre) == a.charAt(pre)) pre++;
        int suf = 0;
        while (suf < b.length() - pre && suf < a.length() - pre
            && b.charAt(b.length() - 1 - suf) == a.charAt(a.length() - 1 - suf)) suf++;
        replace(pieces, offset + pre, offset + b.length() - suf, a.substring(pre, a.length() - suf));
        return true;
    }

    /** the visible characters [from, to) replaced by {@code text} (an insertion when from == to) */
    static void replace(List<? extends Piece> pieces, int from, int to, String text) {
        List<int[]> at = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            String t = pieces.get(p).get();
            texts.add(t == null ? "" : t);
            for (int i = 0; i < texts.get(p).length(); i++) if (!skip(texts.get(p).charAt(i))) at.add(new int[] {p, i});
        }
        if (from < to) {
            int[] s = at.get(from);
            int[] e = at.get(to - 1);
            if (s[0] == e[0]) {
                String t = texts.get(s[0]);
                pieces.get(s[0]).set(t.substring(0, s[1]) + text + t.substring(e[1] + 1));
                return;
            }
            String first = texts.get(s[0]);
            pieces.get(s[0]).set(first.substring(0, s[1]) + text);
            for (int p = s[0] + 1; p < e[0]; p++) if (!visible(texts.get(p)).isEmpty()) pieces.get(p).set("");
            pieces.get(e[0]).set(texts.get(e[0]).substring(e[1] + 1));
        } else if (from > 0) {
            int[] s = at.get(from - 1);
            String t = texts.get(s[0]);
            pieces.get(s[0]).set(t.substring(0, s[1] + 1) + text + t.substring(s[1] + 1));
        } else if (!at.isEmpty()) {
            int[] s = at.get(0);
            String t = texts.get(s[0]);
            pieces.get(s[0]).set(t.substring(0, s[1]) + text + t.substring(s[1]));
        } else {
            pieces.get(0).set(texts.get(0) + text);
        }
    }
}
