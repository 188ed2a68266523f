package org.ogicheck.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.pipeline.Input;
import org.ogicheck.pipeline.Pipeline;
import org.ogicheck.pipeline.Settings;
import org.ogicheck.workspace.Overview.Status;
import org.ogicheck.workspace.Records.Decision;
import org.ogicheck.workspace.Workspace.Scope;

/** The corpus imported as one region with a roster: the overview, its page and its downloads. */
class OverviewTest {
    @TempDir
    static Path dir;
    static Workspace ws;
    static Roster roster;
    static Pipeline pipeline;
    static String dismissedKey;

    @BeforeAll
    static void importTheCorpus() throws Exception {
        pipeline = new Pipeline(TestSupport.engine().rules());
        roster = Roster.read(Rosters.corpus(dir.resolve("roster.xlsx")));
        ws = Workspace.open(dir.resolve("ws"), null);
        List<Input> inputs = new ArrayList<>();
        try (var s = Files.walk(TestSupport.CORPUS)) {
            s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().forEach(p -> inputs.add(Input.of(p)));
        }
        inputs.add(Input.of("huaian-copy.txt", Files.readAllBytes(TestSupport.corpus("text/2024_huaian_city.txt"))));
        ws.add(inputs, pipeline, Settings.defaults(), "tester", "测试地区", roster);
        var hongze = ws.reports(Scope.ALL).stream().filter(r -> r.name().equals("2023_hongzequ_county.txt")).findFirst().orElseThrow();
        var view = ws.view(hongze.id(), pipeline.rules().scoring()).orElseThrow();
        dismissedKey = view.findings().stream().filter(f -> f.finding().ruleId().equals("LIT-001")).findFirst().orElseThrow().finding().key();
        ws.review(hongze.id(), dismissedKey, Decision.DISMISS, "复议总计栏为原件排版所致", null, "审核员甲");
    }

    static final RegionPage.Links LINKS = new RegionPage.Links(id -> "/reports/" + id, id -> "/rules/" + id);
    private static final java.util.regex.Pattern CJK = java.util.regex.Pattern.compile("\\p{IsHan}");

    static Overview overview() throws Exception {
        return Overview.of(ws, roster, Scope.ALL, pipeline.rules().scoring(), "测试地区");
    }

    @Test
    void coverageAgainstTheRoster() throws Exception {
        Overview o = overview();
        assertThat(o.years()).contains(2019, 2021, 2023, 2024, 2025);
        assertThat(o.with(Status.MISSING)).extracting(c -> c.entry().name()).contains(Rosters.MISSING);
        assertThat(o.coverage()).filteredOn(c -> c.entry().name().equals("淮安市洪泽区人民政府") && c.year() == 2023)
            .singleElement().satisfies(c -> assertThat(c.status()).isNotEqualTo(Status.MISSING));
        assertThat(o.coverage()).filteredOn(c -> c.entry().name().equals("沭阳县发展和改革局") && c.year() == 2023)
            .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(Status.ON_TIME));
        assertThat(o.coverage()).filteredOn(c -> c.entry().name().equals("沭阳县发展和改革局") && c.year() == 2024)
            .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(Status.MISSING));
    }

    @Test
    void rankingTrendsHeatMapRulesAndDuplicates() throws Exception {
        Overview o = overview();
        // one report per agency and year: the hongze twins count once
        assertThat(o.ranking()).filteredOn(r -> r.agency().equals("淮安市洪泽区人民政府")).extracting(Overview.Ranked::year).containsExactly(2024, 2023);
        Overview.Ranked hz2023 = o.ranking().stream().filter(r -> r.agency().equals("淮安市洪泽区人民政府") && r.year() == 2023).findFirst().orElseThrow();
        assertThat(hz2023.reviewed()).isGreaterThan(hz2023.score());
        List<Overview.Ranked> y2024 = o.ranking().stream().filter(r -> r.year() == 2024).toList();
        for (int i = 1; i < y2024.size(); i++) assertThat(y2024.get(i - 1).reviewed()).isGreaterThanOrEqualTo(y2024.get(i).reviewed());
        assertThat(o.trends().get("平潭综合实验区")).containsOnlyKeys(2019, 2021, 2023);
        assertThat(o.heat()).hasSize(o.ranking().size());
        assertThat(o.distribution().stream().mapToInt(Overview.Bucket::count).sum()).isEqualTo(o.ranking().size());
        assertThat(o.rules()).extracting(Overview.RuleCount::ruleId).contains("GOV-001");
        assertThat(o.duplicates()).extracting(d -> d.kind().word("zh")).contains("同一报告的不同格式", "同一文件重复上传");
        assertThat(o.duplicates()).filteredOn(d -> d.kind() == Overview.Duplicate.Kind.SAME_FILE).singleElement()
            .satisfies(d -> assertThat(d.reports().get(0).name()).isEqualTo("2024_huaian_city.txt"));
    }

    @Test
    void thePageDrawsItsChartsInSvgAndRunsNoScript() throws Exception {
        String html = "<html><body>" + RegionPage.body(overview(), LINKS, "zh") + "</body></html>";
        Document d = Jsoup.parse(html);
        assertThat(d.select("script")).isEmpty();
        assertThat(d.select("#distribution svg rect.bar")).hasSize(6);
        assertThat(d.select("#heatmap svg rect.cell")).hasSize(overview().heat().size() * overview().categories().size());
        assertThat(d.select("#trends svg g.trend[data-agency=平潭综合实验区] circle")).hasSize(3);
        assertThat(d.select("#coverage-table td.missing").text()).contains("未发布");
        assertThat(d.select("#ranking-table tr")).hasSize(overview().ranking().size() + 1);
        assertThat(d.select("[src], link, img, iframe, object")).as("nothing loaded from anywhere").isEmpty();
        assertThat(d.select("a[href^=http]")).isEmpty();
    }

    @Test
    void theWorkbookListsTheDismissalWithItsReasonAndColoursBySeverity() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Exports.xlsx(overview(), pipeline.rules().messages(), "zh")))) {
            Sheet dis = wb.getSheet("不予采纳");
            assertThat(dis.getLastRowNum()).isEqualTo(1);
            assertThat(dis.getRow(1).getCell(2).getStringCellValue()).isEqualTo("LIT-001");
            assertThat(dis.getRow(1).getCell(5).getStringCellValue()).isEqualTo("复议总计栏为原件排版所致");
            assertThat(dis.getRow(1).getCell(7).getStringCellValue()).isEqualTo("审核员甲");
            Sheet all = wb.getSheet("问题清单");
            assertThat(all.getColumnWidth(6)).isGreaterThan(all.getColumnWidth(1) * 3);
            boolean errorRow = false;
            for (int i = 1; i <= all.getLastRowNum(); i++) {
                var row = all.getRow(i);
                assertThat(row.getCell(6).getCellStyle().getWrapText()).isTrue();
                if (row.getCell(2).getStringCellValue().equals("错误") && !row.getCell(8).getStringCellValue().equals("不予采纳")) {
                    errorRow = true;
                    assertThat(row.getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                    assertThat(row.getCell(0).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
                }
                if (row.getCell(8).getStringCellValue().equals("不予采纳")) assertThat(row.getCell(9).getStringCellValue()).isNotBlank();
            }
            assertThat(errorRow).isTrue();
            assertThat(wb.getSheet("发布情况")).isNotNull();
        }
    }

    @Test
    void theBriefIsInChineseAndNamesWhoDidNotPublish() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Exports.docx(overview(), pipeline.rules().messages(), "zh")));
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            String text = x.getText();
            assertThat(text).startsWith("测试地区政府信息公开工作年度报告检查情况简报");
            assertThat(text).contains("未发布年度报告的单位").contains(Rosters.MISSING).contains("不予采纳的问题 1 项")
                .contains("附：不予采纳的问题及理由").contains("理由：复议总计栏为原件排版所致（审核员甲");
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getNumberOfRows()).isEqualTo(overview().ranking().size() + 1);
        }
    }
    /** the words the page writes itself (headings, column names, labels, statuses, chart titles) are English with lang en */
    @Test
    void thePageSpeaksEnglishWhenAsked() throws Exception {
        Document d = Jsoup.parse("<html><body>" + RegionPage.body(overview(), LINKS, "en") + "</body></html>");
        assertThat(d.select("h1").text()).isEqualTo("测试地区: regional overview");
        List<String> own = new ArrayList<>();
        d.select("h2, th, figcaption, .kpi, #coverage-table td.missing, #coverage-table td.late, #duplicates > p").forEach(e -> own.add(e.text()));
        d.select("svg").forEach(e -> own.add(e.attr("aria-label")));
        d.select("#rules + table td:nth-child(3)").forEach(e -> own.add(e.text()));
        assertThat(own).hasSizeGreaterThan(20).noneMatch(t -> CJK.matcher(t).find());
        assertThat(String.join(" ", own)).contains("Ranking", "not published", "Score checked", "Distribution of scores", "ERROR");
        assertThat(d.select("#heatmap svg text").eachText()).contains("Structure", "Applications");
        String zh = RegionPage.body(overview(), LINKS, "zh");
        assertThat(zh).contains("排名", "得分分布", "未发布").doesNotContain("Ranking");
    }

    @Test
    void theWorkbookSpeaksEnglishWhenAsked() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Exports.xlsx(overview(), pipeline.rules().messages(), "en")))) {
            List<String> own = new ArrayList<>();
            for (Sheet sheet : wb) {
                own.add(sheet.getSheetName());
                sheet.getRow(0).forEach(c -> own.add(c.getStringCellValue()));
            }
            Sheet all = wb.getSheet("Findings");
            for (int i = 1; i <= all.getLastRowNum(); i++) {
                own.add(all.getRow(i).getCell(2).getStringCellValue());
                own.add(all.getRow(i).getCell(5).getStringCellValue());
                own.add(all.getRow(i).getCell(8).getStringCellValue());
            }
            wb.getSheet("Publication").forEach(r -> own.add(r.getCell(4).getStringCellValue()));
            assertThat(own).noneMatch(t -> CJK.matcher(t).find()).contains("Dismissed", "Ranking", "ERROR", "not reviewed", "dismissed", "not published");
            Sheet dismissed = wb.getSheet("Dismissed");
            assertThat(dismissed.getRow(1).getCell(5).getStringCellValue()).isEqualTo("复议总计栏为原件排版所致");
            // the stored finding's message and place worded again in English (it was checked in Chinese), no rule run
            assertThat(dismissed.getRow(1).getCell(3).getStringCellValue()).startsWith("section 4, page ");
            assertThat(dismissed.getRow(1).getCell(4).getStringCellValue()).contains("upheld 5 + corrected 0");
        }
    }

    @Test
    void theBriefSpeaksEnglishWhenAsked() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Exports.docx(overview(), pipeline.rules().messages(), "en")))) {
            List<String> headings = new ArrayList<>();
            for (var p : doc.getParagraphs()) if (!p.getRuns().isEmpty() && p.getRuns().get(0).isBold()) headings.add(p.getText());
            assertThat(headings).containsExactly("测试地区: the annual reports on government information disclosure checked, a brief", "1. Overview",
                "2. Publication", "3. Ranking by score", "4. Main findings", "5. Duplicates", "Annex: the findings dismissed and why");
            assertThat(doc.getTables().get(0).getRow(0).getTableCells()).extracting(c -> c.getText())
                .containsExactly("Year", "Rank", "Agency", "Score checked", "Score after review");
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("LIT-001 (section 4, page 4 table 3 row 4 column 15)", "finding(s) were dismissed", "agencies have not published an annual report: ", Rosters.MISSING + " (20",
                "— reason: 复议总计栏为原件排版所致 (审核员甲");
        }
    }
}
