package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogicheck.cli.CheckCorpusTest.check;
import static org.ogicheck.cli.CheckCorpusTest.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defects injected into the clean 2020 江干区 report are each reported by the rule the catalogue names, and by no unrelated ERROR. */
class InjectedDefectsTest {
    private static final Path CLEAN = Path.of("fixtures/reports/2020_jianggan_amr_department.txt");

    @TempDir
    Path tmp;

    private JsonNode checkModified(UnaryOperator<String> change) throws IOException {
        String text = Files.readString(CLEAN, StandardCharsets.UTF_8);
        String changed = change.apply(text);
        assertThat(changed).as("the injection changed the report").isNotEqualTo(text);
        Path f = tmp.resolve("report.txt");
        Files.writeString(f, changed, StandardCharsets.UTF_8);
        return check(f.toString());
    }

    @Test
    void unbalancedColumn() throws IOException {
        JsonNode r = checkModified(t -> t.replace("一、本年新收政府信息公开申请数量 | 29 | 2 | 0 | 0 | 0 | 0 | 31 |",
            "一、本年新收政府信息公开申请数量 | 30 | 2 | 0 | 0 | 0 | 0 | 32 |"));
        // the narrative's "收到…31件" no longer agrees with the changed 本年新收 total either
        assertThat(ids(r, "ERROR")).containsExactlyInAnyOrder("APP-001", "APP-001", "TXT-002");
    }

    @Test
    void changedApplicationsTotal() throws IOException {
        JsonNode r = checkModified(t -> t.replace("(七)总计 | 29 | 2 | 0 | 0 | 0 | 0 | 31 |", "(七)总计 | 29 | 2 | 0 | 0 | 0 | 0 | 33 |"));
        assertThat(ids(r, "ERROR")).containsExactlyInAnyOrder("APP-001", "APP-002", "APP-003");
    }

    @Test
    void changedLitigationTotal() throws IOException {
        JsonNode r = checkModified(t -> t.replaceFirst("(?m)^0 \\| 0 \\| 0 \\| 0 \\| 0 \\|", "0 | 0 | 0 | 0 | 3 |"));
        assertThat(ids(r, "ERROR")).containsExactly("LIT-001");
    }

    @Test
    void droppedSection() throws IOException {
        JsonNode r = checkModified(t -> t.replaceFirst("(?s)五、存在的主要问题及改进情况\n.*?\n六、", "六、"));
        assertThat(ids(r, "ERROR")).containsExactly("SEC-001");
        assertThat(CheckCorpusTest.find(r, "SEC-001").get("location").get("section").asText()).isEqualTo("五");
    }

    @Test
    void droppedArticle20Block() throws IOException {
        JsonNode r = checkModified(t -> t.replaceFirst("(?s)第二十条第\\(八\\)项.*?(第二十条第\\(九\\)项)", "$1"));
        assertThat(ids(r, "ERROR")).containsExactly("A20-001");
        assertThat(CheckCorpusTest.find(r, "A20-001").get("location").get("table").asText()).isEqualTo("A20.八");
    }

    @Test
    void year2021OnThe2019Layout() throws IOException {
        JsonNode r = checkModified(t -> t.replace("统计期限为2020年1月1日至12月31日", "统计期限为2021年1月1日至12月31日"));
        assertThat(r.get("report").get("year").asInt()).isEqualTo(2021);
        assertThat(ids(r, "ERROR")).containsExactly("FMT-001");
    }

    @Test
    void blankCellIsReportedAndNeverReadAsZero() throws IOException {
        JsonNode r = checkModified(t -> t.replace("(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 2 |",
            "(二)部分公开(区分处理的,只计这一情形,不计其他情形) |  |"));
        assertThat(ids(r, "ERROR")).isEmpty();
        JsonNode blank = CheckCorpusTest.find(r, "APP-005");
        assertThat(blank.get("location").get("column").asText()).isEqualTo("natural");
    }

    @Test
    void everyInjectionOnlyAddsFindingsOfItsOwnFamily() throws IOException {
        JsonNode clean = check(CLEAN.toString());
        assertThat(ids(clean, "ERROR")).isEmpty();
        assertThat(ids(clean, "WARNING")).containsExactlyInAnyOrder("A20-006", "A20-008");
        assertThat(List.of(clean.get("report").get("edition").asText())).containsExactly("2019");
    }
}
