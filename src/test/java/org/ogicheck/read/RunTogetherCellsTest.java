package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Cell;
import org.ogicheck.model.Severity;
import org.ogicheck.model.Value;
import org.ogicheck.parse.ParsedReport;

/**
 * Issue 10: crawled or pasted text whose table rows lost the separators between their cells — a row's labels,
 * then its numbers run together and into the last label ("规章000", "行政规范性文件6649", "（七）总计293253006143050"),
 * the header one name a line. Each corpus text report put into that shape: a cell is read only where exactly
 * one split of its row is possible (a single cell, or zeros one a column), and then it is the report's own
 * number; no ERROR the report itself does not give (a run that splits more than one way is PARSE-001 at most).
 */
class RunTogetherCellsTest {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** the report with every table row as its labels apart by a space, then its numbers run together */
    private static String runTogether(String text, String beforeNumbers) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.indexOf('|') < 0) {
                out.add(line);
                continue;
            }
            List<String> labels = new ArrayList<>();
            StringBuilder numbers = new StringBuilder();
            boolean other = false;
            for (String c : TextReader.splitRow(line)) {
                if (c.isBlank()) continue;
                if (NUMBER.matcher(c).matches()) numbers.append(c);
                else if (numbers.length() > 0) other = true;
                else labels.add(c);
            }
            if (other) out.add(line);
            else if (numbers.length() == 0) out.addAll(labels);
            else out.add(String.join(" ", labels) + (labels.isEmpty() ? "" : beforeNumbers) + numbers);
        }
        return String.join("\n", out);
    }

    private static ParsedReport parse(String name, String text) throws ReadException {
        return Twins.parse(Readers.read(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> errors(ParsedReport p) throws Exception {
        return TestSupport.engine().check(p, "zh").findings().stream().filter(f -> f.getSeverity() == Severity.ERROR)
            .map(f -> f.getRuleId() + " " + f.getSection()).sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024_huaian_city", "2024_hongzequ_county", "2023_hongzequ_county", "2025_shanghai_bangongting_province",
        "2023_pingtan_city", "2023_shuyang_fagaiju_department", "2021_pingtan_city", "2019_pingtan_city", "2020_jianggan_amr_department",
        "2019_shanghai_bangongting_province"})
    void aCellIsReadOnlyWhereItsRowSplitsOneWay(String name) throws Exception {
        String text = Files.readString(TestSupport.corpus("text/" + name + ".txt"), StandardCharsets.UTF_8);
        for (String before : List.of("", " ")) assertReadWhereItSplitsOneWay(name, text, runTogether(text, before));
    }

    /**
     * the changed text reads no number but the report's own, reads again a 第二十条 row of the report all zeros or of one
     * number, and gives no ERROR the report lacks
     */
    private static void assertReadWhereItSplitsOneWay(String name, String text, String changed) throws Exception {
        ParsedReport original = parse(name + ".txt", text);
        Map<String, String> own = Twins.tableCells(original);
        assertThat(changed).isNotEqualTo(text);
        ParsedReport copy = parse("copy.txt", changed);
        Map<String, String> read = Twins.tableCells(copy);
        read.forEach((place, cell) -> {
            if (cell.startsWith(Value.Kind.NUMBER.name())) assertThat(cell).as(name + " " + place).isEqualTo(own.get(place));
        });
        for (Cell c : original.cells()) {
            if (!c.getTable().startsWith("A20.") || !c.isNumeric() || !oneWay(original, c)) continue;
            assertThat(read.get(c.getTable() + "/" + c.getRow() + "/" + c.getColumn())).as(name + " " + c.getName())
                .isEqualTo(own.get(c.getTable() + "/" + c.getRow() + "/" + c.getColumn()));
        }
        assertThat(errors(copy)).as(name).isSubsetOf(errors(original));
    }

    /** the report with every table row's numbers run together in one cell after its label cells (规章 | 000), rows apart by sep */
    private static String digitsInOneCell(String text, String sep) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.indexOf('|') < 0) {
                out.add(line);
                continue;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder numbers = new StringBuilder();
            boolean other = false;
            for (String c : TextReader.splitRow(line)) {
                if (c.isBlank()) continue;
                if (NUMBER.matcher(c.strip()).matches()) numbers.append(c.strip());
                else if (numbers.length() > 0) other = true;
                else cells.add(c.strip());
            }
            // a row with no label (table 四's numbers) keeps its cells: run together alone it would be no row
            other |= cells.isEmpty();
            if (numbers.length() > 0 && !other) cells.add(numbers.toString());
            out.add(other ? line : String.join(sep, cells) + (sep.equals("\t") ? "" : " |"));
        }
        return String.join("\n", out);
    }

    /**
     * The same inside rows that kept their separators around the numbers (规章 | 000, 行政许可 | 12 — weishan.gov.cn's and
     * haicheng.gov.cn's crawled rows; or TAB-separated): a row short of cells is read only where its digits split one way.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2024_huaian_city", "2024_hongzequ_county", "2023_hongzequ_county", "2025_shanghai_bangongting_province",
        "2023_pingtan_city", "2023_shuyang_fagaiju_department", "2021_pingtan_city", "2019_pingtan_city", "2020_jianggan_amr_department",
        "2019_shanghai_bangongting_province"})
    void digitsRunTogetherInOneCellOfARowAreReadWhereTheySplitOneWay(String name) throws Exception {
        String text = Files.readString(TestSupport.corpus("text/" + name + ".txt"), StandardCharsets.UTF_8);
        for (String sep : List.of(" | ", "\t")) assertReadWhereItSplitsOneWay(name, text, digitsInOneCell(text, sep));
    }

    /** the cells of c's row are all 0, or it is the only cell of its row */
    private static boolean oneWay(ParsedReport r, Cell c) {
        List<Cell> row = r.cells().stream().filter(o -> o.getTable().equals(c.getTable()) && o.getRow().equals(c.getRow())).toList();
        return row.size() == 1 && NUMBER.matcher(c.getValue().getRaw()).matches()
            || row.stream().allMatch(o -> o.isNumeric() && o.getNumber().signum() == 0 && "0".equals(o.getValue().getRaw()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024_huaian_city", "2024_hongzequ_county"})
    void aRowOfNumbersRunTogetherIsUnreadNotJudged(String name) throws Exception {
        String changed = runTogether(Files.readString(TestSupport.corpus("text/" + name + ".txt"), StandardCharsets.UTF_8), "");
        List<String> ids = TestSupport.engine().check(parse("copy.txt", changed), "zh").findings().stream()
            .map(f -> f.getRuleId() + ":" + f.getSeverity()).toList();
        assertThat(ids).contains("PARSE-001:WARNING").noneMatch(id -> id.matches("(A20|APP|LIT)-.*:ERROR"));
        // one finding for table 三, listing its rows that could not be read, not one a row
        var app = TestSupport.engine().check(parse("copy.txt", changed), "zh").findings().stream()
            .filter(f -> f.getRuleId().equals("PARSE-001") && "APP".equals(f.getTable())).toList();
        assertThat(app).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("行与规定格式不符", "(七)总计"));
    }

    /**
     * Table 三 with one row read (a row kept with its separators) and the others as lines the reader cannot rebuild:
     * those rows are there as text, not missing — PARSE-001, no APP-006. A row left out of the text is still missing.
     */
    @org.junit.jupiter.api.Test
    void rowsGivenAsTextAreNotMissing() throws Exception {
        String text = Files.readString(TestSupport.corpus("text/2024_huaian_city.txt"), StandardCharsets.UTF_8);
        String kept = text.lines().filter(l -> l.startsWith("2.没有现成信息需要另行制作 |")).findFirst().orElseThrow();
        String changed = runTogether(text, "").replace("2.没有现成信息需要另行制作110000011", kept);
        assertThat(changed).contains(kept);
        List<String> ids = TestSupport.engine().check(parse("copy.txt", changed), "zh").findings().stream()
            .map(f -> f.getRuleId() + ":" + f.getSeverity()).toList();
        assertThat(ids).contains("PARSE-001:WARNING").noneMatch(id -> id.matches("(A20|APP|LIT)-.*:ERROR"));
        String rowLeftOut = text.replaceAll("(?m)^2\\.重复申请 \\|.*\n", "");
        assertThat(errors(parse("copy.txt", rowLeftOut))).contains("APP-006 三");
    }
}
