package org.ogicheck.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogicheck.model.Claim;
import org.ogicheck.model.ClaimSum;
import org.ogicheck.model.Sentence;

/**
 * Reads claims from the sentences of a report with the patterns of {@link ClaimPatterns}: every
 * counted number ("272条"), the kind the patterns give it, a percentage stated with it, and the
 * totals whose parts are stated with them. What the patterns do not recognise stays a plain count,
 * which no rule compares with a table.
 */
public final class ClaimReader {
    private static final Pattern ITEM = Pattern.compile(
        "(?<![\\d.,第])(?<n>" + ClaimPatterns.NUMBER + ")(?<u>万元|元|件|条|篇|项|个|起|宗|期|则|份|部(?![门分署委队级位]))");
    private static final Pattern UNIT = Pattern.compile("^(万元|元|件|条|篇|项|个|起|宗|期|则|份|部(?![门分署委队级位])|%|年)");
    /** before a number: it is approximate (近30件, 约, 超过) or a bound (不足30件, 至少, 少于) */
    private static final Pattern APPROX_BEFORE = Pattern.compile(".*[近约超逾]|超过|不足|不到|至少|[少多低高]于");
    /** after a number: it is approximate (30余件, 30件左右) */
    private static final Pattern APPROX_AFTER = Pattern.compile("^(?:余|多|以上|左右|上下)");
    private static final Pattern APPROX_NUMBER = Pattern.compile(".*[余多]$");
    /** before a number: it ends a range ("3-5件", "三至五件", "3件至5件"), which states no one count */
    private static final Pattern RANGE_BEFORE = Pattern.compile("[\\d零一二两三四五六七八九十百千][件条项个]?[至到~～\\-－—]$");
    /** a year named in a sentence ("2023年，…"): the numbers after it are of that year */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");
    private static final Pattern NOT_A_THOUSANDS_COMMA = Pattern.compile("(?<!\\d),|,(?!\\d{3}(?!\\d))");

    /** a number a claim could state: digits, or a Chinese numeral before a counting word */
    private static final Pattern COUNTED = Pattern.compile("\\d|[零一二三四五六七八九十百千两]+[件条项个起宗份篇期]");
    private static final Pattern SEPARATOR = Pattern.compile("[，。；：、（）]");
    private static final Pattern LIST_NUMERAL = Pattern.compile("(?:^|(?<=[，；：、]))\\d{1,2}[.、]");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** in a part's label inside a bracket: an example, a change or a share, not a part ("如…", "增加…", "占…") */
    private static final Pattern BRACKET_NOT_PARTS = Pattern.compile("^(?:如|例如|比如|包括|含|约|共|合计|累计)|[增减多少]|占|[\\d一二三四五六七八九十][年月]");
    private static final String CN_DIGITS = "零一二三四五六七八九";

    private final ClaimPatterns patterns;

    /** a number found in a sentence, with its place in the normalised sentence */
    private static final class Item {
        Claim claim;
        int start;
        int end;
        int depth;
        String norm;
        String label;

        boolean usable() {
            return claim.getN() != null;
        }
    }

    public ClaimReader(ClaimPatterns patterns) {
        this.patterns = patterns;
    }

    /** the claims and stated sums of the sentences, as facts, with no report year known */
    public List<Object> read(List<Sentence> sentences) {
        return read(sentences, null);
    }

    /**
     * the claims and stated sums of the sentences of a report of this year, as facts: a number the sentence says is
     * of an earlier year (2023年…, 上年…) is a plain count, compared with nothing
     */
    public List<Object> read(List<Sentence> sentences, Integer reportYear) {
        List<Object> out = new ArrayList<>();
        Map<Integer, List<Sentence>> sentencesOf = new LinkedHashMap<>();
        for (Sentence s : sentences) sentencesOf.computeIfAbsent(s.paragraph(), k -> new ArrayList<>()).add(s);
        for (List<Sentence> para : sentencesOf.values()) {
            List<List<Item>> perSentence = new ArrayList<>();
            for (Sentence s : para) {
                List<Item> items = items(s, reportYear, out);
                perSentence.add(items);
            }
            List<Item> all = new ArrayList<>();
            perSentence.forEach(all::addAll);
            Set<Item> inLists = new HashSet<>();
            for (int k = 0; k < para.size(); k++) lists(para.get(k), perSentence.get(k), all, inLists, out);
            channels(para, perSentence, all, inLists, out);
            wholes(all);
            // a percentage no list gave a base ("办结18件，其中予以公开10件，占50%": one part) is of the number before it of
            // a kind it is a part of — and, like a list's, may be of the other numbers @percentof names
            for (Item it : all) {
                if (it.claim.getPercent() != null && it.claim.getBase() == null) {
                    it.claim.setPercent(it.claim.getPercent(), parentBefore(all, it, it.claim.getKind()));
                }
            }
            otherBases(all);
            for (Item it : all) out.add(it.claim);
        }
        return out;
    }

    // ---- numbers and kinds -----------------------------------------------------------------------

    private List<Item> items(Sentence s, Integer reportYear, List<Object> out) {
        String norm = norm(s.text());
        Map<Integer, String> kindAt = new HashMap<>();
        Map<Integer, String> recognised = new LinkedHashMap<>();
        Map<Integer, String> matched = new HashMap<>();
        Set<String> statements = new HashSet<>();
        // most narrative sentences state no count: the numbered patterns need not look at them
        boolean counts = COUNTED.matcher(norm).find();
        for (ClaimPatterns.Entry e : patterns.candidates(norm)) {
            if (e.numbered() && !counts) continue;
            Matcher m = e.pattern().matcher(norm);
            while (m.find()) {
                if (!e.numbered()) {
                    if (statements.add(e.kind())) {
                        out.add(new Claim(e.kind(), null, null, false, m.group(), s, s.index() * 10_000 + m.start()));
                    }
                    continue;
                }
                int at = m.start("n");
                if (kindAt.containsKey(at)) continue;
                kindAt.put(at, e.kind());
                recognised.put(at, m.group("n"));
                matched.put(at, norm.substring(m.start(), at));
            }
        }
        List<Item> items = new ArrayList<>();
        Set<Integer> covered = new HashSet<>();
        Matcher m = ITEM.matcher(norm);
        while (m.find()) {
            covered.add(m.start("n"));
            items.add(item(s, norm, kindAt.getOrDefault(m.start("n"), Claim.COUNT), m.group("n"), m.start("n"), m.end("u"),
                m.group("u")));
        }
        for (Map.Entry<Integer, String> r : recognised.entrySet()) {
            if (covered.contains(r.getKey())) continue;
            int end = r.getKey() + r.getValue().length();
            Matcher u = UNIT.matcher(norm.substring(end));
            String unit = u.find() ? u.group(1) : null;
            items.add(item(s, norm, kindAt.get(r.getKey()), r.getValue(), r.getKey(),
                end + (unit == null ? 0 : unit.length()), unit));
        }
        items.sort((a, b) -> Integer.compare(a.start, b.start));
        for (Item it : items) {
            percent(it);
            yearNamed(it, matched.get(it.start), reportYear);
        }
        // the sentence's year marks, looked for only when a number of a kind may be of another year (most sentences have none)
        List<int[]> years = null;
        for (Item it : items) {
            if (Claim.COUNT.equals(it.claim.getKind()) || "年".equals(it.claim.getUnit())) continue;
            if (years == null) years = yearMarks(norm, reportYear);
            if (ofAnotherYear(years, it)) it.claim = it.claim.asCount();
        }
        return items;
    }

    /**
     * a number of a kind whose words name the year it is of (@nextyear: "结转2026年度2件", "转2025年办理37件"): of that kind
     * only when the year is the one after the report's, of the kind of the report's own year when it is the report's
     * ("结转至2024年9件" in a 2024 report), and a plain count when it is another year or the report's year is not known
     */
    private void yearNamed(Item it, String words, Integer reportYear) {
        String own = patterns.ownYearKind(it.claim.getKind());
        if (own == null || words == null) return;
        Integer named = null;
        for (Matcher y = YEAR.matcher(words); y.find(); ) named = Integer.parseInt(y.group(1));
        if (named == null) return;
        if (reportYear != null && named == reportYear + 1) return;
        it.claim = reportYear != null && named.intValue() == reportYear ? it.claim.asKind(own) : it.claim.asCount();
    }

    /**
     * the places in a sentence that say which year the numbers after them are of, as {start, end, 1 if another
     * year, 0 if the report's}: a year named (earlier than the report's is another), 上年/去年 (not 上年结转, not
     * 较上年), 本年/今年; a year in a title (《2023年工作要点》) says nothing of the numbers
     */
    private List<int[]> yearMarks(String norm, Integer reportYear) {
        List<int[]> out = new ArrayList<>();
        Matcher y = YEAR.matcher(norm);
        while (y.find()) {
            if (inTitle(norm, y.start())) continue;
            boolean other = reportYear != null && Integer.parseInt(y.group(1)) < reportYear;
            out.add(new int[] {y.start(), y.end(), other ? 1 : 0});
        }
        for (Pattern p : patterns.otherPeriods()) for (Matcher m = p.matcher(norm); m.find(); ) out.add(new int[] {m.start(), m.end(), 1});
        for (Pattern p : patterns.reportPeriods()) for (Matcher m = p.matcher(norm); m.find(); ) out.add(new int[] {m.start(), m.end(), 0});
        out.sort((a, b) -> Integer.compare(a[1], b[1]));
        return out;
    }

    /** whether the nearest place before the number that names a year, at its bracket depth or outside, names another */
    private static boolean ofAnotherYear(List<int[]> years, Item it) {
        int[] last = null;
        for (int[] y : years) {
            if (y[1] > it.start) break;
            if (depth(it.norm, y[0]) <= it.depth) last = y;
        }
        return last != null && last[2] == 1;
    }

    private static boolean inTitle(String norm, int at) {
        int open = 0;
        for (int i = 0; i < at; i++) {
            if (norm.charAt(i) == '《') open++;
            else if (norm.charAt(i) == '》' && open > 0) open--;
        }
        return open > 0;
    }

    private Item item(Sentence s, String norm, String kind, String number, int start, int end, String unit) {
        Item it = new Item();
        it.norm = norm;
        it.start = start;
        it.end = end;
        it.depth = depth(norm, start);
        BigDecimal n = number(number);
        String before = norm.substring(Math.max(0, start - 2), start);
        String after = norm.substring(end, Math.min(norm.length(), end + 2));
        boolean approx = APPROX_BEFORE.matcher(before).matches() || APPROX_AFTER.matcher(after).find()
            || APPROX_NUMBER.matcher(norm.substring(start, end)).matches()
            || RANGE_BEFORE.matcher(norm.substring(Math.max(0, start - 3), start)).find()
            // a count written in 万/亿 (398.6万件, 3万条) is rounded: never compared exactly (an amount in 万元 is exact)
            || (number.endsWith("万") || number.endsWith("亿")) && !"元".equals(unit);
        int from = start;
        while (from > 0 && !SEPARATOR.matcher(String.valueOf(norm.charAt(from - 1))).matches()) from--;
        it.label = norm.substring(from, start);
        it.claim = new Claim(kind, n, unit, approx, norm.substring(from, end), s, s.index() * 10_000 + start);
        return it;
    }

    private void percent(Item it) {
        String after = it.norm.substring(it.end);
        for (Pattern p : patterns.percents()) {
            Matcher m = p.matcher(after);
            if (m.find() && m.start() == 0) {
                it.claim.setPercent(new BigDecimal(m.group("p")), null);
                it.end += m.end();
                return;
            }
        }
    }

    // ---- totals and their parts ------------------------------------------------------------------

    /** "N件，其中：A件，B件…", "N条，分布情况为：…", and a sentence that begins with 其中 after a total */
    private void lists(Sentence s, List<Item> items, List<Item> paragraph, Set<Item> inLists, List<Object> out) {
        String norm = items.isEmpty() ? norm(s.text()) : items.get(0).norm;
        Matcher lead = marker(norm, 0);
        if (lead != null) {
            List<Item> region = region(items, lead.end(), norm, lead.group().contains("（"));
            Item total = region.isEmpty() ? null : totalBefore(paragraph, region.get(0));
            if (total == null && !region.isEmpty() && !patterns.isPart(region.get(0).claim.getKind())) {
                total = plainTotalBefore(paragraph, region.get(0));
            }
            if (total != null) sum(restated(total, s, paragraph), region, lead.group(), inLists, out);
        }
        for (int k = 0; k < items.size(); k++) {
            Item t = items.get(k);
            if (!t.usable() || t.claim.getUnit() == null) continue;
            Matcher m = marker(norm, t.end);
            if (m == null) continue;
            // "行政许可26768件、行政处罚538件、行政强制95件，其中涉企…": after a series of counts the list may be of any
            // of them or of all: not known to be of the last
            int labelStart = t.start - t.label.length();
            if (k > 0 && items.get(k - 1).usable() && labelStart > 0 && norm.charAt(labelStart - 1) == '、'
                && items.get(k - 1).end == labelStart - 1) continue;
            // "共收到政府信息公开申请12件,上年结转政府信息公开申请1件,其中:当面申请4件,邮寄申请1件,网络申请8件" (静安区共和新路
            // 街道 2024: 4+1+8 = 12+1): a list right after the carried-in count that follows the number received may be of
            // the two together, as a 其中 sentence after both is (totalBefore): of none known
            if (k > 0 && "carriedIn".equals(t.claim.getKind()) && items.get(k - 1).usable()
                && List.of("received", "receivedNew").contains(items.get(k - 1).claim.getKind())
                && !otherNumber(norm.substring(items.get(k - 1).end, labelStart))) continue;
            Item total = t;
            if (change(t)) {
                // "5000条，较上年增加500条，其中…": the list is of the number the change is said of, if it is right before
                Item prev = k > 0 ? items.get(k - 1) : null;
                if (prev == null || !prev.usable() || !"，".equals(norm.substring(prev.end, t.start - t.label.length()))) continue;
                total = prev;
            }
            sum(restated(total, s, paragraph), region(items, t.end + m.end(), norm, m.group().contains("（")), m.group(), inLists,
                out);
        }
        bracketLists(items, norm, inLists, out);
    }

    /**
     * a bracket right after a count that holds only counts in its unit and no marker: "政策文件13件（县政府文件5件，县政府办文件
     * 2件，规范性文件6件）" (衡山县 2025) — most likely the parts of the count, but nothing says so (they may overlap, or be of
     * another dimension: 网站…，微信…): a stated sum of its own kind ("bracket"), never an ERROR. Not when a part is said of
     * another period or as a change ("13件（上年15件，减少2件）") or as an example (如…)
     */
    private void bracketLists(List<Item> items, String norm, Set<Item> inLists, List<Object> out) {
        for (Item t : items) {
            if (!t.usable() || t.claim.getUnit() == null || !norm.startsWith("（", t.end)
                || marker(norm, t.end) != null) continue;
            List<Item> region = region(items, t.end + 1, norm, true);
            if (region.size() < 2) continue;
            boolean plain = true;
            for (Item p : region) {
                String label = p.label;
                if (!p.usable() || inLists.contains(p) || !t.claim.getUnit().equals(p.claim.getUnit())
                    || matchesAny(patterns.changes(), label) || matchesAny(patterns.otherPeriods(), label)
                    || matchesAny(patterns.reportPeriods(), label) || BRACKET_NOT_PARTS.matcher(label).find()) plain = false;
            }
            if (plain) sum(t, region, "（", inLists, out, "bracket");
        }
    }

    /**
     * the total a list is of: the one stated before it, or the one the next sentence states of the list when it begins by
     * saying so (@sumafter: "…共计92条，其中：…其他信息63条。合计以上所述，…共89条" — the parts are of the 89, the
     * 92 may count more), when that sentence states one number in the unit of the total
     */
    private Item restated(Item total, Sentence s, List<Item> paragraph) {
        Item found = null;
        for (Item it : paragraph) {
            if (it.claim.getSentence().index() != s.index() + 1 || it.depth > 0) continue;
            if (!matchesAny(patterns.sumsAfter(), it.norm)) return total;
            if (!Objects.equals(total.claim.getUnit(), it.claim.getUnit())) continue;
            if (found != null || !it.usable()) return total;
            found = it;
        }
        return found == null ? total : found;
    }

    /**
     * whether the text between two parts states a number of its own ("414.7万人次", "24场"): not a part's
     * bracketed remark ("（2024年度）", "（17.46%）") nor a list numeral ("；2.工作动态类信息")
     */
    private static boolean otherNumber(String gap) {
        return DIGIT.matcher(LIST_NUMERAL.matcher(outsideBrackets(gap)).replaceAll("")).find();
    }

    /** the text outside brackets */
    private static String outsideBrackets(String gap) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (char c : gap.toCharArray()) {
            if (c == '（') depth++;
            else if (c == '）' && depth > 0) depth--;
            else if (depth == 0) outside.append(c);
        }
        return outside.toString();
    }

    /** whether a number is said as a change against another year ("较上年增加500条") */
    private boolean change(Item it) {
        return matchesAny(patterns.changes(), it.label);
    }

    private Matcher marker(String norm, int at) {
        for (Pattern p : patterns.lists()) {
            Matcher m = p.matcher(norm.substring(at));
            if (m.find() && m.start() == 0) return m;
        }
        return null;
    }

    /** the items after a list marker at the depth of the first, up to the closing bracket or the sentence's end */
    private static List<Item> region(List<Item> items, int from, String norm, boolean bracketed) {
        int base = depth(norm, from);
        int to = norm.length();
        if (bracketed) {
            for (int i = from; i < norm.length(); i++) {
                if (norm.charAt(i) == '）' && depth(norm, i + 1) < base) {
                    to = i;
                    break;
                }
            }
        }
        List<Item> out = new ArrayList<>();
        for (Item it : items) if (it.start >= from && it.start < to && it.depth == base) out.add(it);
        return out;
    }

    private void sum(Item total, List<Item> candidates, String marker, Set<Item> inLists, List<Object> out) {
        sum(total, candidates, marker, inLists, out, "list");
    }

    private void sum(Item total, List<Item> candidates, String marker, Set<Item> inLists, List<Object> out, String how) {
        if (!total.usable()) return;
        String kind = total.claim.getKind();
        boolean typed = patterns.hasParts(kind);
        List<Item> parts = new ArrayList<>();
        String style = null;
        boolean open = false;
        for (Item it : candidates) {
            if (!it.usable() || !total.claim.getUnit().equals(it.claim.getUnit())) {
                // "…其他法定信息18条，政策文件6件、信息公开工作年报1条…" (黔江高新区 2025): a part in another unit, or an
                // approximate one, goes on with the list in the same run: the parts read are not all of it
                if (!parts.isEmpty() && !it.norm.substring(parts.get(parts.size() - 1).end, it.start).contains("；")) open = true;
                break;
            }
            // "老年人福利、残疾人福利、儿童福利等相关政策及办理指南各发布信息12条" (沈村镇 2025): one number for each of
            // several parts, how many is not said: the parts cannot be added up
            if (matchesAny(patterns.eaches(), it.label)) return;
            if (typed && !patterns.isPartOf(it.claim.getKind(), kind)) break;
            // "受理申请101件，上年结转1件，其中自然人申请100件、法人或其他组织申请1件": parts of a kind the number right before
            // cannot have are not its parts (they are of the 101, or of 101 + 1): no sum
            if (parts.isEmpty() && !typed && !Claim.COUNT.equals(kind) && !patterns.takesAnyParts(kind)
                && patterns.isPart(it.claim.getKind())) return;
            if (!parts.isEmpty()) {
                // "办理…申请69件，含…转至今年办理的3件，办结68件，剩余1件结转下一年度处理" (大丰区 2024): a number of a kind
                // that is only ever a total (办结, 收到 …) after a part begins another statement about the total, not a part
                if (patterns.hasParts(it.claim.getKind()) && !patterns.isPart(it.claim.getKind())) break;
                Item prev = parts.get(parts.size() - 1);
                String gap = it.norm.substring(prev.end, it.start);
                // a second marker (其中, 涉及 …) between parts starts another breakdown — not one in brackets, the list of
                // the part before ("部门财务信息2条（其中部门预算1条、部门决算1条），计划总结5条" — 瓯海区审计局 2024)
                String bare = outsideBrackets(gap);
                if (marker(bare, 0) != null || matchesAny(patterns.lists(), "，" + bare)) break;
                // another number between them ("242条（含…），网站总访问量414.7万人次…；受理网民留言111条"), or another statement
                // ("其中公开答复14件；“依申请公开”平台收到…64件") ends the list
                if (otherNumber(gap) || matchesAny(patterns.interrupts(), gap)) break;
                // "人大建议15件，其中主办件4件；政协提案57件，其中主办件11件" (泰州市市场监管局 2025): a number with a list
                // of its own is a total beside the first, not one of its parts
                // A part whose own list is in brackets right after it ("法定主动公开内容99条（其中：履职依据1条…），政府公开信息
                // 年报1条" — 荣昌区 2025) is one part, and the list goes on after the bracket
                Matcher own = marker(it.norm, it.end);
                if (own != null && !own.group().contains("（")) break;
                // "包括机构概况1条，以及…2条": the count after 以及 may stand beside the total rather than in its list
                if (matchesAny(patterns.asides(), gap)) {
                    open = true;
                    break;
                }
                if (style == null) style = gap.contains("；") ? "；" : "，";
                else if (style.equals("，") && gap.contains("；")) break;
            }
            parts.add(it);
        }
        if (parts.size() < 2) {
            // one part bigger than its total ("共受理申请20件，其中自然人申请25件", "办结20件，其中予以公开25件") fits no
            // reading when the part is of a kind the total has; a plain count after 其中 may be a total of its own (a
            // channel's posts, "主动公开政府信息70条，其中在微信公众号上主动公开各类信息115条") and is left alone
            if (parts.size() == 1 && typed && parts.get(0).claim.getN() > total.claim.getN()) {
                inLists.add(parts.get(0));
                out.add(new ClaimSum(total.claim, List.of(parts.get(0).claim), false, how));
            }
            return;
        }
        List<String> kinds = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (Item p : parts) {
            kinds.add(p.claim.getKind());
            claims.add(p.claim);
            inLists.add(p);
            if (p.claim.getPercent() != null) p.claim.setPercent(p.claim.getPercent(), total.claim);
        }
        // a last part that is the rest (其他…, @rest) says the list is all of it, unless it is a typed part (法人或其他组织 is an
        // applicant type); 其他 before a named class (其他概况类信息) is that class
        Item last = parts.get(parts.size() - 1);
        boolean complete = !open && (matchesAny(patterns.completes(), marker)
            || !patterns.isPart(last.claim.getKind()) && matchesAny(patterns.rests(), last.label)
            || patterns.isWhole(kind, kinds));
        out.add(new ClaimSum(total.claim, List.copyOf(claims), complete, how));
    }

    /**
     * ties each part ("自然人72件") to the stated number it is a part of ("收到申请75件"): the nearest earlier
     * number of the paragraph of a kind it may be a part of, with only other parts (自然人…，法人…) or numbers
     * in brackets (（含上年结转1件）) between them. Another number between them ("办结70件，其中自然人…") ties none.
     */
    private void wholes(List<Item> all) {
        for (int i = 0; i < all.size(); i++) {
            Item it = all.get(i);
            if (!it.usable() || !patterns.isPart(it.claim.getKind())) continue;
            for (int j = i - 1; j >= 0; j--) {
                Item prev = all.get(j);
                if (prev.depth > it.depth) continue;
                if (prev.usable() && patterns.isPartOf(it.claim.getKind(), prev.claim.getKind())) {
                    it.claim.setWhole(prev.claim);
                    break;
                }
                if (prev.usable() && patterns.isPart(prev.claim.getKind())) continue;
                break;
            }
        }
    }

    /**
     * a percentage of a part of a list may be of another stated number of the paragraph before it (@percentof:
     * "收到申请20件，办结18件，其中予以公开10件，占50%" — of the 20 received, or of the 18 concluded)
     */
    private void otherBases(List<Item> all) {
        for (Item it : all) {
            Claim base = it.claim.getBase();
            if (it.claim.getPercent() == null || base == null) continue;
            List<String> kinds = patterns.percentOf(base.getKind());
            for (Item other : all) {
                if (other.claim.getPosition() >= it.claim.getPosition()) break;
                if (other.usable() && other.claim != base && kinds.contains(other.claim.getKind())) it.claim.addOtherBase(other.claim);
            }
            for (String k : kinds) {
                if (k.contains("+")) addSumBase(all, it, k.split("\\+"));
            }
        }
    }

    /**
     * a base that is the sum of the last number of each kind stated before the part (@percentof "received+carriedIn":
     * "收到申请6件，上年结转1件，办结6件……其中予以公开2件，占29%" — 2 of the 7 handled), when each kind is stated
     */
    private static void addSumBase(List<Item> all, Item part, String[] kinds) {
        Claim first = null;
        long sum = 0;
        StringBuilder phrase = new StringBuilder();
        for (String kind : kinds) {
            Claim last = null;
            for (Item other : all) {
                if (other.claim.getPosition() >= part.claim.getPosition()) break;
                if (other.usable() && other.claim.getKind().equals(kind)) last = other.claim;
            }
            if (last == null) return;
            if (first == null) first = last;
            sum += last.getN();
            phrase.append(phrase.length() == 0 ? "" : "，").append(last.getPhrase());
        }
        part.claim.addOtherBase(new Claim(String.join("+", kinds), BigDecimal.valueOf(sum), first.getUnit(), false,
            phrase.toString(), first.getSentence(), first.getPosition()));
    }

    /**
     * for a sentence that begins with 其中: the last earlier number of the paragraph the first part belongs to, when
     * nothing but parts and changes (较上年增加5件) stands between them. After another number ("收到申请20件，上年结转
     * 8件。其中自然人申请25件…") the parts may be of the two together: of no stated number, as in one sentence
     */
    private Item totalBefore(List<Item> paragraph, Item first) {
        Item found = null;
        for (Item it : paragraph) {
            if (it.claim.getPosition() >= first.claim.getPosition()) break;
            if (it.depth > 0 || !it.usable() || change(it)) continue;
            if (patterns.isPartOf(first.claim.getKind(), it.claim.getKind())) found = it;
            else if (!patterns.isPart(it.claim.getKind())) found = null;
        }
        return found;
    }

    /**
     * for a sentence that begins with 其中 and lists plain counts: the one number of the sentence right before it in the
     * unit of the first part ("累计主动公开政府信息95条。其中包含法定主动公开内容64条，工作信息29条…"), a change against
     * another year not counted. When that sentence states several ("网站公开754条，新媒体公开2808条，其他方式公开54条。
     * 其中，微信公众号发布1205条…"), the list may be of any of them or of all: of none known
     */
    private Item plainTotalBefore(List<Item> paragraph, Item first) {
        // a sentence between them that states no number ("…公开政府信息50条。全年政务信息公开工作运行正常。在主动公开的
        // 信息中，…") names no other total: the one before it is looked at
        int sentence = -1;
        for (Item it : paragraph) {
            int k = it.claim.getSentence().index();
            if (k < first.claim.getSentence().index()) sentence = Math.max(sentence, k);
        }
        Item found = null;
        for (Item it : paragraph) {
            if (it.claim.getSentence().index() != sentence || it.depth > 0 || change(it)) continue;
            if (!Objects.equals(first.claim.getUnit(), it.claim.getUnit())) continue;
            if (found != null || !it.usable()) return null;
            found = it;
        }
        return found;
    }

    private Claim parentBefore(List<Item> paragraph, Item part, String kind) {
        Claim found = null;
        for (Item it : paragraph) {
            if (it.claim.getPosition() >= part.claim.getPosition()) break;
            if (patterns.isPartOf(kind, it.claim.getKind())) found = it.claim;
        }
        return found;
    }

    /**
     * "通过网站、微博、微信等渠道主动公开政府信息2425条" followed in the paragraph by a count for each
     * channel named: the total and those counts. Only when every channel named is found, once.
     */
    private void channels(List<Sentence> para, List<List<Item>> perSentence, List<Item> all, Set<Item> inLists,
                          List<Object> out) {
        for (int k = 0; k < para.size(); k++) {
            List<Item> items = perSentence.get(k);
            if (items.isEmpty()) continue;
            String norm = items.get(0).norm;
            for (Pattern p : patterns.channelLists()) {
                Matcher m = p.matcher(norm);
                if (!m.find()) continue;
                List<String> channels = new ArrayList<>();
                for (String c : m.group("list").split("[、和及与，]")) {
                    String name = c.replaceAll("[《》“”\"]", "");
                    if (name.length() >= 2) channels.add(name);
                }
                if (channels.size() < 2) continue;
                Item total = null;
                for (Item it : items) {
                    if (it.depth == 0 && it.usable() && it.start >= m.end() - 2 && !inLists.contains(it)) {
                        total = it;
                        break;
                    }
                }
                if (total == null) continue;
                List<Claim> parts = new ArrayList<>();
                Set<Item> used = new HashSet<>();
                for (String ch : channels) {
                    Item hit = null;
                    for (Item it : all) {
                        if (it.claim.getPosition() <= total.claim.getPosition() || used.contains(it) || inLists.contains(it)
                            || it.depth != 0 || !it.usable() || !countUnit(it.claim.getUnit())) continue;
                        if (names(it.label, ch)) {
                            hit = it;
                            break;
                        }
                    }
                    if (hit == null) {
                        parts = null;
                        break;
                    }
                    used.add(hit);
                    parts.add(hit.claim);
                }
                if (parts != null && countUnit(total.claim.getUnit())) {
                    parts.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
                    out.add(new ClaimSum(total.claim, List.copyOf(parts), true, "channels"));
                }
            }
        }
    }

    private boolean names(String label, String channel) {
        if (label.contains(channel)) return true;
        for (String w : patterns.channelWords()) if (channel.contains(w) && label.contains(w)) return true;
        return false;
    }

    private static boolean countUnit(String unit) {
        return "条".equals(unit) || "件".equals(unit);
    }

    private static boolean matchesAny(List<Pattern> ps, String s) {
        for (Pattern p : ps) if (p.matcher(s).find()) return true;
        return false;
    }

    private static int depth(String norm, int at) {
        int d = 0;
        for (int i = 0; i < at && i < norm.length(); i++) {
            if (norm.charAt(i) == '（') d++;
            else if (norm.charAt(i) == '）' && d > 0) d--;
        }
        return d;
    }

    // ---- text and numbers ------------------------------------------------------------------------

    /**
     * the sentence as the patterns see it: full-width digits and % half-width, no spaces, and the
     * ASCII punctuation , ; : ( ) made Chinese (a comma between digits that groups thousands stays)
     */
    public static String norm(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '０' && ch <= '９') sb.append((char) (ch - '０' + '0'));
            else if (ch == '％') sb.append('%');
            else if (ch == '．') sb.append('.');
            else if (Character.isWhitespace(ch) || ch == '\u3000' || ch == '\u00A0') continue;
            else if (ch == ';') sb.append('；');
            else if (ch == ':') sb.append('：');
            else if (ch == '(') sb.append('（');
            else if (ch == ')') sb.append('）');
            else sb.append(ch);
        }
        return NOT_A_THOUSANDS_COMMA.matcher(sb).replaceAll("，");
    }

    /** 2,425 / 1.2万 / 三十一 / 二〇三五 as a number, or null */
    public static BigDecimal number(String s) {
        if (s == null || s.isEmpty()) return null;
        BigDecimal mult = BigDecimal.ONE;
        if (s.endsWith("万")) mult = BigDecimal.valueOf(10_000);
        if (s.endsWith("亿")) mult = BigDecimal.valueOf(100_000_000);
        String body = mult.equals(BigDecimal.ONE) ? s : s.substring(0, s.length() - 1);
        if (body.isEmpty()) return null;
        if (Character.isDigit(body.charAt(0))) {
            try {
                return new BigDecimal(body.replace(",", "")).multiply(mult);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Long cn = chinese(body);
        return cn == null ? null : BigDecimal.valueOf(cn).multiply(mult);
    }

    private static Long chinese(String s) {
        long section = 0;
        long num = 0;
        boolean units = false;
        StringBuilder digits = new StringBuilder();
        for (char ch : s.toCharArray()) {
            int d = ch == '〇' || ch == '零' ? 0 : ch == '两' ? 2 : CN_DIGITS.indexOf(ch);
            if (d >= 0) {
                num = d;
                digits.append(d);
                continue;
            }
            int unit = ch == '十' ? 10 : ch == '百' ? 100 : ch == '千' ? 1000 : 0;
            if (unit == 0) return null;
            units = true;
            if (num == 0 && ch == '十') num = 1;
            section += num * unit;
            num = 0;
        }
        if (!units) return digits.length() == 0 ? null : Long.parseLong(digits.toString());
        return section + num;
    }
}
