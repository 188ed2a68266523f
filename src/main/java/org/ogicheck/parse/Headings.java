package org.ogicheck.parse;

import org.ogicheck.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogicheck.model.Section;
import org.ogicheck.read.Block;

/**
 * Finds the six section headings among the text lines (never among table rows). Wording is
 * matched by keywords, tolerant of variants; numbering may be 一、 (preferred), （一）, 1., 第一部分, 一 and a
 * space, or absent.
 */
final class Headings {
    /** a heading found: block index, canonical number, declared number, numbering style */
    record Heading(int block, int number, int declared, String style, String title) {
    }

    /** the numbering a line starts with: style (A 一、, B （一）, C 1., D 第一部分, S 一 and a space), number, where the title begins */
    private record Numbering(String style, int declared, int end) {
    }

    private static final Pattern NUM_A = Pattern.compile("^([一二三四五六七八九十]{1,2})[、.,．]");
    private static final Pattern NUM_B = Pattern.compile("^\\(([一二三四五六七八九十]{1,2})\\)");
    private static final Pattern NUM_C = Pattern.compile("^(\\d{1,2})(?:[、.．]|\\s)");
    /** 第一部分 总体情况 */
    private static final Pattern NUM_D = Pattern.compile("^第([一二三四五六七八九十]{1,2})部分[、.,．:：]?");
    /** 一 总体情况: the numeral set off by a space (of the text as written; normalised text has none) */
    private static final Pattern NUM_S = Pattern.compile("^([一二三四五六七八九十]{1,2})[ \\t]+(?=\\S)");
    /** numbering styles that number the six sections themselves (一、, 一 and 第一部分), unlike （一） of the sub-topics */
    private static final java.util.Set<String> SECTION_STYLES = java.util.Set.of("A", "S", "D");
    private static final int MAX_TITLE = 30;
    /**
     * the mark a list item starts with (• 主动公开情况: a page's list of sub-topics, its <li> items as a copy or a crawler
     * gives them): the level below a numbered heading, never the numbering of the six sections
     */
    static final Pattern LIST_MARK = Pattern.compile("^(?:[•●▪◆■◇○□►‣⁃]|-[ \\t])");
    /** an entry of a table of contents: the title, a dot leader (……, ·····, ---) and a page number */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("[.…·•_\\-—]{2,}\\d{1,3}$");

    private Headings() {
    }

    static List<Heading> find(List<Block> blocks) {
        List<Heading> all = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.isRow()) continue;
            Heading h = candidate(i, b.text());
            if (h != null) all.add(h);
        }
        all = withoutContents(all);
        long styleA = all.stream().filter(h -> SECTION_STYLES.contains(h.style)).map(Heading::number).distinct().count();
        List<Heading> chosen = new ArrayList<>();
        int last = 0;
        for (Heading h : all) {
            if (styleA >= 3 && h.style.equals("B")) continue;
            if (h.style.equals("B") && !isOfficialish(h)) continue;
            // （一）主动公开情况 inside 一、总体情况 of a text cut before 三: not section 二 when 二、 is there too, nor
            // a section before the 一、-numbered heading of an earlier one
            if (h.style.equals("B") && all.stream().anyMatch(o -> SECTION_STYLES.contains(o.style)
                && (o.number == h.number || o.number < h.number && o.block > h.block))) {
                continue;
            }
            if (subTopic(h, all, blocks)) continue;
            if (chosen.stream().anyMatch(c -> c.number == h.number)) continue;
            // a heading for an earlier section after a later one is only taken when it is numbered like the rest
            if (h.number < last && !SECTION_STYLES.contains(h.style)) continue;
            chosen.add(h);
            last = Math.max(last, h.number);
        }
        // two headings numbered as sections are enough to place a third between or beside them (a page cut after 二、 and
        // 三、, its 一、基本情况 worded as no section: fenyang.gov.cn's 杏花村镇 2025 page)
        if (styleA >= 2) inferByPlace(blocks, chosen);
        if (styleA >= 3) {
            // a section numbered （五） among 一、 headings: taken only with its official wording, in its place
            for (Heading h : all) {
                if (!h.style.equals("B") || !official(h.number, h.title)) continue;
                if (chosen.stream().anyMatch(c -> c.number == h.number)) continue;
                boolean inPlace = chosen.stream().allMatch(c -> c.number < h.number ? c.block < h.block : c.block > h.block);
                if (inPlace) chosen.add(h);
            }
            chosen.sort(java.util.Comparator.comparingInt(Heading::block));
        }
        return chosen;
    }

    /**
     * A line under a section's heading (一、总体情况, or 总体情况 unnumbered) that names a later section's topic as one of that
     * section's sub-topics: （一）主动公开情况, （二）依申请公开情况 of 一、总体情况 — numbered （二） under a heading numbered
     * 一、, the level below it, whether or not its number happens to be that of the section it names (（二）主动公开精准发力
     * after （一）组织保障持续强化), or numbered 1、 anew within the section (1、主动公开情况) — or an unnumbered lead-in
     * ending in a colon (政府信息主动公开情况：), or an item of a list (• 主动公开情况, • 依申请公开情况 under 一、总体情况 of
     * wsb.xam.gov.cn's 兴安盟行署外事办公室 2025 page). Such a line is a section's heading only in the format's own wording, or
     * when the text numbers its last sections （五）, （六） too (sections numbered in brackets after an 一、); a text cut
     * before 二、 (as crawled pages are) holds no other.
     */
    private static boolean subTopic(Heading h, List<Heading> all, List<Block> blocks) {
        boolean below = h.style.equals("B") && all.stream().noneMatch(o -> o.style.equals("B") && o.number >= 5 && o.block > h.block)
            || h.style.equals("C") && h.declared != h.number;
        boolean leadIn = h.style.equals("N") && blocks.get(h.block).text().strip().matches(".*[:：]$");
        boolean listItem = listItem(h, blocks);
        if (!below && !leadIn && !listItem || official(h.number, h.title)) return false;
        // a list item is below a heading that is no item of a list itself (sections listed • 总体情况, • 主动公开… are sections)
        return all.stream().anyMatch(o -> !o.style.equals("B") && !o.style.equals("C") && o.number < h.number && o.block < h.block
            && !(listItem && listItem(o, blocks)));
    }

    private static boolean listItem(Heading h, List<Block> blocks) {
        return h.style.equals("N") && LIST_MARK.matcher(blocks.get(h.block).text().strip()).lookingAt();
    }

    /**
     * The candidates without the entries of a table of contents (目录: 一、总体情况 1, 二、主动公开政府信息情况 2 … line
     * after line before the sections): a run of headings numbered as sections on consecutive lines (no text between
     * them), in the order of their sections, at least two and half of whose sections have such a heading again after the run, lists the sections; it
     * is not them. An entry whose section has no heading after the run is dropped with the rest: the contents name the
     * section, the report does not have it.
     */
    private static List<Heading> withoutContents(List<Heading> all) {
        List<Heading> out = new ArrayList<>();
        int k = 0;
        while (k < all.size()) {
            int end = k + 1;
            if (SECTION_STYLES.contains(all.get(k).style)) {
                while (end < all.size() && all.get(end).block == all.get(end - 1).block + 1 && all.get(end).number > all.get(end - 1).number
                    && SECTION_STYLES.contains(all.get(end).style)) {
                    end++;
                }
            }
            List<Heading> run = all.subList(k, end);
            List<Heading> after = all.subList(end, all.size());
            long again = run.stream().filter(h -> after.stream()
                .anyMatch(o -> o.number == h.number && SECTION_STYLES.contains(o.style))).count();
            boolean contents = again >= 2 && 2 * again >= run.size();
            if (!contents) out.addAll(run);
            k = end;
        }
        return out;
    }

    /**
     * A section whose heading wording is not recognised (三、政府信息公开申请办理情况) is still found by its
     * place: a short text line numbered like the other headings with the missing number (declared n),
     * after the heading of section n−1 and before that of n+1, where at least one of them was found.
     * Its wording is then a variant (a finding of its own), never a missing section.
     */
    private static void inferByPlace(List<Block> blocks, List<Heading> chosen) {
        for (int n = 1; n <= 6; n++) {
            final int num = n;
            if (chosen.stream().anyMatch(c -> c.number == num)) continue;
            int after = chosen.stream().filter(c -> c.number < num).mapToInt(Heading::block).max().orElse(-1);
            int before = chosen.stream().filter(c -> c.number > num).mapToInt(Heading::block).min().orElse(blocks.size());
            boolean neighbour = chosen.stream().anyMatch(c -> c.number == num - 1 || c.number == num + 1);
            if (!neighbour) continue;
            for (int i = after + 1; i < before; i++) {
                Block b = blocks.get(i);
                if (b.isRow()) continue;
                String line = Text.norm(b.text());
                Numbering m = numbering(b.text(), line);
                if (m == null || !SECTION_STYLES.contains(m.style) || m.declared != num) continue;
                String title = line.substring(m.end).replaceAll("[:：。.]+$", "");
                if (!plainTitle(title) || classify(title) != 0) continue;
                chosen.add(new Heading(i, num, num, m.style, title));
                chosen.sort(java.util.Comparator.comparingInt(Heading::block));
                break;
            }
        }
    }

    private static final Pattern INLINE_END = Pattern.compile("[。：:]");
    /** a section heading inside a line: after a full sentence and spaces, 一、 and its words, then spaces (see Inline#midLine) */
    private static final Pattern MID_LINE_HEADING = Pattern.compile("(?<=[。！？!?；;][ \\t\u3000]{1,8})([一二三四五六])、(\\S{2,20})(?=[ \\t\u3000])");
    /** the words a section heading ends with (总体情况, 其他需要报告的事项, 存在的不足及改进措施 …) */
    private static final String END_WORDS = "情况|事项|措施|举措|方向|计划|问题|不足|概述";
    private static final Pattern HEADING_END = Pattern.compile(END_WORDS);
    /** after a heading's end word, words that carry the heading on (存在的主要问题及改进情况), not its section's text */
    private static final Pattern HEADING_GOES_ON = Pattern.compile("[及和与、并]|以及|工作|方面|" + END_WORDS);

    /**
     * Splits a line of text that is a section heading followed by its section's first words into two lines, so that
     * the heading is found and the words stay the section's text; any other block as it is. Only a heading numbered as
     * a section (一、, 一 and a space, 第一部分) whose words name the section of its number: ended by 。 or a colon
     * ("六、其他需要报告的事项：本年度未收取信息处理费。", "五、存在的主要问题及改进情况。一是…"), or run into the words
     * without punctuation ("六、其他需要报告的事项本年度未收取…", "五、存在的不足及改进措施一是…") when its number is that
     * of a section still to come after the last section heading (the next one, or a later one when a section is
     * missing) — a sentence in a section that merely starts with 一、 is never split. After a table of contents of
     * titles alone (一、总体情况 / 二、主动公开政府信息情况 … on consecutive lines) the first section comes again: its
     * heading run into its words ("一、总体情况2025年，我局…") is split too, before any other heading is seen.
     * Keeps the number of the last section heading seen, block after block.
     */
    static final class Inline {
        private int last;
        /** headings seen on consecutive blocks up to the last block, and the number of the first of them */
        private int run;
        private int runFirst;
        /** the first section of a run of two or more headings (a table of contents) that ended with no heading since; 0 if none */
        private int again;

        List<Block> split(Block b) {
            if (b.isRow() || b.isImage()) return List.of(b);
            List<Block> lines = midLine(b);
            if (lines.size() > 1) {
                List<Block> out = new ArrayList<>();
                for (Block line : lines) out.addAll(split(line));
                return out;
            }
            List<Block> out = punctuated(b);
            if (out == null) out = runIn(b);
            if (out == null) out = List.of(b);
            seen(out.get(0).text());
            return out;
        }

        /** a section heading on the line (its words recognised, or plain words numbered as the next section) moves on */
        private void seen(String raw) {
            String line = Text.norm(raw);
            Numbering n = numbering(raw, line);
            int number = 0;
            if (n != null && SECTION_STYLES.contains(n.style)) {
                Heading h = candidate(0, raw);
                if (h != null) number = h.number;
                else if (n.declared == last + 1 && plainTitle(line.substring(n.end).replaceAll("[:：。.]+$", ""))) number = n.declared;
            }
            if (number == 0) {
                if (run >= 2) again = runFirst;
                run = 0;
                return;
            }
            again = 0;
            if (run == 0 || number <= last) {
                run = 0;
                runFirst = number;
            }
            run++;
            last = number;
        }

        /**
         * A page's text that came as one line (its line breaks lost: "…支持。 一、总体情况 2025年，四龙镇…"), cut before each
         * section heading inside it: numbered as a section (一、), set off by spaces after a full sentence and before its
         * section's words, its words naming the section of its number; any other line as it is.
         */
        private static List<Block> midLine(Block b) {
            String raw = b.text();
            Matcher m = MID_LINE_HEADING.matcher(raw);
            List<Block> out = new ArrayList<>();
            int from = 0;
            while (m.find()) {
                String title = Text.norm(m.group(2));
                if (!plainTitle(title) || classify(title) != Text.cnNumber(m.group(1))) continue;
                out.add(Block.line(raw.substring(from, m.start()).strip(), b.src()));
                from = m.start();
            }
            if (out.isEmpty()) return List.of(b);
            out.add(Block.line(raw.substring(from).strip(), b.src()));
            return out;
        }

        private static List<Block> punctuated(Block b) {
            String raw = b.text();
            Matcher end = INLINE_END.matcher(raw);
            if (!end.find() || raw.substring(end.end()).isBlank()) return null;
            String head = raw.substring(0, end.start());
            String line = Text.norm(head);
            Numbering n = numbering(head, line);
            if (n == null || !SECTION_STYLES.contains(n.style)) return null;
            String title = line.substring(n.end);
            if (!plainTitle(title) || classify(title) != n.declared) return null;
            return List.of(Block.line(head, b.src()), Block.line(raw.substring(end.end()).strip(), b.src()));
        }

        private List<Block> runIn(Block b) {
            String raw = b.text();
            String line = Text.norm(raw);
            Numbering n = numbering(raw, line);
            if (n == null || !SECTION_STYLES.contains(n.style) || n.declared <= last && n.declared != again && !(run >= 2 && n.declared == runFirst)) return null;
            String title = line.substring(n.end);
            Matcher end = HEADING_END.matcher(title);
            while (end.find()) {
                String head = title.substring(0, end.end());
                String rest = title.substring(end.end());
                if (!plainTitle(head)) return null;
                if (rest.chars().noneMatch(Character::isLetter) || HEADING_GOES_ON.matcher(rest).lookingAt() || classify(head) != n.declared) continue;
                int cut = rawIndex(raw, n.end + end.end());
                return List.of(Block.line(raw.substring(0, cut).strip(), b.src()), Block.line(raw.substring(cut).strip(), b.src()));
            }
            return null;
        }
    }

    /** words short and plain enough for a heading: no digit, no comma or full stop */
    private static boolean plainTitle(String title) {
        return !title.isEmpty() && title.length() <= 20 && !title.contains("。") && !title.contains("，")
            && title.chars().noneMatch(Character::isDigit);
    }

    /** where in the text as written the normalised text's index i falls (Text.norm drops white space only) */
    private static int rawIndex(String raw, int i) {
        int kept = 0;
        for (int k = 0; k < raw.length(); k++) {
            if (kept == i) return k;
            if (!Text.norm(raw.substring(k, k + 1)).isEmpty()) kept++;
        }
        return raw.length();
    }

    private static boolean isOfficialish(Heading h) {
        return h.title.equals(Section.OFFICIAL[h.number]) || h.title.length() <= 14;
    }

    private static Numbering numbering(String raw, String line) {
        Matcher m;
        if ((m = NUM_A.matcher(line)).find()) return new Numbering("A", Text.cnNumber(m.group(1)), m.end());
        if ((m = NUM_B.matcher(line)).find()) return new Numbering("B", Text.cnNumber(m.group(1)), m.end());
        if ((m = NUM_C.matcher(line)).find()) return new Numbering("C", Integer.parseInt(m.group(1)), m.end());
        if ((m = NUM_D.matcher(line)).find()) return new Numbering("D", Text.cnNumber(m.group(1)), m.end());
        if ((m = NUM_S.matcher(Text.halfWidth(raw).strip())).find()) return new Numbering("S", Text.cnNumber(m.group(1)), m.group(1).length());
        return null;
    }

    private static Heading candidate(int index, String raw) {
        String line = Text.norm(raw);
        Numbering numbering = numbering(raw, line);
        String style = numbering == null ? "N" : numbering.style;
        int declared = numbering == null ? 0 : numbering.declared;
        String title = numbering == null ? line : line.substring(numbering.end);
        title = title.replaceAll("[:：。.]+$", "");
        if (title.isEmpty() || title.length() > MAX_TITLE || title.contains("。") || CONTENTS_ENTRY.matcher(title).find()) return null;
        if (title.chars().filter(Character::isDigit).count() > 4) return null;
        int number = classify(title);
        if (number == 0) return null;
        if (style.equals("N") && !title.equals(Section.OFFICIAL[number]) && title.length() > 16) return null;
        // an unnumbered line that ends in a full stop is a sentence (全年未收到依申请公开政府信息。), not a heading
        if (style.equals("N") && line.endsWith("。")) return null;
        // an unnumbered line wholly in brackets is a note ((此件主动公开) under a covering notice), not a heading
        if (style.equals("N") && title.matches("^\\(.*\\)$")) return null;
        // an unnumbered line of table header words ("其他", "行政复议 行政诉讼": a table flattened to
        // lines, as a copy from a PDF gives it) is no heading
        if (style.equals("N") && (title.matches(".*\\S\\s+\\S.*") || number == 6 && !title.contains("事项") && !title.contains("报告"))) {
            return null;
        }
        return new Heading(index, number, declared, style, title);
    }

    /** canonical section number 1..6 of a heading title, 0 when it names none */
    static int classify(String t) {
        if (t.contains("总体情况") || t.equals("概述") || t.equals("总体")) return 1;
        if (t.contains("主动公开") && !t.contains("申请")) return 2;
        if (t.contains("申请") && (t.contains("收到") || t.contains("处理") || t.contains("依申请"))) return 3;
        if (t.contains("复议") || t.contains("诉讼")) return 4;
        if ((t.contains("问题") || t.contains("不足")) && (t.contains("改进") || t.contains("整改") || t.contains("措施") || t.contains("存在"))) {
            return 5;
        }
        if ((t.startsWith("其他") || t.startsWith("其它")) && (t.contains("事项") || t.contains("报告") || t.length() <= 4)) return 6;
        return 0;
    }

    /** heading wording compared with the official one, ignoring punctuation */
    static boolean official(int number, String title) {
        return strip(title).equals(strip(Section.OFFICIAL[number]));
    }

    private static String strip(String s) {
        return s.replaceAll("[\\p{P}\\s]", "");
    }
}
