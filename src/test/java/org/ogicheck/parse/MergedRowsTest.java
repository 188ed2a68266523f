package org.ogicheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogicheck.model.Severity;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Finding;
import org.ogicheck.read.Readers;

/**
 * Two rows of table 三 run together into one (a row border lost at a page break, as a PDF printer
 * may leave it): "4.无正当理由大量反复申请5.要求行政机关确认或重新出具已获取信息 | 00 | 00 …". The reader
 * cannot tell which rows these are, so the table is not judged (PARSE-001) and no rule says a row is
 * missing or a sum is wrong. Built from real corpus reports, the two rows joined cell by cell.
 */
class MergedRowsTest {

    private static List<Finding> check(String text) throws Exception {
        ParsedReport p = new ReportParser().parse(Readers.read("merged.txt", text.getBytes(StandardCharsets.UTF_8)),
            ReportParser.Options.NONE);
        return TestSupport.engine().check(p, "zh").findings();
    }

    private static String joinRows(String text, String first, String second) {
        List<String> lines = text.lines().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith(first) && i + 1 < lines.size() && lines.get(i + 1).startsWith(second)) {
                String[] a = l.split("\\|", -1);
                String[] b = lines.get(++i).split("\\|", -1);
                StringBuilder row = new StringBuilder(a[0].strip() + b[0].strip());
                for (int k = 1; k < Math.min(a.length, b.length); k++) row.append(" | ").append(a[k].strip()).append(b[k].strip());
                out.append(row).append('\n');
            } else {
                out.append(l).append('\n');
            }
        }
        assertThat(out.toString()).as("rows joined").isNotEqualTo(text.endsWith("\n") ? text : text + "\n");
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource({
        "2023_pingtan_city.txt, 4.无正当理由大量反复申请, 5.要求行政机关确认",
        "2024_huaian_city.txt, 4.无正当理由大量反复申请, 5.要求行政机关确认",
        "2020_jianggan_amr_department.txt, 2.重复申请, 3.要求提供公开出版物"})
    void twoRowsRunTogetherAreNotJudged(String report, String first, String second) throws Exception {
        String original = Files.readString(TestSupport.CORPUS.resolve("text").resolve(report));
        List<Finding> before = check(original);
        List<Finding> after = check(joinRows(original, first, second));

        assertThat(after).filteredOn(f -> f.getRuleId().equals("PARSE-001")).isNotEmpty();
        assertThat(after).filteredOn(f -> f.getRuleId().equals("APP-006")).isEmpty();
        // no ERROR that the original does not have
        assertThat(after.stream().filter(f -> f.getSeverity() == Severity.ERROR).map(Finding::getRuleId).toList())
            .isSubsetOf(before.stream().filter(f -> f.getSeverity() == Severity.ERROR).map(Finding::getRuleId).toList());
    }
}
