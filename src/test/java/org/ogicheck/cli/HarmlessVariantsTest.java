package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Severity;
import org.ogicheck.read.TextReader;

/**
 * Issue 10: the harmless ways a real report differs from the corpus where an ERROR rule reads — count cells with a
 * unit, a footnote mark (12*, 12①, 12¹), thousands separators, a no-break space, a remark, a leading zero; headings
 * with the year, split over two lines, numbered 第一部分 or （一）, ending on a colon, a 七、附件 after 六; 第二十条 rows in
 * another order, a blank 合计 row; table 三 with its 总计 column first, two 不予处理 rows swapped, a 其中 row (blank, or
 * of numbers: left out, the table read); table 四 as two tables (行政复议, 行政诉讼) or with rows and columns swapped (read
 * as the format's table); full-width digits and thousands
 * commas in the prose, sentences in 一 near the received count (last year's count beside it, a split by channel, counts
 * of other kinds); a signature or a page's date line in the forms a clerk types (2025-01-20, 2025.1.20,
 * 二〇二五年一月二十日), a later date that is a plan, an 更新时间 after the page's date — each generated from the
 * corpus text reports, never a hand-edited copy. README "Rules" says which rule reads what.
 */
class HarmlessVariantsTest {
    private static final Pattern NUMBER_CELL = Pattern.compile("(?<=\\| )(\\d+)(?= \\|)");
    private static final Pattern HEADING = Pattern.compile("(?m)^([一二三四五六])、(?=(总体情况|主动公开|收到和处理|政府信息公开行政复议|存在|其他需要))");

    static List<Path> reports() throws Exception {
        try (Stream<Path> s = Files.list(TestSupport.CORPUS.resolve("text"))) {
            return s.sorted().toList();
        }
    }

    private static List<Finding> check(String text) throws Exception {
        return UnseenLayoutsTest.check(text);
    }

    private static List<String> errors(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            // a table's finding by its cell (a narrative claim may move to another section with the headings' numbering)
            String where = f.getTable() == null ? f.getSection() : f.getTable() + "/" + f.getRow() + "/" + f.getColumn();
            if (f.getSeverity() == Severity.ERROR) out.add(f.getRuleId() + "@" + where);
        }
        out.sort(null);
        return out;
    }

    /** the lines of the section numbered n (from its heading to the next), changed by f, line by line */
    static UnaryOperator<String> inSection(String numeral, UnaryOperator<String> f) {
        return text -> {
            String[] lines = text.split("\n", -1);
            StringBuilder out = new StringBuilder();
            boolean in = false;
            for (String l : lines) {
                Matcher m = HEADING.matcher(l);
                if (m.find()) in = m.group(1).equals(numeral);
                out.append(in && l.contains("|") ? f.apply(l) : l).append('\n');
            }
            return out.substring(0, out.length() - 1);
        };
    }

    static UnaryOperator<String> cells(String numeral, UnaryOperator<String> number) {
        return inSection(numeral, l -> {
            Matcher m = NUMBER_CELL.matcher(l);
            StringBuilder sb = new StringBuilder();
            while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(number.apply(m.group(1))));
            m.appendTail(sb);
            return sb.toString();
        });
    }

    static Map<String, UnaryOperator<String>> variants() {
        Map<String, UnaryOperator<String>> v = new LinkedHashMap<>();
        for (String s : List.of("二", "三", "四")) {
            v.put("unit 件 in cell " + s, cells(s, n -> n + "件"));
            v.put("footnote * " + s, cells(s, n -> n.equals("0") ? n : n + "*"));
            v.put("footnote ① " + s, cells(s, n -> n.equals("0") ? n : n + "①"));
            v.put("footnote superscript ¹ " + s, cells(s, n -> n.equals("0") ? n : n + "¹"));
            if (!s.equals("四")) { // no corpus table 四 has a count of four digits
                v.put("thousands comma " + s, cells(s, n -> grouped(n, ",")));
                v.put("thousands space " + s, cells(s, n -> grouped(n, " ")));
            }
            v.put("nbsp around " + s, cells(s, n -> "\u00a0" + n + "\u00a0"));
            v.put("remark in brackets " + s, cells(s, n -> n.equals("0") ? n : n + "（件）"));
            v.put("zero as 0件 " + s, cells(s, n -> n.equals("0") ? "0件" : n));
            v.put("leading zero " + s, cells(s, n -> n.length() == 1 ? "0" + n : n));
        }
        v.put("heading with year", t -> t.replaceAll("(?m)^([一二三四五六])、(总体情况|主动公开政府信息情况)", "$1、" + year(t) + "年度$2"));
        v.put("heading split over two lines", t -> t.replaceAll("(?m)^(二、主动公开政府信息)情况$", "$1\n情况").replaceAll("(?m)^(三、收到和处理政府信息公开申请)情况$", "$1\n情况"));
        v.put("extra section 七、附件", t -> t + "\n七、附件\n附件：政府信息公开工作年度报告统计表\n");
        v.put("附件 line at end", t -> t + "\n附件：1. 统计表\n");
        v.put("heading 第一部分", t -> HEADING.matcher(t).replaceAll("第$1部分 "));
        v.put("heading numbered （一）", t -> HEADING.matcher(t).replaceAll(m -> "（" + m.group(1) + "）"));
        v.put("title year in Chinese numerals", t -> Pattern.compile("(20\\d\\d) ?年(度)?政府信息公开").matcher(t).replaceFirst(m -> cn(m.group(1)) + "年" + (m.group(2) == null ? "" : "度") + "政府信息公开"));
        v.put("signature date Chinese numerals", t -> Pattern.compile("(?m)^(20\\d\\d) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日\\s*$").matcher(t)
            .replaceAll(m -> cn(m.group(1)) + "年" + cnNumber(m.group(2)) + "月" + cnNumber(m.group(3)) + "日"));
        v.put("trailing spaces on lines", t -> t.replaceAll("(?m)$", "  "));
        v.put("CRLF", t -> t.replace("\n", "\r\n"));
        v.put("blank line between lines", t -> t.replace("\n", "\n\n"));
        v.put("full-width space indent", t -> t.replaceAll("(?m)^(?![一二三四五六]、)(?=[^|\\n]{20,}$)", "\u3000\u3000"));
        v.put("APP 总计 column first", inSection("三", HarmlessVariantsTest::totalFirst));
        v.put("LIT in two tables 行政复议 / 行政诉讼", HarmlessVariantsTest::litInTwo);
        v.put("A20 行政强制 before 行政处罚", t -> t.replaceAll("(?m)^(行政处罚 \\|[^\\n]*)\\n(行政强制 \\|[^\\n]*)$", "$2\n$1"));
        v.put("APP 不予处理 rows 1 and 2 swapped", t -> t.replaceAll("(?m)^([（(]五[）)]不予处理 \\| )1\\.信访举报投诉类申请( \\|[^\\n]*)\\n2\\.重复申请( \\|[^\\n]*)$", "$12.重复申请$3\n1.信访举报投诉类申请$2"));
        v.put("heading ending on a colon", t -> t.replaceAll("(?m)^([一二三四五六]、(?:总体情况|主动公开政府信息情况|存在的主要问题及改进情况|其他需要报告的事项))$", "$1："));
        v.put("APP 其中 row under 本年新收", t -> t.replaceAll("(?m)^(一、本年新收[^\\n]*)$", "$1\n其中：网上申请 | | | | | | | |"));
        v.put("APP 其中 row of numbers under 本年新收", t -> t.replaceAll("(?m)^一、本年新收[^|\\n]*( \\|[^\\n]*)$", "$0\n其中：通过网络提交的申请$1"));
        v.put("A20 合计 row after 行政强制", t -> t.replaceAll("(?m)^(行政强制 \\|[^\\n]*)$", "$1\n合计 | | | |"));
        v.put("LIT transposed", HarmlessVariantsTest::litTransposed);
        v.put("sentence comparing received with last year", t -> sentenceInOne(t, r -> "本年度共收到政府信息公开申请" + r + "件，较上年的" + (r + 7) + "件减少7件。"));
        v.put("sentence giving last year's received", t -> sentenceInOne(t, r -> "上一年度共收到政府信息公开申请" + (r + 7) + "件，本年度" + r + "件。"));
        v.put("sentence splitting received by channel", t -> sentenceInOne(t, r -> r < 2 ? null
            : "本年度共收到政府信息公开申请" + r + "件，其中网上申请" + (r - 1) + "件、信函申请1件。"));
        v.put("sentence with a count of another kind", t -> sentenceInOne(t, r -> "全年办理人大代表建议和政协委员提案" + (r + 11) + "件，受理12345热线工单" + (r + 3) + "件。"));
        v.put("full-width digits in prose", t -> prose(t, HarmlessVariantsTest::fullWidthDigits));
        v.put("thousands comma in prose", t -> prose(t, l -> l.replaceAll("(?<![\\d,.])(\\d{1,3})(\\d{3})(?=\\s?[件条个项])", "$1,$2")));
        for (String form : List.of("%d年%d月%d日", "%d-%02d-%02d", "%d.%d.%d", "%d/%d/%d")) {
            v.put("signature dated " + form, t -> t + "\n某某人民政府办公室\n" + String.format(form, year(t) + 1, 1, 20) + "\n");
            v.put("page date line " + form, t -> "发布日期：" + String.format(form, year(t) + 1, 1, 20) + "  来源：政府办  浏览次数：123\n" + t);
        }
        v.put("signature dated in Chinese numerals", t -> t + "\n某某人民政府办公室\n" + cn(String.valueOf(year(t) + 1)) + "年一月二十日\n");
        v.put("a later date as a plan in 五", t -> t.replaceFirst("(?m)^(五、存在的\\S*\\n)", "$1下一步，我们将于" + (year(t) + 1) + "年6月30日前完成主动公开目录的全面更新。\n"));
        v.put("page date and a later 更新时间", t -> "发布日期：" + (year(t) + 1) + "-01-20\n" + t + "\n更新时间：" + (year(t) + 2) + "-05-09\n");
        return v;
    }

    /**
     * the report with a sentence made from its received total (table 三's 本年新收 总计) put after section 一's heading;
     * unchanged when the sentence maker gives null or the total is not a plain number
     */
    static String sentenceInOne(String text, java.util.function.IntFunction<String> sentence) {
        Matcher m = Pattern.compile("(?m)^一、本年新收[^\\n]*?(\\d+) \\|\\s*\\|*\\s*$").matcher(text);
        Matcher h = Pattern.compile("(?m)^一、总体情况\\n").matcher(text);
        if (!m.find() || !h.find()) return text;
        String s = sentence.apply(Integer.parseInt(m.group(1)));
        return s == null ? text : text.substring(0, h.end()) + s + "\n" + text.substring(h.end());
    }

    /** 3985758 as 3,985,758 (or with spaces) */
    static String grouped(String n, String sep) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = n.length() - 3; i > 0; i -= 3) sb.insert(i, sep);
        return sb.toString();
    }

    static String cn(String year) {
        StringBuilder sb = new StringBuilder();
        for (char c : year.toCharArray()) sb.append("〇一二三四五六七八九".charAt(c - '0'));
        return sb.toString();
    }

    static String cnNumber(String n) {
        int v = Integer.parseInt(n);
        String d = "〇一二三四五六七八九";
        if (v < 10) return String.valueOf(d.charAt(v));
        return (v >= 20 ? String.valueOf(d.charAt(v / 10)) : "") + "十" + (v % 10 == 0 ? "" : String.valueOf(d.charAt(v % 10)));
    }

    static int year(String text) {
        Matcher m = Pattern.compile("(20\\d\\d) ?年").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 2024;
    }

    /** the lines that are no table row, changed by f */
    static String prose(String text, UnaryOperator<String> f) {
        StringBuilder out = new StringBuilder();
        for (String l : text.split("\n", -1)) out.append(l.contains("|") ? l : f.apply(l)).append('\n');
        return out.substring(0, out.length() - 1);
    }

    static String fullWidthDigits(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        return sb.toString();
    }

    private static String row(List<String> cells) {
        return String.join(" | ", cells) + " |";
    }

    /** a data row of table 三 (labels, then 7 values) with its 总计 first; header row 2 with 总计 first */
    static String totalFirst(String line) {
        List<String> cells = new ArrayList<>(TextReader.splitRow(line.strip()));
        if (cells.size() >= 3 && cells.get(0).strip().equals("自然人") && cells.get(2).strip().equals("总计")) {
            cells.add(0, cells.remove(2));
            return row(cells);
        }
        int last = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (org.ogicheck.model.CellText.hasHan(cells.get(i)) && !cells.get(i).startsWith("[")) last = i;
        }
        int first = last + 1;
        if (last < 0 || cells.size() - first < 7) return line;
        cells.add(first, cells.remove(first + 6));
        return row(cells);
    }

    /** the three header lines and the data line of table 四 (its heading, then 行政复议 | 行政诉讼 …), or -1 */
    private static int litStart(List<String> lines) {
        for (int i = 0; i + 3 < lines.size(); i++) {
            if (lines.get(i).startsWith("行政复议 | 行政诉讼") && lines.get(i + 3).contains("|")) return i;
        }
        return -1;
    }

    private static List<String> litValues(String dataLine) {
        List<String> cells = new ArrayList<>(TextReader.splitRow(dataLine.strip()));
        while (cells.size() < 15) cells.add("");
        return cells.subList(0, 15);
    }

    /** table 四 as two tables, each under a caption line: 行政复议 (5 columns), 行政诉讼 (its two groups of 5) */
    static String litInTwo(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = litStart(lines);
        if (at < 0) return text;
        List<String> v = litValues(lines.get(at + 3));
        List<String> five = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        List<String> ten = new ArrayList<>(five);
        ten.addAll(five);
        List<String> out = new ArrayList<>();
        out.add("（一）行政复议情况");
        out.add(row(five));
        out.add(row(v.subList(0, 5)));
        out.add("（二）行政诉讼情况");
        out.add("未经复议直接起诉 | |||| 复议后起诉 | |||| ");
        out.add(row(ten));
        out.add(row(v.subList(5, 15)));
        for (int i = 0; i < 4; i++) lines.remove(at);
        lines.addAll(at, out);
        return String.join("\n", lines);
    }

    /** table 四 with rows and columns swapped: a row per result, a column per kind (复议, 直接起诉, 复议后起诉) */
    static String litTransposed(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = litStart(lines);
        if (at < 0) return text;
        List<String> v = litValues(lines.get(at + 3));
        List<String> out = new ArrayList<>();
        out.add(row(List.of("项目", "行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）")));
        List<String> five = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        for (int r = 0; r < 5; r++) out.add(row(List.of(five.get(r), v.get(r), v.get(5 + r), v.get(10 + r))));
        for (int i = 0; i < 4; i++) lines.remove(at);
        lines.addAll(at, out);
        return String.join("\n", lines);
    }

    /**
     * the report with two defects: its received (本年新收) 自然人 count one more (APP-001/APP-003) and its 行政复议 总计
     * one more (LIT-001)
     */
    static String defect(String text) {
        String out = text;
        for (String p : List.of("(?m)^(一、本年新收[^|]*\\| *)(\\d+)", "(?m)(?<=^行政复议 \\| 行政诉讼[^\\n]*\\n[^\\n]*\\n[^\\n]*\\n)((?:\\d+ *\\| *){4})(\\d+)")) {
            Matcher m = Pattern.compile(p).matcher(out);
            if (m.find()) out = out.substring(0, m.start(2)) + (Integer.parseInt(m.group(2)) + 1) + out.substring(m.end(2));
        }
        return out;
    }

    private static TreeSet<String> rules(java.util.Collection<String> errors) {
        TreeSet<String> out = new TreeSet<>();
        for (String e : errors) out.add(e.substring(0, e.indexOf('@')));
        return out;
    }

    static Stream<String> names() {
        return variants().keySet().stream();
    }

    private static final Map<Path, String> TEXTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, List<String>> BASE = new java.util.concurrent.ConcurrentHashMap<>();

    private static String text(Path p) {
        return TEXTS.computeIfAbsent(p, k -> {
            try {
                return Files.readString(k, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static List<String> base(String text) throws Exception {
        List<String> b = BASE.get(text);
        if (b == null) {
            b = errors(check(text));
            BASE.put(text, b);
        }
        return b;
    }

    /**
     * Each variant on two corpus reports it applies to (a signature's date rewritten: the one report signed) (turning through the ten, so that the variants meet every
     * report): no ERROR the unchanged report has not, and none of its ERRORs lost; then the same variant of the report
     * with two defects put in (a received count, the 行政复议 total): both still found.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void aHarmlessVariantGivesTheErrorsOfTheReport(String name) throws Exception {
        UnaryOperator<String> change = variants().get(name);
        List<Path> reports = reports();
        int start = Math.floorMod(name.hashCode(), reports.size());
        int applied = 0;
        for (int i = 0; i < reports.size() && applied < 2; i++) {
            Path p = reports.get((start + i) % reports.size());
            String text = text(p);
            String changed = change.apply(text);
            if (changed.equals(text)) continue;
            applied++;
            String what = name + " on " + p.getFileName();
            List<Finding> now = check(changed);
            assertThat(errors(now)).as(what).isEqualTo(base(text));
            String defective = defect(text);
            TreeSet<String> injected = rules(errors(check(defective)));
            injected.removeAll(rules(base(text)));
            assertThat(injected).as("the defects put in " + p.getFileName()).containsAnyOf("APP-001", "APP-003");
            List<Finding> both = check(change.apply(defective));
            TreeSet<String> found = rules(errors(both));
            found.removeAll(rules(errors(now)));
            assertThat(found).as("the defects put in, " + what).containsAll(injected);
        }
        assertThat(applied).as(name + " applies to a report").isPositive();
    }

    @org.junit.jupiter.api.Test
    void aWrongReceivedCountInTheSentencePutInIsStillFound() throws Exception {
        // the place the sentences above are put is read: the same sentence with the count wrong by 5 is a TXT-002 (a
        // WARNING in 淮安 2024, whose own sentence in 一 gives the table's count: the new one may count a part)
        String text = text(TestSupport.corpus("text/2024_huaian_city.txt"));
        String wrong = sentenceInOne(text, r -> "本年度共收到政府信息公开申请" + (r + 5) + "件，较上年的" + (r + 12) + "件减少7件。");
        assertThat(wrong).isNotEqualTo(text);
        assertThat(check(wrong)).anyMatch(f -> f.getRuleId().equals("TXT-002") && String.valueOf(f.getEvidence().get("sentence")).contains("较上年"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"%d年%d月%d日", "%d-%02d-%02d", "%d.%d.%d", "%d/%d/%d"})
    void aSignatureDatedLateIsStillLate(String form) throws Exception {
        // the signature's forms above are read as dates: one in September of the next year is a delay (TIME-001)
        String text = text(TestSupport.corpus("text/2024_huaian_city.txt"));
        String late = text + "\n淮安市人民政府办公室\n" + String.format(form, 2025, 9, 20) + "\n";
        assertThat(rules(errors(check(late)))).contains("TIME-001");
        assertThat(rules(errors(check(text + "\n淮安市人民政府办公室\n" + cn("2025") + "年九月二十日\n")))).contains("TIME-001");
    }
}
