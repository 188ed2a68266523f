package org.ogicheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Result;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Severity;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.Readers;

/**
 * A sum of a table that cannot be judged only because OCR read some of its cells below the
 * confidence threshold ({@code [识别存疑:N]}, the raw best reading) gives a WARNING of that sum's rule
 * naming the unsure cells and their readings — never an ERROR, never silence. Cells written as the
 * OCR reader writes them into the corpus's text reports (the rules judge a cell by its value, not by
 * the file it came from).
 */
class UnsureOcrCellsTest {
    static Result check(String name, String from, String to) throws Exception {
        String text = Files.readString(TestSupport.corpus("text/" + name + ".txt"));
        assertThat(text).contains(from);
        String changed = text.replace(from, to);
        return TestSupport.engine().check(new ReportParser().parse(Readers.read(name + ".txt", changed.getBytes(StandardCharsets.UTF_8)),
            ReportParser.Options.NONE), "zh");
    }

    static List<Finding> of(Result r, String rule, String row) {
        return r.findings().stream().filter(f -> f.getRuleId().equals(rule) && row.equals(f.getRow())).toList();
    }

    /**
     * A stated total and its listed parts (TXT-001) on a scanned page: OCR may lose a part's number with no trace a
     * number reader can see — 2020 江干 scanned at 200 dpi read "信息公开指南1条" as "信息公开指南条", and the parts added to
     * 270 against the stated 272, a false ERROR. On a page read by OCR the finding is a WARNING that may be a misreading;
     * the same text not from a scan keeps its ERROR.
     */
    @Test
    void aListWhosePartLostItsNumberOnAScanIsAWarning() throws Exception {
        String text = Files.readString(TestSupport.corpus("text/2020_jianggan_amr_department.txt"))
            .replace("信息公开指南1条", "信息公开指南条");
        var parsed = new ReportParser().parse(Readers.read("jianggan.txt", text.getBytes(StandardCharsets.UTF_8)), ReportParser.Options.NONE);
        assertThat(TestSupport.engine().check(parsed, "zh").findings()).filteredOn(f -> f.getRuleId().equals("TXT-001"))
            .singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));

        parsed.report().setOcrPages(java.util.Set.of(1));
        assertThat(TestSupport.engine().check(parsed, "zh").findings()).filteredOn(f -> f.getRuleId().equals("TXT-001"))
            .singleElement().satisfies(f -> {
                assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
                assertThat(f.getEvidence()).containsEntry("note", "可能为识别错误");
            });
    }

    @Test
    void aLitigationRowWithUnsureDigitsThatDoNotAddUpIsAWarningNamingThem() throws Exception {
        // 2023 洪泽: 行政复议 10+1+0+0 with 总计 0 (a real LIT-001); its 1 and the two 0s read unsure
        Result r = check("2023_hongzequ_county", "10 | 1 | 0 | 0 | 0 |", "10 | [识别存疑:1] | [识别存疑:0] | 0 | [识别存疑:0] |");
        List<Finding> lit = of(r, "LIT-001", "review");
        assertThat(lit).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getEvidence()).containsEntry("note", "可能为识别错误").containsEntry("expected", 11L).containsEntry("actual", 0L);
            assertThat(f.getMessage()).contains("结果纠正“1”").contains("其他结果“0”").contains("总计“0”")
                .contains("10 + 1 + 0 + 0 = 11").contains("不等");
            assertThat(f.getPoints()).isZero();
        });
        // the unsure digits are that warning's, not "not a whole number"; the other row's real LIT-001 stays an ERROR
        assertThat(of(r, "LIT-002", "review")).isEmpty();
        assertThat(of(r, "LIT-001", "afterReview")).singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void unsureDigitsThatAddUpStillSayTheRowWasNotChecked() throws Exception {
        Result r = check("2023_hongzequ_county", "10 | 1 | 0 | 0 | 0 | 0 |", "10 | 1 | 0 | 0 | 0 | [识别存疑:0] |");
        assertThat(of(r, "LIT-001", "direct")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getMessage()).contains("无法核对").contains("结果维持“0”").contains("相等");
            // readings that balance show no misreading: the note says the row is unchecked, not that OCR erred
            assertThat(f.getEvidence()).containsEntry("note", "识别存疑，无法核对");
        });
    }

    @Test
    void anUnsureCellReadAsNoNumberGivesNoSuchWarning() throws Exception {
        // a reading that is no number names nothing to add up: LIT-002 says the cell is no number
        Result r = check("2023_hongzequ_county", "10 | 1 | 0 | 0 | 0 |", "10 | [识别存疑:1a] | 0 | 0 | 0 |");
        assertThat(of(r, "LIT-001", "review")).isEmpty();
        assertThat(of(r, "LIT-002", "review")).isNotEmpty();
    }

    @Test
    void anOutcomeColumnWithAnUnsureCellIsAWarningOfItsTotal() throws Exception {
        // 2024 淮安: （一）予以公开 of 自然人 read unsure; the column's （七）总计 against its outcomes (APP-002)
        // cannot be judged, and says so with the reading — misread (1238: they do not add up) or not (1288)
        String row = "（一）予以公开 | 1288 | 21 |";
        for (String reading : List.of("1238", "1288")) {
            Result r = check("2024_huaian_city", row, row.replace("1288", "[识别存疑:" + reading + "]"));
            assertThat(r.findings().stream().filter(f -> f.getRuleId().equals("APP-002")).toList()).singleElement().satisfies(f -> {
                assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
                assertThat(f.getColumn()).isEqualTo("natural");
                assertThat(f.getMessage()).contains("“" + reading + "”").contains(reading.equals("1288") ? "相等" : "不等");
                assertThat(f.getEvidence()).containsEntry("note", reading.equals("1288") ? "识别存疑，无法核对" : "可能为识别错误");
                assertThat(f.getPoints()).isZero();
            });
        }
    }

    @Test
    void applicationsColumnsAndRowsWithUnsureCellsAreWarnings() throws Exception {
        // 2024 淮安: the 本年新收 row; its 总计 read unsure withholds the row (PARSE-001), and both sums
        // through it are named instead of left unchecked
        String row = "一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119 |";
        Result r = check("2024_huaian_city", row, row.replace("3119", "[识别存疑:3119]"));
        List<String> errors = r.findings().stream().filter(f -> f.getSeverity() == Severity.ERROR).map(Finding::getRuleId).toList();
        assertThat(errors).doesNotContain("APP-001", "APP-003");
        assertThat(of(r, "APP-003", "received")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getMessage()).contains("总计“3119”").contains("相等");
        });
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.getRuleId()).isEqualTo("APP-001");
            assertThat(f.getColumn()).isEqualTo("total");
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getMessage()).contains("本年新收政府信息公开申请数量“3119”");
        });
    }
}
