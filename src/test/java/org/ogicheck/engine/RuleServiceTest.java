package org.ogicheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.parse.ReportParser;

/** Hot reload: the old rules keep answering while a broken edit is on disk; the fixed edit is picked up. */
class RuleServiceTest {
    private static final Path REPORT = Path.of("fixtures/reports/2020_jianggan_amr_department.txt");

    @TempDir
    Path tmp;

    private static List<String> ids(RuleSet rules) throws Exception {
        return new Ogicheck(rules).check(REPORT, ReportParser.Options.NONE, "zh").findings().stream()
            .map(f -> f.getRuleId()).toList();
    }

    private static void await(BooleanSupplier cond) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (!cond.getAsBoolean() && System.currentTimeMillis() < end) Thread.sleep(50);
        assertThat(cond.getAsBoolean()).as("condition reached within 20 s").isTrue();
    }

    @Test
    void brokenEditKeepsTheOldRulesAndTheFixIsPickedUp() throws Exception {
        Path rules = TestSupport.copyRules(tmp.resolve("rules"));
        try (RuleService service = new RuleService(List.of(rules))) {
            assertThat(ids(service.current())).contains("A20-006");
            long gen = service.generation();

            Path a20 = rules.resolve("article20.dslr");
            String good = Files.readString(a20);
            Files.writeString(a20, good.replace("rule \"A20-006 change without direction\"", "rule \"A20-006 change without direction\" oops"));
            await(() -> !service.error().isEmpty());
            assertThat(service.error()).anyMatch(l -> l.contains("article20.dslr:"));
            assertThat(service.generation()).isEqualTo(gen);
            assertThat(ids(service.current())).as("old rules still answer").contains("A20-006");

            Files.writeString(a20, good.replace("第二十条各表 任一“本年增/减”单元格", "年度报告 使用2021年格式\n    第二十条各表 任一“本年增/减”单元格"));
            await(() -> service.error().isEmpty() && service.generation() > gen);
            assertThat(ids(service.current())).doesNotContain("A20-006").contains("A20-008");
        }
    }

    @Test
    void parameterSheetChangesTheNextRun() throws Exception {
        Path rules = TestSupport.copyRules(tmp.resolve("rules2"));
        assertThat(ids(RuleSet.load(List.of(rules)))).doesNotContain("SEC-006");
        Files.writeString(rules.resolve("parameters.csv"), "name,value,description\nsec006.minLength,1000,test\n"
            + "ruleSeverity.A20-006,ERROR,test\nweight.A20-006,7,test\n");
        RuleSet changed = RuleSet.load(List.of(rules));
        var result = new Ogicheck(changed).check(REPORT, ReportParser.Options.NONE, "zh");
        assertThat(result.findings()).anyMatch(f -> f.getRuleId().equals("SEC-006"));
        assertThat(result.findings()).anyMatch(f -> f.getRuleId().equals("A20-006") && f.getSeverity().name().equals("ERROR")
            && f.getPoints() == 7.0);
    }

    /**
     * The words by which a section leads in to a table it does not show (具体情况如下, 详见下表) are the regulator's to
     * tune: a section 四 ending "详见统计图。" (words not in the rule's default list) in place of its table is the
     * ERROR of a report without one, and a WARNING that the table was not seen once 统计图 is in the sheet's list.
     */
    @Test
    void leadInWordsComeFromTheParameterSheet() throws Exception {
        List<String> lines = Files.readAllLines(REPORT);
        int four = lines.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        int five = lines.indexOf("五、存在的主要问题及改进情况");
        List<String> text = new java.util.ArrayList<>(lines.subList(0, four + 1));
        text.add("本年度政府信息公开行政复议、行政诉讼情况详见统计图。");
        text.addAll(lines.subList(five, lines.size()));
        Path report = Files.write(tmp.resolve("report.txt"), text);
        Path rules = TestSupport.copyRules(tmp.resolve("rules4"));

        assertThat(sec004(RuleSet.load(List.of(rules)), report)).containsExactly("ERROR SEC-004");
        Files.writeString(rules.resolve("parameters.csv"), "name,value,description\nsec004.leadInWords,如下|统计图,test\n");
        assertThat(sec004(RuleSet.load(List.of(rules)), report)).containsExactly("WARNING SEC-004.leadIn");

        // an empty list would make every sentence a lead-in: the sheet is refused, naming its line
        Files.writeString(rules.resolve("parameters.csv"), "name,value,description\nsec004.leadInWords, | ,test\n");
        try {
            RuleSet.load(List.of(rules));
            throw new AssertionError("expected a RulesException");
        } catch (RulesException e) {
            assertThat(e.lines()).anyMatch(l -> l.contains("parameters.csv:2") && l.contains("sec004.leadInWords"));
        }
    }

    private static List<String> sec004(RuleSet rules, Path report) throws Exception {
        return new Ogicheck(rules).check(report, ReportParser.Options.NONE, "zh").findings().stream()
            .filter(f -> f.getRuleId().equals("SEC-004")).map(f -> f.getSeverity() + " " + f.getMessageKey()).toList();
    }

    @Test
    void parameterSheetAsXlsx() throws Exception {
        Path rules = TestSupport.copyRules(tmp.resolve("rules3"));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(rules.resolve("parameters.xlsx"))) {
            var sheet = wb.createSheet("parameters");
            var h = sheet.createRow(0);
            h.createCell(0).setCellValue("name");
            h.createCell(1).setCellValue("value");
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("sec006.minLength");
            r.createCell(1).setCellValue(500);
            wb.write(out);
        }
        assertThat(ids(RuleSet.load(List.of(rules)))).contains("SEC-006");
    }

    @Test
    void brokenParameterSheetIsARuleError() throws IOException {
        Path rules = TestSupport.copyRules(tmp.resolve("rules4"));
        Files.writeString(rules.resolve("parameters.csv"), "name,value\nonly-a-name\n");
        try {
            RuleSet.load(List.of(rules));
            throw new AssertionError("expected a RulesException");
        } catch (RulesException e) {
            assertThat(e.lines()).anyMatch(l -> l.contains("parameters.csv:2"));
        }
    }
}
