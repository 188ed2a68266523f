package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.w3c.dom.NodeList;

/** Every output format for 洪泽区 2023 (two LIT-001 errors), read back the way its consumer reads it. */
class OutputFormatsTest {
    private static final String HONGZE = TestSupport.corpus("text/2023_hongzequ_county.txt").toString();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode findings;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findingsFromJson() throws IOException {
        findings = CheckCorpusTest.check(HONGZE).get("findings");
        long lit001 = 0;
        for (JsonNode f : findings) if (f.get("ruleId").asText().equals("LIT-001")) lit001++;
        assertThat(lit001).isEqualTo(2);
    }

    private static String run(String format, String... files) {
        List<String> args = new ArrayList<>(List.of("check", "--format", format));
        args.addAll(files.length == 0 ? List.of(HONGZE) : List.of(files));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void sarifHasTheRequiredFieldsOfTheSchema() throws IOException {
        JsonNode log = JSON.readTree(run("sarif"));
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").asText()).contains("sarif-schema-2.1.0");
        JsonNode run = log.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("ogicheck");
        Set<String> ruleIds = new HashSet<>();
        for (JsonNode rule : driver.get("rules")) {
            ruleIds.add(rule.get("id").asText());
            assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("help").get("text").asText()).isNotBlank();
            assertThat(rule.get("properties").get("severity").asText()).isIn("ERROR", "WARNING", "INFO");
            assertThat(rule.get("properties").has("category")).isTrue();
            assertThat(rule.get("properties").has("weight")).isTrue();
        }
        assertThat(ruleIds).hasSize(TestSupport.engine().rules().rules().size());
        assertThat(run.get("results")).hasSize(findings.size());
        int errors = 0;
        for (JsonNode res : run.get("results")) {
            assertThat(ruleIds).contains(res.get("ruleId").asText());
            assertThat(res.get("message").get("text").asText()).isNotBlank();
            assertThat(res.get("level").asText()).isIn("error", "warning", "note");
            JsonNode loc = res.get("locations").get(0).get("physicalLocation");
            assertThat(loc.get("artifactLocation").get("uri").asText()).endsWith("2023_hongzequ_county.txt");
            if (res.get("ruleId").asText().equals("LIT-001")) {
                errors++;
                assertThat(res.get("level").asText()).isEqualTo("error");
                assertThat(loc.get("region").get("startLine").asInt()).isEqualTo(58);
            }
        }
        assertThat(errors).isEqualTo(2);
    }

    @Test
    void xlsxHasSummaryFindingsAndCategorySheets() throws IOException {
        Path out = tmp.resolve("report.xlsx");
        CliRun r = CliRun.of("check", "--format", "xlsx", "--out", out.toString(), HONGZE);
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("汇总");
            assertThat(summary.getLastRowNum()).isEqualTo(1);
            assertThat(summary.getRow(1).getCell(2).getStringCellValue()).isEqualTo("洪泽区人民政府");
            Sheet all = wb.getSheet("问题清单");
            assertThat(all.getLastRowNum()).as("one row per finding below the header").isEqualTo(findings.size());
            Sheet litigation = wb.getSheet("复议诉讼");
            assertThat(litigation.getLastRowNum()).isEqualTo(2);
            assertThat(litigation.getRow(1).getCell(3).getStringCellValue()).isEqualTo("LIT-001");
            assertThat(wb.getNumberOfSheets()).isEqualTo(2 + TestSupport.engine().rules().scoring().categories().size());
        }
    }

    @Test
    void xlsxWithoutOutIsAUsageError() {
        CliRun r = CliRun.of("check", "--format", "xlsx", HONGZE);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1).allMatch(l -> l.contains("--out"));
        assertThat(r.out()).isEmpty();
    }

    @Test
    void htmlShowsEveryFindingAndHighlightsTheWrongTotals() {
        Document doc = Jsoup.parse(run("html"));
        String text = doc.text();
        for (JsonNode f : findings) {
            assertThat(text).contains(f.get("ruleId").asText(), f.get("message").asText());
            if (!f.get("basis").asText().equals("—")) assertThat(text).contains(f.get("basis").asText());
        }
        Element lit = doc.getElementById("r1-t-LIT").nextElementSibling();
        assertThat(lit.tagName()).isEqualTo("table");
        List<String> highlighted = new ArrayList<>();
        for (Element td : lit.select("td.hl")) {
            Element row = td.parent();
            String column = lit.select("thead th").get(row.children().indexOf(td)).text();
            highlighted.add(row.child(0).text() + " / " + column);
            Element target = doc.getElementById(td.selectFirst("a.ref").attr("href").substring(1));
            assertThat(target.select("code.rule").text()).isEqualTo("LIT-001");
        }
        assertThat(highlighted).containsExactlyInAnyOrder("行政复议 / 总计", "行政诉讼·复议后起诉 / 总计");
        assertThat(doc.select("td.hl-error")).hasSize(2);
        assertThat(doc.select("svg.chart rect")).isNotEmpty();
        assertThat(doc.select("h1").text()).contains("洪泽区人民政府");
    }

    @Test
    void htmlIsSelfContained() {
        Document doc = Jsoup.parse(run("html"));
        assertThat(doc.select("script, link, img, iframe, object, embed, [src]")).isEmpty();
        assertThat(doc.select("a[href]")).allMatch(a -> a.attr("href").startsWith("#"));
        assertThat(doc.select("style").html()).doesNotContain("url(", "@import").contains("@media print");
        for (Element a : doc.select("a[href]")) assertThat(doc.getElementById(a.attr("href").substring(1))).isNotNull();
    }

    @Test
    void htmlShowsReportTextAsTextNeverAsMarkup() throws IOException {
        String text = Files.readString(Path.of(HONGZE), StandardCharsets.UTF_8);
        int five = text.indexOf("五、存在的主要问题及改进情况");
        int six = text.indexOf("六、其他需要报告的事项");
        String injected = text.substring(0, five) + "五、存在的主要问题及改进情况\n<script>alert(1)</script>\n" + text.substring(six);
        Path f = tmp.resolve("injected.txt");
        Files.writeString(f, injected, StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(run("html", f.toString()));
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.text()).contains("<script>alert(1)</script>");
        assertThat(doc.select("blockquote.quote").text()).contains("<script>alert(1)</script>");
    }

    @Test
    void htmlInEnglishAndForSeveralReports() {
        CliRun en = CliRun.of("check", "--format", "html", "--lang", "en", HONGZE);
        Document doc = Jsoup.parse(en.out());
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.text()).contains("Findings", "ERROR");

        String second = TestSupport.corpus("text/2024_hongzequ_county.txt").toString();
        Document both = Jsoup.parse(run("html", HONGZE, second));
        Element summary = both.selectFirst("section.summary table");
        assertThat(summary.select("tr")).hasSize(3);
        assertThat(summary.select("tr").get(1).select("td").get(0).text()).isEqualTo("1");
        assertThat(summary.select("tr").get(1).text()).contains("2024_hongzequ_county.txt");
        assertThat(both.select("section.report")).hasSize(2);
    }

    @Test
    void csvHasAHeaderAReportRowAndOneRowPerFinding() {
        String out = run("csv");
        assertThat(out).startsWith("\uFEFF");
        List<List<String>> rows = parseCsv(out.substring(1));
        List<String> header = rows.get(0);
        assertThat(header).startsWith("kind", "rank", "source", "agency", "year", "edition", "score", "grade")
            .contains("ruleId", "message", "expected", "actual", "difference", "points");
        assertThat(rows).hasSize(findings.size() + 2);
        assertThat(rows.get(1).get(0)).isEqualTo("report");
        assertThat(rows.get(1).get(header.indexOf("errors"))).isEqualTo("2");
        for (int i = 0; i < findings.size(); i++) {
            JsonNode f = findings.get(i);
            List<String> row = rows.get(i + 2);
            assertThat(row).hasSize(header.size());
            assertThat(row.get(0)).isEqualTo("finding");
            assertThat(row.get(header.indexOf("ruleId"))).isEqualTo(f.get("ruleId").asText());
            assertThat(row.get(header.indexOf("message"))).isEqualTo(f.get("message").asText());
        }
        List<String> first = rows.get(2);
        assertThat(first.subList(header.indexOf("table"), header.indexOf("line") + 1)).containsExactly("LIT", "afterReview", "total", "58");
        assertThat(first.subList(header.indexOf("expected"), header.indexOf("points") + 1)).containsExactly("5", "0", "-5", "5");
    }

    @Test
    void junitHasOneTestcasePerRuleAndFailsOnlyOnErrors() throws Exception {
        byte[] xml = run("junit").getBytes(StandardCharsets.UTF_8);
        org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(1);
        int rules = TestSupport.engine().rules().rules().size();
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(rules);
        assertThat(((org.w3c.dom.Element) suites.item(0)).getAttribute("tests")).isEqualTo(String.valueOf(rules));
        NodeList failures = doc.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        assertThat(((org.w3c.dom.Element) failures.item(0).getParentNode()).getAttribute("name")).startsWith("LIT-001");
        assertThat(failures.item(0).getTextContent()).contains("相差-11", "相差-5");
        assertThat(doc.getElementsByTagName("system-out").item(0).getTextContent()).contains("其他处理");
    }

    @Test
    void markdownListsFindingsBySection() {
        String md = run("md");
        assertThat(md).contains("## ", "### 四、政府信息公开行政复议、行政诉讼情况", "**错误** `LIT-001`", "| 复议诉讼 | 0 | 10 |");
        assertThat(md.indexOf("FMT-003")).isLessThan(md.indexOf("LIT-001"));
    }

    @Test
    void helpNamesEveryFormatAndAnUnknownOneIsRefused() {
        assertThat(CliRun.of("check", "--help").out()).contains("html", "md", "csv", "xlsx", "sarif", "junit", "--out");
        CliRun bad = CliRun.of("check", "--format", "pdf", HONGZE);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip().lines()).hasSize(1).allMatch(l -> l.contains("sarif"));
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the last record ends with CRLF").isEmpty();
        return rows;
    }
}
