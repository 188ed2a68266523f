package org.ogicheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Cell;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Value;
import org.ogicheck.read.TextReader;

/**
 * Table 三 of a real report (2020 杭州市江干区市场监督管理局, corpus text) with a column more than the
 * format (法人或其他组织 小计) or one fewer (no 其他): cells are matched to their columns by the header's
 * names when each row has one value per header column; a column the header lacks is missing and said once
 * (PARSE-001), the other columns are judged as usual.
 */
class HeaderColumnsTest {
    private static final String FILE = "text/2020_jianggan_amr_department.txt";

    private static ParsedReport parse(String text) throws Exception {
        return new ReportParser().parse(new TextReader().read("t", text.getBytes(StandardCharsets.UTF_8)), ReportParser.Options.NONE);
    }

    private static List<String> appCells(ParsedReport p) {
        List<String> out = new ArrayList<>();
        for (Cell c : p.cells()) if (c.getTable().equals("APP")) out.add(c.getRow() + " " + c.getColumn() + " " + c.getValue().display());
        out.sort(null);
        return out;
    }

    /** the report with a 小计 column after 其他 (the five organisations added up) in table 三, or with 其他 dropped */
    private static String edit(String text, boolean extra) {
        StringBuilder out = new StringBuilder();
        boolean inApp = false;
        for (String line : text.split("\n", -1)) {
            if (line.contains("勾稽")) inApp = true;
            if (line.startsWith("行政复议 |")) inApp = false;
            if (inApp && line.startsWith("商业企业 |")) {
                line = extra ? line.replace("其他 |", "其他 | 小计 |") : line.replace(" 其他 |", "");
            } else if (inApp && line.contains("|")) {
                List<String> cells = new ArrayList<>(List.of(line.split("\\|", -1)));
                int first = -1;
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i).strip().matches("\\d+")) {
                        first = i;
                        break;
                    }
                }
                if (first >= 0 && first + 6 < cells.size()) {
                    if (extra) {
                        long sum = 0;
                        for (int i = first + 1; i <= first + 5; i++) sum += Long.parseLong(cells.get(i).strip());
                        cells.add(first + 6, " " + sum + " ");
                    } else {
                        cells.remove(first + 5);
                        // the row ends after its last value, as a table without that column would
                        while (cells.size() > first + 6) cells.remove(cells.size() - 1);
                        cells.add(" ");
                    }
                    line = String.join("|", cells);
                }
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    @Test
    void anExtraColumnNamedByTheHeaderIsLeftOutAndTheOthersKeepTheirColumns() throws Exception {
        String text = Files.readString(TestSupport.corpus(FILE), StandardCharsets.UTF_8);
        String extra = edit(text, true);
        assertThat(extra).contains("其他 | 小计 |").isNotEqualTo(text);
        ParsedReport original = parse(text);
        ParsedReport withExtra = parse(extra);
        assertThat(appCells(original)).hasSizeGreaterThan(100).matches(l -> l.size() % 7 == 0);
        assertThat(appCells(withExtra)).isEqualTo(appCells(original));
        assertThat(withExtra.issues()).noneMatch(i -> "LAYOUT".equals(i.kind()) && "APP".equals(i.table()));
    }

    @Test
    void aMissingColumnIsReadByTheHeaderAndSaidOnce() throws Exception {
        String text = Files.readString(TestSupport.corpus(FILE), StandardCharsets.UTF_8);
        String missing = edit(text, false);
        assertThat(missing).doesNotContain("法律服务机构 | 其他 |");
        ParsedReport original = parse(text);
        ParsedReport p = parse(missing);
        // six values under six named columns: each value in its column by the header's name, 其他 missing
        List<String> expected = new ArrayList<>();
        for (String c : appCells(original)) expected.add(c.contains(" otherOrg ") ? c.replaceAll(" [^ ]+$", " （缺）") : c);
        assertThat(appCells(p)).isEqualTo(expected).anyMatch(c -> c.startsWith("received natural "));
        assertThat(p.cells()).filteredOn(c -> c.getTable().equals("APP") && c.getColumn().equals("otherOrg"))
            .isNotEmpty().allMatch(c -> c.getValue().getKind() == Value.Kind.MISSING);
        // said once, as a column the rules do not judge; no row withheld
        assertThat(p.issues()).filteredOn(i -> "APP".equals(i.table())).singleElement()
            .satisfies(i -> assertThat(i.kind()).isEqualTo("COLUMN")).satisfies(i -> assertThat(i.detail().toString()).contains("其他"));
        List<String> findings = new ArrayList<>();
        for (Finding f : TestSupport.engine().check(p, "zh").findings()) findings.add(f.getRuleId() + " " + f.getSeverity());
        assertThat(findings).contains("PARSE-001 WARNING").noneMatch(f -> f.endsWith("ERROR"));
    }
}
