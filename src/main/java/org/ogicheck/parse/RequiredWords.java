package org.ogicheck.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a claim pattern cannot match without: its mandatory literal runs and its mandatory
 * groups of literal alternatives (收到|受理|新收), read from the pattern's top level. A sentence
 * lacking one of them is not handed to the regular expression at all — the same result, found
 * without scanning. Anything not plainly literal (classes, escapes, optional parts, lookarounds,
 * placeholders) is simply not required, so the filter can only skip sentences the pattern would
 * not match.
 */
final class RequiredWords {
    private static final String META = ".^$|?*+()[]{}\\";

    private RequiredWords() {
    }

    /** each inner list: the sentence must contain at least one of its words */
    static List<List<String>> of(String regex) {
        List<String> branches = split(regex);
        List<List<String>> out = new ArrayList<>();
        if (branches.size() > 1) {
            if (branches.stream().allMatch(RequiredWords::literal)) out.add(branches);
            return out;
        }
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            int next;
            List<String> group = null;
            if (c == '\\') {
                next = Math.min(regex.length(), i + 2);
            } else if (c == '[') {
                next = closeClass(regex, i) + 1;
            } else if (c == '(') {
                int close = closeGroup(regex, i);
                String body = regex.substring(i + 1, close);
                if (body.startsWith("?:")) {
                    List<String> alts = split(body.substring(2));
                    if (alts.stream().allMatch(RequiredWords::literal) && alts.stream().noneMatch(String::isEmpty)) group = alts;
                }
                next = close + 1;
            } else if (c == '{') {
                int close = regex.indexOf('}', i);
                next = close < 0 ? regex.length() : close + 1;
            } else if (META.indexOf(c) >= 0) {
                next = i + 1;
            } else {
                next = i + 1;
                if (!optional(regex, next)) {
                    run.append(c);
                    if (!repeatedOrEnd(regex, next)) {
                        i = next;
                        continue;
                    }
                }
            }
            if (run.length() > 0) {
                out.add(List.of(run.toString()));
                run.setLength(0);
            }
            if (group != null && !optional(regex, next)) out.add(group);
            i = next;
        }
        if (run.length() > 0) out.add(List.of(run.toString()));
        return out;
    }

    /** whether a sentence has every required word (one of each group) */
    static boolean admits(List<List<String>> required, String sentence) {
        for (List<String> any : required) {
            boolean found = false;
            for (String w : any) {
                if (sentence.contains(w)) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    private static boolean optional(String r, int at) {
        if (at >= r.length()) return false;
        char q = r.charAt(at);
        return q == '?' || q == '*' || r.startsWith("{0", at);
    }

    /** a quantifier follows (the run ends here, its last character still required) */
    private static boolean repeatedOrEnd(String r, int at) {
        return at < r.length() && (r.charAt(at) == '+' || r.charAt(at) == '{');
    }

    private static boolean literal(String s) {
        for (int i = 0; i < s.length(); i++) if (META.indexOf(s.charAt(i)) >= 0) return false;
        return true;
    }

    /** the top-level alternatives of a pattern (one when it has no top-level |) */
    private static List<String> split(String r) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = closeClass(r, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(r.substring(start, i));
                start = i + 1;
            }
        }
        out.add(r.substring(start));
        return out;
    }

    private static int closeClass(String r, int open) {
        for (int i = open + 1; i < r.length(); i++) {
            if (r.charAt(i) == '\\') i++;
            else if (r.charAt(i) == ']' && i > open + 1) return i;
        }
        return r.length() - 1;
    }

    private static int closeGroup(String r, int open) {
        int depth = 0;
        for (int i = open; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') i = closeClass(r, i);
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return r.length() - 1;
    }
}
