package org.ogicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Severity;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.Borderless;

/**
 * A table drawn without ruling lines that the reader sees but cannot rebuild (here table 四 with
 * its header left out: no column names to place its 15 numbers under) is a PARSE-001 of its
 * section — the table is there, its rules do not judge it — and not SEC-004 (a section without its
 * table). The PDF is laid out from the corpus text with PdfLayout and its lines taken out.
 */
class BorderlessNotRebuiltTest {
    @TempDir
    Path tmp;

    Result check(List<String> lines, String name) throws Exception {
        Path pdf = tmp.resolve(name + ".pdf");
        Files.write(pdf, PdfLayout.write(lines, null));
        Path borderless = tmp.resolve(name + "-borderless.pdf");
        Files.write(borderless, Borderless.of(pdf));
        return TestSupport.engine().check(borderless, ReportParser.Options.NONE, "zh");
    }

    static List<String> ids(Result r, Severity s) {
        return r.findings().stream().filter(f -> f.getSeverity() == s).map(Finding::getRuleId).sorted().toList();
    }

    @Test
    void aBorderlessTableThatCannotBeRebuiltIsAParseFindingOfItsSection() throws Exception {
        List<String> lines = Files.readAllLines(TestSupport.corpus("text/2023_hongzequ_county.txt"));
        List<String> headless = new ArrayList<>();
        boolean inLit = false;
        for (String l : lines) {
            if (l.startsWith("四、")) inLit = true;
            else if (l.startsWith("五、")) inLit = false;
            if (inLit && (l.contains("结果维持") || l.startsWith("行政复议"))) continue;
            headless.add(l);
        }
        assertThat(headless).hasSize(lines.size() - 3);
        Result whole = check(lines, "whole");
        Result r = check(headless, "headless");
        // the control: laid out with its header, the borderless table 四 is rebuilt and judged
        assertThat(whole.findings()).anySatisfy(f -> assertThat(f.getRuleId()).isEqualTo("LIT-001"));
        assertThat(r.findings()).filteredOn(f -> f.getRuleId().equals("SEC-004")).isEmpty();
        assertThat(r.parsed().cells()).noneMatch(c -> c.getTable().equals("LIT"));
        assertThat(r.findings()).filteredOn(f -> f.getRuleId().equals("PARSE-001") && "四".equals(f.getSection()))
            .singleElement().satisfies(f -> assertThat(f.getMessage()).contains("无框线表格"));
        // nothing of table 四 is judged; the other ERRORs are those of the table read whole
        assertThat(ids(r, Severity.ERROR)).isEqualTo(ids(whole, Severity.ERROR).stream().filter(id -> !id.startsWith("LIT")).toList());
    }
}
