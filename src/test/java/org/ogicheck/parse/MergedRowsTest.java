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

    /**
     * A row whose label is read as another row's (a row label misread or cut at a page break: the row is then
     * "repeated", as 2019 上海 printed from Word without column widths gave 1.本机关不掌握相关政府信息 twice) is not
     * known to be missing: the row the report may hold is among the rows not read well. APP-006 says so as a
     * WARNING, never the ERROR it gives when the row is really absent.
     */
    @ParameterizedTest
    @CsvSource({"2024_huaian_city.txt", "2019_shanghai_bangongting_province.txt", "2023_hongzequ_county.txt"})
    void aRowReadAsAnotherIsNotAMissingRow(String report) throws Exception {
        String original = Files.readString(TestSupport.CORPUS.resolve("text").resolve(report));
        String carriedIn = "二、上年结转政府信息公开申请数量 |";
        assertThat(original).contains(carriedIn);
        List<Finding> misread = check(original.replace(carriedIn, "一、本年新收政府信息公开申请数量 |"));
        assertThat(misread).filteredOn(f -> f.getRuleId().equals("PARSE-001")).isNotEmpty();
        assertThat(misread).filteredOn(f -> f.getRuleId().equals("APP-006"))
            .singleElement().satisfies(f -> {
                assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
                assertThat(f.getMessage()).contains("二、上年结转政府信息公开申请数量").contains("读不准");
            });

        // the row really absent (no row read badly): the ERROR
        String dropped = original.lines().filter(l -> !l.startsWith(carriedIn)).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(check(dropped)).filteredOn(f -> f.getRuleId().equals("APP-006"))
            .singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
    }

    /**
     * A row cut by a page break whose label ran into the header repeated on the next page (a Word table without
     * column widths printed by LibreOffice: "二、上年结转政府信息公开（本列数据的勾稽关系为： | 0 | 0 …"): the numbers
     * under the header's words are a row not read (PARSE-001), not a header, and no row is said to be missing.
     */
    @ParameterizedTest
    @CsvSource({"2023_pingtan_city.txt", "2024_huaian_city.txt", "2020_jianggan_amr_department.txt"})
    void aRowRunIntoARepeatedHeaderIsNotAMissingRow(String report) throws Exception {
        String original = Files.readString(TestSupport.CORPUS.resolve("text").resolve(report));
        List<Finding> before = check(original);
        String carriedIn = "二、上年结转政府信息公开申请数量 |";
        List<Finding> after = check(original.replace(carriedIn, "二、上年结转政府信息公开（本列数据的勾稽关系为： |"));
        assertThat(after).filteredOn(f -> f.getRuleId().equals("PARSE-001"))
            .anySatisfy(f -> assertThat(f.getMessage()).contains("二、上年结转政府信息公开（本列数据的勾稽关系为："));
        assertThat(after).filteredOn(f -> f.getRuleId().equals("APP-006")).isEmpty();
        assertThat(after.stream().filter(f -> f.getSeverity() == Severity.ERROR).map(Finding::getRuleId).toList())
            .isSubsetOf(before.stream().filter(f -> f.getSeverity() == Severity.ERROR).map(Finding::getRuleId).toList());
    }
}
