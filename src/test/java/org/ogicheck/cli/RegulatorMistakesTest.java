package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.engine.RuleService;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.parse.ReportParser;

/**
 * A regulator's mistakes in the national rules themselves: a misspelt sentence and a bad spreadsheet
 * cell each give one Chinese line naming the file and the place, exit 2 — and a running service (what
 * `serve` answers with) keeps the previous rules until the mistake is mended.
 */
class RegulatorMistakesTest {
    private static final String REPORT = "fixtures/APP-003/fail-row-total.txt";
    private static final String SENTENCE = "申请情况表 任一行 “总计”列不等于各类申请人之和，各列都是数字";
    private static final String MISSPELT = "申请情况表 任一行 “总计”列不等于各类申请人的和，各列都是数字";

    @TempDir
    Path tmp;

    private static int lineOf(String text, String what) {
        return 1 + (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count();
    }

    /**
     * the shipped decision table with one cell of its first rule row (column 2 严重程度, 5 权重 …) set to {@code value}, saved as a
     * spreadsheet program saves (a new file, written elsewhere, moved over the old one)
     */
    private static void setCell(Path sheet, int column, String value) throws Exception {
        try (InputStream in = Files.newInputStream(sheet); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var s = wb.getSheetAt(0);
            for (var row : s) {
                if (row.getCell(0) != null && row.getCell(0).toString().startsWith("A20-002 2019版第（一）项 规章")) {
                    row.getCell(column).setCellValue(value);
                    break;
                }
            }
            Path saved = sheet.getParent().resolveSibling("~saving.xlsx");
            try (OutputStream out = Files.newOutputStream(saved)) {
                wb.write(out);
            }
            Files.move(saved, sheet, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    @Test
    void aMisspeltSentenceIsOneLineWithFileLineAndTheNearestSentence() throws Exception {
        Path rules = TestSupport.copyRules(tmp.resolve("rules"));
        Path app = rules.resolve("applications.dslr");
        String good = Files.readString(app);
        Files.writeString(app, good.replace(SENTENCE, MISSPELT));
        for (String cmd : List.of("check", "lint")) {
            CliRun r = cmd.equals("check") ? CliRun.of("check", "--rules", rules.toString(), REPORT)
                : CliRun.of("rules", "lint", "--rules", rules.toString());
            // check stops (exit 2); rules lint reports its problems with exit 1, as its --help says
            assertThat(r.code()).as(cmd).isEqualTo(cmd.equals("check") ? 2 : 1);
            assertThat(r.err().strip().lines().toList()).as(cmd).hasSize(1).first().asString()
                .contains("applications.dslr:" + lineOf(good, SENTENCE) + ": 无法识别的句子“" + MISSPELT + "”")
                .contains("最接近的写法：“" + SENTENCE + "”").doesNotContain("Exception");
        }
    }

    @Test
    void aBadCellOfTheShippedSpreadsheetIsOneLineWithSheetAndRow() throws Exception {
        Path rules = TestSupport.copyRules(tmp.resolve("rules"));
        Path sheet = rules.resolve("article20-rows.xlsx");
        byte[] good = Files.readAllBytes(sheet);
        setCell(sheet, 5, "三");
        CliRun r = CliRun.of("check", "--rules", rules.toString(), REPORT);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().toList()).hasSize(1).first().asString()
            .contains("article20-rows.xlsx: 工作表“第二十条必备行”第10行：", "@weight", "三").doesNotContain("Exception");
        // a severity the tool does not know: the metadata lint names the same row, in Chinese
        Files.write(sheet, good);
        setCell(sheet, 2, "EROR");
        r = CliRun.of("check", "--rules", rules.toString(), REPORT);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().toList()).hasSize(1).first().asString()
            .contains("article20-rows.xlsx: 工作表“第二十条必备行”第10行", "@severity 只能是 ERROR、WARNING 或 INFO（现为 EROR）");
    }

    /** a copy of the shipped rules with {@code from} in one file replaced by {@code to} */
    private Path edited(String file, String from, String to) throws java.io.IOException {
        Path rules = TestSupport.copyRules(tmp.resolve("rules"));
        String good = Files.readString(rules.resolve(file));
        assertThat(good).contains(from);
        Files.writeString(rules.resolve(file), good.replace(from, to));
        return rules;
    }

    /** check and rules list on the rules: exit 2, one line (in Chinese) that says {@code what} */
    private static void oneLine(Path rules, String... what) {
        for (List<String> cmd : List.of(List.of("check", "--rules", rules.toString(), REPORT), List.of("rules", "list", "--rules", rules.toString()))) {
            CliRun r = CliRun.of(cmd.toArray(String[]::new));
            assertThat(r.code()).as(cmd.get(0)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip().lines().toList()).as(r.err()).singleElement().asString().contains(what)
                .doesNotContain("Exception").doesNotContain("内部错误");
        }
    }

    @Test
    void aParameterThatIsNotANumberIsOneLineWithFileAndLine() throws Exception {
        // a rule that found no number in its parameter quietly used its default: SEC-006 judged 30 characters, not the sheet's
        Path rules = edited("parameters.csv", "sec006.minLength,30,", "sec006.minLength,3O,");
        Path csv = rules.resolve("parameters.csv");
        String good = Files.readString(TestSupport.RULES.resolve("parameters.csv"));
        oneLine(rules, "parameters.csv:" + lineOf(good, "sec006.minLength") + ": 参数 sec006.minLength 的值“3O”不是数字");
        // a weight set in the sheet failed only when a report had that rule's finding, as an internal error of the whole batch
        Files.writeString(csv, good + "weight.APP-003,heavy,stricter\n");
        oneLine(rules, "parameters.csv:" + (good.lines().count() + 1) + ": 参数 weight.APP-003 的值“heavy”不是数字");
        // words where the sheet takes words stay allowed
        Files.writeString(csv, good + "ruleSeverity.SEC-006,WARNING,milder\n");
        assertThat(CliRun.of("rules", "list", "--rules", rules.toString()).code()).isZero();
    }

    @Test
    void aScoringSettingThatIsNotANumberIsOneLineWithFileAndLine() throws Exception {
        Path rules = edited("scoring.properties", "severity.ERROR = 1.0", "severity.ERROR = one");
        oneLine(rules, "scoring.properties:" + lineOf(Files.readString(TestSupport.RULES.resolve("scoring.properties")), "severity.ERROR = 1.0") + ": severity.ERROR 的值“one”不是数字");
    }

    @Test
    void aGarbledLineOfADrlIsOneLine() throws Exception {
        // the parser gives an error for each token it tried on the line: the first one says it
        oneLine(edited("fees.drl", "// FEE", "FEE"), "fees.drl:1: 规则文件无法解析");
    }

    @Test
    void aRunningServiceKeepsThePreviousRulesUntilTheMistakeIsMended() throws Exception {
        Path rules = TestSupport.copyRules(tmp.resolve("rules"));
        Path app = rules.resolve("applications.dslr");
        Path sheet = rules.resolve("article20-rows.xlsx");
        String good = Files.readString(app);
        byte[] goodSheet = Files.readAllBytes(sheet);
        try (RuleService service = new RuleService(List.of(rules))) {
            List<String> before = ids(service.current());
            assertThat(before).contains("APP-003");
            long gen = service.generation();

            Files.writeString(app, good.replace(SENTENCE, MISSPELT));
            await(() -> !service.error().isEmpty());
            assertThat(service.error()).hasSize(1).first().asString().contains("applications.dslr:" + lineOf(good, SENTENCE), "无法识别的句子");
            assertThat(service.generation()).isEqualTo(gen);
            assertThat(ids(service.current())).as("the previous rules answer").isEqualTo(before);

            Files.writeString(app, good);
            await(() -> service.error().isEmpty() && service.generation() > gen);
            long mended = service.generation();

            setCell(sheet, 5, "三");
            await(() -> !service.error().isEmpty() || service.generation() > mended);
            assertThat(service.generation()).as("not swapped in").isEqualTo(mended);
            assertThat(service.error()).hasSize(1).first().asString().contains("article20-rows.xlsx: 工作表“第二十条必备行”第10行：");
            assertThat(ids(service.current())).as("the previous rules answer").isEqualTo(before);

            Files.write(tmp.resolve("~good.xlsx"), goodSheet);
            Files.move(tmp.resolve("~good.xlsx"), sheet, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            await(() -> service.error().isEmpty() && service.generation() > mended);
            assertThat(ids(service.current())).isEqualTo(before);
        }
    }

    private static List<String> ids(RuleSet rules) throws Exception {
        return new Ogicheck(rules).check(Path.of(REPORT), ReportParser.Options.NONE, "zh").findings().stream()
            .map(f -> f.getRuleId()).toList();
    }

    private static void await(BooleanSupplier cond) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (!cond.getAsBoolean() && System.currentTimeMillis() < end) Thread.sleep(50);
        assertThat(cond.getAsBoolean()).as("condition reached within 30 s").isTrue();
    }
}
