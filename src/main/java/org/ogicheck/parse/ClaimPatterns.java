package org.ogicheck.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * The patterns that turn sentences into claims, read from {@code claims.tsv} in the rule folders
 * (UTF-8, one entry a line, fields separated by tabs; a later folder adds to an earlier one). Data a
 * regulator extends without Java:
 * <pre>
 * received	(?:收到|受理)[^。；，]{0,20}?申请(?:共计|共)?{N}件     kind, then the pattern
 * &#64;list	^[^，。；：、\d]{0,8}?，?（?(?:其中|分布情况为)：?          what introduces the parts of a total
 * &#64;complete	分布情况为|分别为                                    list markers that mean "all of it"
 * &#64;rest	(?:其他|其它)(?:信息|事项)*$                        a last part's label that says it is the rest: all of it
 * &#64;percent	^，?(?:占[^，。；%]{0,8}?)?（?(?&lt;p&gt;\d+(?:\.\d+)?)%       a percentage after a number
 * &#64;change	^(?:较|同比|比上年)                                   a number said as a change against another year
 * &#64;interrupt	；[^，；]{0,12}?(?:收到|受理)                          between two parts: another statement begins
 * &#64;aside	^[，、]?(?:以及|另有)                                 a further count that may stand beside the total
 * &#64;otheryear	(?:上|去)年                                          words that say the numbers after them are of another year
 * &#64;thisyear	本年|今年                                            words that say they are of the report's year again
 * &#64;partof	concluded	granted denied …                           kinds that are parts of a kind
 * &#64;whole	concluded	granted|grantedOrPartly denied …             parts that together are all of it
 * &#64;channels	通过(?&lt;list&gt;[^。；]{2,80}?)等?(?:渠道|平台)          channels named with a total
 * &#64;channel	网站 微博 微信 …                                      words that identify a channel
 * </pre>
 * Patterns see the sentence with full-width digits made half-width, spaces removed and the ASCII
 * punctuation , ; : ( ) made Chinese (，；：（）); {N} stands for a number (2,425 / 1.2万 / 三十一),
 * {Y} for a four-digit year.
 */
public final class ClaimPatterns {
    /** the number as written: digits with separators and decimals, 万/亿, or Chinese numerals */
    static final String NUMBER =
        "(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?[万亿]?|[零〇一二两三四五六七八九十百千]+[万亿]?";

    /** a claim pattern: the kind it gives and the compiled regex (group n is the number, if any) */
    public record Entry(String kind, Pattern pattern, boolean numbered, String source, List<List<String>> required) {
        /** whether the sentence has the words the pattern needs (else it cannot match) */
        public boolean admits(String sentence) {
            return RequiredWords.admits(required, sentence);
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private volatile Prefilter prefilter;
    private final List<Pattern> lists = new ArrayList<>();
    private final List<Pattern> completes = new ArrayList<>();
    private final List<Pattern> rests = new ArrayList<>();
    private final List<Pattern> percents = new ArrayList<>();
    private final List<Pattern> changes = new ArrayList<>();
    private final List<Pattern> interrupts = new ArrayList<>();
    private final List<Pattern> asides = new ArrayList<>();
    private final List<Pattern> sumsAfter = new ArrayList<>();
    private final List<Pattern> eaches = new ArrayList<>();
    private final List<Pattern> otherPeriods = new ArrayList<>();
    private final List<Pattern> reportPeriods = new ArrayList<>();
    private final List<Pattern> channelLists = new ArrayList<>();
    private final List<String> channelWords = new ArrayList<>();
    private final Map<String, List<String>> partOf = new LinkedHashMap<>();
    private final Map<String, List<String>> percentOf = new LinkedHashMap<>();
    /** kinds that are of the year after the report's when their words name a year, and the kind they are of when it is the report's own */
    private final Map<String, String> nextYear = new LinkedHashMap<>();
    private final List<String> anyParts = new ArrayList<>();
    private final Map<String, List<List<String>>> whole = new LinkedHashMap<>();

    /** every required word of every entry in one automaton; each entry's groups as word numbers */
    private static final class Prefilter {
        private final Trie trie;
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<Entry> entries;
        private final int[][][] groups;

        Prefilter(List<Entry> entries) {
            this.entries = List.copyOf(entries);
            groups = new int[entries.size()][][];
            for (int i = 0; i < entries.size(); i++) {
                List<List<String>> req = entries.get(i).required();
                groups[i] = new int[req.size()][];
                for (int g = 0; g < req.size(); g++) {
                    groups[i][g] = req.get(g).stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).toArray();
                }
            }
            trie = Trie.builder().addKeywords(ids.keySet()).build();
        }

        List<Entry> candidates(String sentence) {
            BitSet present = new BitSet(ids.size());
            if (!ids.isEmpty()) for (Emit e : trie.parseText(sentence)) present.set(ids.get(e.getKeyword()));
            List<Entry> out = new ArrayList<>();
            for (int i = 0; i < groups.length; i++) if (admits(groups[i], present)) out.add(entries.get(i));
            return out;
        }

        private static boolean admits(int[][] groups, BitSet present) {
            for (int[] any : groups) {
                boolean found = false;
                for (int w : any) {
                    if (present.get(w)) {
                        found = true;
                        break;
                    }
                }
                if (!found) return false;
            }
            return true;
        }
    }

    /** add the entries of {@code claims.tsv} in a folder, if it has one */
    public void load(Path dir) throws IOException {
        Path f = dir.resolve("claims.tsv");
        if (!Files.isRegularFile(f)) return;
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] p = line.split("\t+");
            String where = f.getFileName() + ":" + (i + 1);
            if (p.length < 2) throw new IllegalArgumentException(where + ": expected a kind, a tab and a pattern");
            try {
                add(p, where);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ": bad pattern: " + e.getDescription() + " in " + e.getPattern());
            }
        }
    }

    private void add(String[] p, String where) {
        switch (p[0]) {
            case "@list" -> lists.add(compile(p[1]));
            case "@complete" -> completes.add(compile(p[1]));
            case "@rest" -> rests.add(compile(p[1]));
            case "@percent" -> percents.add(compile(p[1]));
            case "@change" -> changes.add(compile(p[1]));
            case "@interrupt" -> interrupts.add(compile(p[1]));
            case "@aside" -> asides.add(compile(p[1]));
            case "@sumafter" -> sumsAfter.add(compile(p[1]));
            case "@each" -> eaches.add(compile(p[1]));
            case "@otherperiod" -> otherPeriods.add(compile(p[1]));
            case "@reportperiod" -> reportPeriods.add(compile(p[1]));
            case "@channels" -> channelLists.add(compile(p[1]));
            case "@channel" -> channelWords.addAll(List.of(p[1].split("\\s+")));
            case "@anyparts" -> anyParts.addAll(List.of(p[1].split("\\s+")));
            case "@nextyear" -> {
                if (p.length < 3) throw new IllegalArgumentException(where + ": @nextyear needs a kind and the kind of the report's own year");
                nextYear.put(p[1], p[2]);
            }
            case "@partof", "@whole", "@percentof" -> {
                if (p.length < 3) throw new IllegalArgumentException(where + ": " + p[0] + " needs a kind and a list of kinds");
                List<String> kinds = List.of(p[2].split("\\s+"));
                if (p[0].equals("@partof")) partOf.computeIfAbsent(p[1], k -> new ArrayList<>()).addAll(kinds);
                else if (p[0].equals("@percentof")) percentOf.computeIfAbsent(p[1], k -> new ArrayList<>()).addAll(kinds);
                else whole.computeIfAbsent(p[1], k -> new ArrayList<>()).add(kinds);
            }
            default -> {
                if (p[0].startsWith("@")) throw new IllegalArgumentException(where + ": unknown directive " + p[0]);
                boolean numbered = p[1].contains("{N}") || p[1].contains("{Y}");
                entries.add(new Entry(p[0], compile(p[1]), numbered, where, RequiredWords.of(p[1])));
                prefilter = null;
            }
        }
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex.replace("{N}", "(?<n>" + NUMBER + ")").replace("{Y}", "(?<n>(?:19|20)\\d{2})"));
    }

    public List<Entry> entries() { return entries; }

    /**
     * The entries that can match a sentence, in their order: one pass of a single Aho–Corasick
     * automaton over the sentence finds every required word of every pattern at once, and only
     * the patterns whose required words are all there are handed to their regular expression.
     */
    public List<Entry> candidates(String sentence) {
        Prefilter f = prefilter;
        if (f == null) {
            synchronized (this) {
                if (prefilter == null) prefilter = new Prefilter(entries);
                f = prefilter;
            }
        }
        return f.candidates(sentence);
    }
    /**
     * for a kind whose words may name the year it is of (结转2026年度2件): the kind the number is of when that year is the
     * report's own (结转至2024年 in a 2024 report: carried into it); null for a kind that names no year
     */
    String ownYearKind(String kind) { return nextYear.get(kind); }
    List<Pattern> lists() { return lists; }
    List<Pattern> completes() { return completes; }
    List<Pattern> rests() { return rests; }
    List<Pattern> percents() { return percents; }
    List<Pattern> changes() { return changes; }
    List<Pattern> interrupts() { return interrupts; }
    List<Pattern> asides() { return asides; }
    List<Pattern> sumsAfter() { return sumsAfter; }
    List<Pattern> eaches() { return eaches; }
    List<Pattern> otherPeriods() { return otherPeriods; }
    List<Pattern> reportPeriods() { return reportPeriods; }
    List<Pattern> channelLists() { return channelLists; }
    List<String> channelWords() { return channelWords; }

    /** whether a claim of kind {@code part} may be a stated part of one of kind {@code total} */
    boolean isPartOf(String part, String total) {
        List<String> parts = partOf.get(total);
        return parts != null && parts.contains(part);
    }

    /** whether a claim of this kind may be a stated part of some kind */
    boolean isPart(String kind) {
        for (List<String> parts : partOf.values()) if (parts.contains(kind)) return true;
        return false;
    }

    /** the kinds of stated number a percentage of a part of a total of this kind may be of instead */
    List<String> percentOf(String total) {
        return percentOf.getOrDefault(total, List.of());
    }

    /**
     * whether a stated number of this kind is broken down like a plain count, into parts of any kind (办理…申请34件，其中予以公开
     * 7件… as well as 其中网上申请22件…), rather than having no stated parts of the kinds other numbers have
     */
    boolean takesAnyParts(String total) {
        return anyParts.contains(total);
    }

    boolean hasParts(String total) {
        return partOf.containsKey(total);
    }

    /** whether the kinds of the parts make up all of a total of this kind */
    boolean isWhole(String total, List<String> partKinds) {
        for (List<String> groups : whole.getOrDefault(total, List.of())) {
            boolean all = true;
            for (String g : groups) {
                boolean any = false;
                for (String alt : g.split("\\|")) if (partKinds.contains(alt)) any = true;
                if (!any) all = false;
            }
            if (all) return true;
        }
        return false;
    }
}
