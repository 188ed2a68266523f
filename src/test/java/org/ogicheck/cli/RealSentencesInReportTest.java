package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.app.Result;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Severity;
import org.ogicheck.parse.ReportParser;

/**
 * Each real sentence of claims/real-sentences.tsv that names a table (fifth column), put into the real 2024 淮安
 * report in place of its paragraphs on proactive disclosure and applications, with tables 二, 三 and 四 set to the
 * numbers the sentence states under its right reading: no ERROR at all. Then one number of the sentence changed so
 * that no reading fits (sixth column): exactly the ERRORs named, so that a rule is not merely silenced. The report
 * is made the report of the first year the sentence names (its "2024" replaced), as the sentence's own report was: a
 * number of a year before the report's is of another year (ClaimReader), compared with no table.
 */
class RealSentencesInReportTest {
    private static final String REPORT = "text/2024_huaian_city.txt";
    private static final String PROACTIVE_PARAGRAPH = "（一）主动公开情况。";
    private static final String APPLICATIONS_PARAGRAPH = "（二）依申请公开情况。";
    private static final String REPORT_YEAR = "2024";
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})年");
    /** the data rows of table 三 in their order, 25 of them, each with 7 numbers */
    private static final List<String> APP_ROWS = List.of("received", "carriedIn", "granted", "partlyGranted",
        "denied.1", "denied.2", "denied.3", "denied.4", "denied.5", "denied.6", "denied.7", "denied.8",
        "unable.1", "unable.2", "unable.3", "notProcessed.1", "notProcessed.2", "notProcessed.3", "notProcessed.4",
        "notProcessed.5", "other.1", "other.2", "other.3", "total", "carriedOut");
    /** a count named in the fifth column for an outcome row: its first sub-row (其他处理: 3.其他) */
    private static final Map<String, String> OUTCOME_ROW = Map.of("granted", "granted", "partlyGranted", "partlyGranted",
        "denied", "denied.1", "unable", "unable.1", "notProcessed", "notProcessed.1", "other", "other.3");
    private static final Map<String, String> A20_ROW = Map.of("rules", "规章 | ", "normativeDocs", "行政规范性文件 | ",
        "license", "行政许可 | ", "penalty", "行政处罚 | ", "enforcement", "行政强制 | ");

    static Stream<Arguments> sentences() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = RealSentencesInReportTest.class.getResourceAsStream("/claims/real-sentences.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length == 6) out.add(Arguments.of(f[1], f[4], f[5], f[0]));
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(80);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void noErrorWhenTheTableAgreesAndTheNamedErrorWhenANumberDoesNot(String sentence, String table, String change,
                                                                     String source) throws Exception {
        String paragraph = sentence.replace(" ‖ ", "");
        Map<String, Long> numbers = numbers(table);
        Result agrees = check(report(paragraph, numbers));
        assertThat(errors(agrees)).as(source + " with " + table + ": " + shown(agrees)).isEmpty();
        if (change.equals("-")) return;
        // the rules after the last space: the change itself may hold spaces ("申请 1 件→申请 2 件", as published)
        int space = change.lastIndexOf(' ');
        String[] c = {change.substring(0, space), change.substring(space + 1)};
        String[] fromTo = c[0].split("→");
        assertThat(paragraph).as(source).contains(fromTo[0]);
        Result changed = check(report(paragraph.replaceFirst(Pattern.quote(fromTo[0]), Matcher.quoteReplacement(fromTo[1])), numbers));
        assertThat(new TreeSet<>(errors(changed))).as(source + " changed " + c[0] + ": " + shown(changed))
            .containsExactlyElementsOf(new TreeSet<>(List.of(c[1].split(","))));
    }

    private static Result check(String text) throws Exception {
        return TestSupport.engine().check(Ogicheck.parse("report.txt", text.getBytes(StandardCharsets.UTF_8),
            ReportParser.Options.NONE), "zh");
    }

    private static List<String> errors(Result r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) if (f.getSeverity() == Severity.ERROR) out.add(f.getRuleId());
        return out;
    }

    private static String shown(Result r) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : r.findings()) {
            if (f.getSeverity() != Severity.INFO) sb.append("\n  ").append(f.getSeverity()).append(' ').append(f.getRuleId())
                .append(' ').append(f.getMessage());
        }
        return sb.toString();
    }

    /** "received=61 carriedOut=7 review=7" as numbers; "-" for none */
    private static Map<String, Long> numbers(String table) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (table.equals("-")) return out;
        for (String kv : table.split(" ")) {
            String[] p = kv.split("=");
            out.put(p[0], Long.parseLong(p[1]));
        }
        return out;
    }

    /**
     * the 淮安 report of the sentence's year with the paragraph in place of its two first paragraphs and its tables set
     * to the numbers
     */
    private static String report(String paragraph, Map<String, Long> n) throws IOException {
        Matcher y = YEAR.matcher(paragraph);
        String year = y.find() ? y.group(1) : REPORT_YEAR;
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(TestSupport.corpus(REPORT), StandardCharsets.UTF_8)) lines.add(l.replace(REPORT_YEAR, year));
        int proactive = indexStarting(lines, PROACTIVE_PARAGRAPH);
        lines.set(proactive, paragraph);
        lines.remove(indexStarting(lines, APPLICATIONS_PARAGRAPH));
        int first = indexStarting(lines, "一、本年新收政府信息公开申请数量");
        Map<String, long[]> app = applications(n);
        for (int i = 0; i < APP_ROWS.size(); i++) lines.set(first + i, withNumbers(lines.get(first + i), app.get(APP_ROWS.get(i))));
        int lit = indexStarting(lines, "四、政府信息公开行政复议") + 4;
        lines.set(lit, withNumbers(lines.get(lit), litigation(n)));
        for (Map.Entry<String, String> a : A20_ROW.entrySet()) {
            if (!n.containsKey(a.getKey())) continue;
            int at = indexStarting(lines, a.getValue());
            lines.set(at, lines.get(at).replaceFirst("^([^|]+\\|\\s*)\\d+", "$1" + n.get(a.getKey())));
        }
        return String.join("\n", lines) + "\n";
    }

    private static int indexStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        throw new AssertionError("no line starting " + prefix + " in " + REPORT);
    }

    /** the line's label cells kept and its last numbers replaced: "label | 1 | 2 |" */
    private static String withNumbers(String line, long[] numbers) {
        String body = line.strip();
        if (body.endsWith("|")) body = body.substring(0, body.length() - 1).stripTrailing();
        String[] cells = body.split("\\s*\\|\\s*", -1);
        List<String> out = new ArrayList<>(List.of(cells).subList(0, cells.length - numbers.length));
        for (long v : numbers) out.add(String.valueOf(v));
        return String.join(" | ", out) + " |";
    }

    /**
     * table 三 for the numbers: each row's 总计 as named (outcomes not named make up the rest under 3.其他), 自然人
     * as named for 本年新收 (received.natural) and otherwise the whole row, the organisations' applications as
     * 商业企业 spread over the outcome rows, so that every row, column and the balance add up
     */
    private static Map<String, long[]> applications(Map<String, Long> n) {
        long carriedIn = n.getOrDefault("carriedIn", 0L);
        long carriedOut = n.getOrDefault("carriedOut", 0L);
        long received = n.containsKey("received") ? n.get("received") : n.getOrDefault("total", 0L) + carriedOut - carriedIn;
        long total = received + carriedIn - carriedOut;
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String r : APP_ROWS) rows.put(r, 0L);
        long named = 0;
        for (Map.Entry<String, String> o : OUTCOME_ROW.entrySet()) {
            long v = n.getOrDefault(o.getKey(), 0L);
            rows.put(o.getValue(), v);
            named += v;
        }
        // a sub-row named for itself (denied.2=2: 其他法律行政法规禁止公开 stated in prose)
        for (Map.Entry<String, Long> e : n.entrySet()) {
            if (!e.getKey().contains(".") || !APP_ROWS.contains(e.getKey())) continue;
            rows.put(e.getKey(), rows.get(e.getKey()) + e.getValue());
            named += e.getValue();
        }
        assertThat(named).as("outcomes named exceed the applications concluded: " + n).isLessThanOrEqualTo(total);
        rows.put("other.3", rows.get("other.3") + total - named);
        long organisations = received - n.getOrDefault("received.natural", received);
        Map<String, long[]> out = new LinkedHashMap<>();
        out.put("received", row(received, organisations));
        out.put("carriedIn", row(carriedIn, 0));
        long left = organisations;
        long[] sum = new long[7];
        for (String r : APP_ROWS.subList(2, 23)) {
            long org = Math.min(rows.get(r), left);
            left -= org;
            out.put(r, row(rows.get(r), org));
            for (int i = 0; i < 7; i++) sum[i] += out.get(r)[i];
        }
        out.put("total", sum);
        out.put("carriedOut", row(carriedOut, 0));
        return out;
    }

    private static long[] row(long total, long organisations) {
        return new long[] {total - organisations, organisations, 0, 0, 0, 0, total};
    }

    /** table 四: 行政复议 with its upheld, corrected and pending as named and the rest as 其他结果; litigation as 直接起诉 */
    private static long[] litigation(Map<String, Long> n) {
        long review = n.getOrDefault("review", 0L);
        long upheld = n.getOrDefault("upheld", 0L);
        long corrected = n.getOrDefault("corrected", 0L);
        long pending = n.getOrDefault("pending", 0L);
        long lawsuits = n.getOrDefault("litigation", 0L);
        return new long[] {upheld, corrected, review - upheld - corrected - pending, pending, review,
            0, 0, lawsuits, 0, lawsuits, 0, 0, 0, 0, 0};
    }
}
