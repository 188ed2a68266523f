package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Mutator;
import org.ogicheck.read.Readers;

/**
 * Trainer material in the report's own form (issue 14, item 4): {@code mutate} on an HTML page, a
 * Word document or a PDF writes the broken report in the same format, and {@code check} on that
 * file — read by the format's own reader — gives the injected rule, exactly as the same mutation in
 * the text layout does; the original file does not have it. A recipe that cannot be applied to a
 * report is refused (exit 2, one line) in every format alike, never written unchanged.
 */
class MutateOriginalFormatTest {
    private static final Path HTML = TestSupport.corpus("html/2023_pingtan_city.html");
    private static final Path DOCX = Path.of("fixtures/read/2023_pingtan_city.docx");
    private static final Path PDF = TestSupport.corpus("pdf/2023_hongzequ_county.pdf");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> CHECKED = new ConcurrentHashMap<>();

    /**
     * recipes whose edit does not show its rule on 平潭 2023 in any layout, text included (the stated sum
     * whose part is bumped is read as a count of the table too: TXT-003, not TXT-001)
     */
    private static final List<String> NOT_BROKEN_ON_PINGTAN = List.of("TXT-001");

    @TempDir
    Path tmp;

    static Stream<String> recipes() throws Exception {
        return Mutator.load(List.of(TestSupport.RULES)).rules().stream();
    }

    /** recipes over every kind of edit the PDF layout must carry: cells, rows, tables, sections, headings, sentences */
    static Stream<String> pdfRecipes() {
        return Stream.of("APP-001", "APP-003", "APP-006", "A20-001", "A20-003", "SEC-001", "SEC-003", "SEC-004", "LIT-002", "TXT-003");
    }

    private static JsonNode check(Path file) throws Exception {
        CliRun r = CliRun.of("check", "--format", "json", file.toString());
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        return JSON.readTree(r.out());
    }

    private static JsonNode original(Path file) throws Exception {
        JsonNode n = CHECKED.get(file.toString());
        if (n == null) {
            n = check(file);
            CHECKED.put(file.toString(), n);
        }
        return n;
    }

    /** the rules with an ERROR, and every finding of the injected rule, with its severity */
    private static TreeSet<String> verdicts(JsonNode r, String ruleId) {
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode f : r.get("findings")) {
            String sev = f.get("severity").asText();
            if (sev.equals("ERROR") || f.get("ruleId").asText().equals(ruleId)) out.add(f.get("ruleId").asText() + ":" + sev);
        }
        return out;
    }

    private static long count(JsonNode r, String ruleId, String severity) {
        long n = 0;
        for (JsonNode f : r.get("findings")) {
            if (f.get("ruleId").asText().equals(ruleId) && f.get("severity").asText().equals(severity)) n++;
        }
        return n;
    }

    private static String severity(String ruleId) {
        return TestSupport.engine().rules().rules().get(ruleId).severity();
    }

    /**
     * mutate FILE --break ID in the file's format and in the text layout: both refused alike, or
     * both written, the written file of the file's format (by its content), its rule and severity
     * verdicts those of the text layout, the injected rule among them and not among the original's
     */
    private void assertBrokenInFormat(Path original, String ext, String format, String ruleId) throws Exception {
        Path out = tmp.resolve("broken." + ext);
        Path text = tmp.resolve("broken.txt");
        CliRun asText = CliRun.of("mutate", original.toString(), "--break", ruleId, "--text", "--out", text.toString());
        CliRun r = CliRun.of("mutate", original.toString(), "--break", ruleId, "--out", out.toString());
        if (asText.code() == 2) {
            // the report cannot be broken that way (a 2019-format edit on a 2021 report): the same line in every format
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo(asText.err());
            assertThat(r.err().strip()).doesNotContain("\n").contains(original.toString());
            assertThat(out).doesNotExist();
            return;
        }
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains(ruleId);
        byte[] bytes = Files.readAllBytes(out);
        assertThat(Readers.detect(bytes)).isEqualTo(format);
        assertThat(bytes).isNotEqualTo(Files.readAllBytes(original));

        JsonNode broken = check(out);
        JsonNode layout = check(text);
        JsonNode clean = original(original);
        String sev = severity(ruleId);
        // the page, document or PDF (metadata aside: a page's 发布日期, which the text layout has not) gives the
        // ERRORs and the injected rule's findings of the same mutation in the text layout
        assertThat(verdicts(broken, ruleId)).as("the %s file gives what the text layout gives", ext).isEqualTo(verdicts(layout, ruleId));
        assertThat(count(broken, ruleId, sev)).as(ruleId + " " + sev + " on the broken " + ext).isEqualTo(count(layout, ruleId, sev));
        if (NOT_BROKEN_ON_PINGTAN.contains(ruleId)) return;
        assertThat(count(broken, ruleId, sev)).as(ruleId + " " + sev + " on the broken " + ext)
            .isGreaterThan(count(clean, ruleId, sev));
        if (sev.equals("ERROR")) {
            assertThat(count(clean, ruleId, "ERROR")).as("the original has no " + ruleId).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("recipes")
    void everyRecipeOnTheHtmlPage(String ruleId) throws Exception {
        assertBrokenInFormat(HTML, "html", "html", ruleId);
    }

    /** the Word edits share the HTML page's change list; one recipe of each kind of edit */
    static Stream<String> wordRecipes() {
        return Stream.of("APP-001", "APP-004", "APP-005", "APP-006", "A20-001", "A20-003", "SEC-001", "SEC-002", "SEC-004", "SEC-005",
            "TXT-002", "TXT-006", "LIT-001", "APP-007", "A20-005");
    }

    @ParameterizedTest
    @MethodSource("wordRecipes")
    void recipesOnTheWordDocument(String ruleId) throws Exception {
        assertBrokenInFormat(DOCX, "docx", "docx", ruleId);
    }

    @ParameterizedTest
    @MethodSource("pdfRecipes")
    void recipesOnThePdf(String ruleId) throws Exception {
        assertBrokenInFormat(PDF, "pdf", "pdf", ruleId);
    }

    @Test
    void theIssuesExample_pingtanHtmlWithApp001() throws Exception {
        Path out = tmp.resolve("pingtan-APP-001.html");
        CliRun r = CliRun.of("mutate", HTML.toString(), "--break", "APP-001", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(count(check(out), "APP-001", "ERROR")).isPositive();
        assertThat(count(original(HTML), "APP-001", "ERROR")).isZero();
        // edited in place: the page is the original but for the changed cells' characters
        byte[] a = Files.readAllBytes(HTML);
        byte[] b = Files.readAllBytes(out);
        assertThat(b.length).isEqualTo(a.length);
        int differing = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) differing++;
        assertThat(differing).isBetween(1, 4);
        String page = new String(b, StandardCharsets.UTF_8);
        assertThat(page).contains("<p style=\"text-indent: 0em;\">79</p>");
    }

    @Test
    void theWordCopyKeepsItsStyles() throws Exception {
        Path out = tmp.resolve("pingtan-APP-001.docx");
        CliRun r = CliRun.of("mutate", DOCX.toString(), "--break", "APP-001", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (XWPFDocument a = new XWPFDocument(Files.newInputStream(DOCX));
             XWPFDocument b = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(out)))) {
            assertThat(b.getParagraphs()).hasSameSizeAs(a.getParagraphs());
            assertThat(b.getTables()).hasSameSizeAs(a.getTables());
            assertThat(b.getStyles().getNumberOfStyles()).isEqualTo(a.getStyles().getNumberOfStyles());
            int changed = 0;
            for (int t = 0; t < a.getTables().size(); t++) {
                var ta = a.getTables().get(t);
                var tb = b.getTables().get(t);
                for (int row = 0; row < ta.getRows().size(); row++) {
                    for (int c = 0; c < ta.getRow(row).getTableCells().size(); c++) {
                        var ca = ta.getRow(row).getCell(c);
                        var cb = tb.getRow(row).getCell(c);
                        if (!ca.getText().equals(cb.getText())) {
                            changed++;
                            // the run keeps its look: same run properties as before
                            assertThat(cb.getParagraphs().get(0).getRuns().get(0).getCTR().getRPr().xmlText())
                                .isEqualTo(ca.getParagraphs().get(0).getRuns().get(0).getCTR().getRPr().xmlText());
                        }
                    }
                }
            }
            assertThat(changed).isEqualTo(2);
        }
    }

    @Test
    void aWordFileKeepsNoTextLayoutUnlessAsked() throws Exception {
        CliRun wrongName = CliRun.of("mutate", DOCX.toString(), "--break", "APP-001", "--out", tmp.resolve("x.html").toString());
        assertThat(wrongName.code()).isEqualTo(2);
        assertThat(wrongName.err().strip()).doesNotContain("\n").contains(".docx");
        assertThat(tmp.resolve("x.html")).doesNotExist();
        CliRun en = CliRun.of("mutate", DOCX.toString(), "--break", "APP-001", "--out", tmp.resolve("x.html").toString(), "--lang", "en");
        assertThat(en.code()).isEqualTo(2);
        assertThat(en.err()).contains("name --out with the extension .docx");
        CliRun text = CliRun.of("mutate", DOCX.toString(), "--break", "APP-001", "--text");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("一、本年新收政府信息公开申请数量 |");
    }

    @Test
    void aFormatThatCannotBeWrittenBackIsRefusedInTheUsersLanguage() throws Exception {
        Path doc = Path.of("fixtures/read/2023_pingtan_city.doc");
        CliRun zh = CliRun.of("mutate", doc.toString(), "--break", "APP-001", "--out", tmp.resolve("x.doc").toString());
        assertThat(zh.code()).isEqualTo(2);
        assertThat(zh.err().strip()).doesNotContain("\n").contains("不能按原格式写出", "--text");
        CliRun en = CliRun.of("mutate", doc.toString(), "--break", "APP-001", "--out", tmp.resolve("x.doc").toString(), "--lang", "en");
        assertThat(en.code()).isEqualTo(2);
        assertThat(en.err()).contains("cannot be written in its own format");
        assertThat(tmp.resolve("x.doc")).doesNotExist();
    }

    @Test
    void demoChecksAndHandsOutTheBrokenReportInItsOwnFormat() throws Exception {
        Path out = tmp.resolve("handout.docx");
        CliRun r = CliRun.of("demo", "APP-001", "--file", DOCX.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("【原报告】" + DOCX + "：0 条 APP-001").containsPattern("【改后报告】[1-9]\\d* 条 APP-001")
            .contains("【改后报告文件】" + out);
        assertThat(Readers.detect(Files.readAllBytes(out))).isEqualTo("docx");
        assertThat(count(check(out), "APP-001", "ERROR")).isPositive();
        CliRun wrong = CliRun.of("demo", "APP-001", "--file", DOCX.toString(), "--out", tmp.resolve("handout.pdf").toString());
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err().strip()).doesNotContain("\n").startsWith("ogicheck demo:").contains(".docx");
    }
}
