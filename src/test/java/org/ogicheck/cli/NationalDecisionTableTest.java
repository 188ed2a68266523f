package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;

/**
 * The national rules ship a decision table (rules/article20-rows.xlsx: the rows each 第二十条 block
 * must have, per edition; A20-002). A regulator adds a row in Excel and every command sees it on the
 * next run, with no rebuild: check, rules list, rules doc (the row as written), rules lint, rules test.
 */
class NationalDecisionTableTest {
    private static final String REPORT_2021 = "../shared/corpus/text/2023_pingtan_city.txt";

    @TempDir
    Path tmp;

    /** the shipped sheet with one more row: the 2021 format's block (五) must also have 其他对外管理服务事项 */
    private Path rulesWithNewRow() throws Exception {
        Path rules = TestSupport.copyRules(tmp.resolve("rules"));
        Path sheet = rules.resolve("article20-rows.xlsx");
        try (InputStream in = Files.newInputStream(sheet); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            Row last = s.getRow(s.getLastRowNum());
            Row added = s.createRow(s.getLastRowNum() + 1);
            for (int c = 0; c < last.getLastCellNum(); c++) {
                added.createCell(c).setCellValue(last.getCell(c).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    ? String.valueOf((long) last.getCell(c).getNumericCellValue()) : last.getCell(c).getStringCellValue());
            }
            added.getCell(0).setCellValue("A20-002 2021版第（五）项 其他对外管理服务事项");
            added.getCell(7).setCellValue("2021");
            added.getCell(8).setCellValue("五");
            added.getCell(9).setCellValue("otherServices");
            added.getCell(10).setCellValue("其他对外管理服务事项");
            try (OutputStream out = Files.newOutputStream(sheet)) {
                wb.write(out);
            }
        }
        return rules;
    }

    @Test
    void theShippedTableIsDocumentedRowByRow() {
        CliRun doc = CliRun.of("rules", "doc", "--rules", "rules");
        assertThat(doc.code()).isZero();
        assertThat(doc.out()).contains("A20-002 2019版第（九）项 政府集中采购, A20-002, ERROR, proactive");
    }

    @Test
    void aRowAddedInTheSpreadsheetIsARuleOnTheNextRun() throws Exception {
        assertThat(CliRun.of("check", REPORT_2021).out()).doesNotContain("A20-002");

        Path rules = rulesWithNewRow();
        CliRun check = CliRun.of("check", "--rules", rules.toString(), REPORT_2021);
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("A20-002").contains("其他对外管理服务事项");

        assertThat(CliRun.of("rules", "doc", "--rules", rules.toString()).out())
            .contains("A20-002 2021版第（五）项 其他对外管理服务事项, A20-002, ERROR");
        CliRun lint = CliRun.of("rules", "lint", "--rules", rules.toString());
        assertThat(lint.err()).doesNotContain("article20-rows.xlsx");
        // the new row changes what the passing examples of A20-002 give: rules test says so
        CliRun test = CliRun.of("rules", "test", "--rules", rules.toString(), "--fixtures", "fixtures");
        assertThat(test.code()).isEqualTo(1);
        assertThat(test.out() + test.err()).contains("A20-002");
    }
}
