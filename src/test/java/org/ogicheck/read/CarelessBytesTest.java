package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.app.Result;
import org.ogicheck.model.Finding;
import org.ogicheck.parse.ReportParser;

/** A few bytes that are no character are replaced and named by line (PARSE-003); a mostly undecodable file is unreadable. */
class CarelessBytesTest {
    private static byte[] report() throws Exception {
        return Files.readAllBytes(TestSupport.FIXTURES.resolve("reports/2020_jianggan_amr_department.txt"));
    }

    /** the report with {@code bad} inserted at the start of line {@code line} (1-based) */
    private static byte[] withBytesAtLine(byte[] text, int line, byte... bad) {
        int at = 0;
        for (int l = 1; l < line; l++) at = indexOf(text, (byte) '\n', at) + 1;
        byte[] out = new byte[text.length + bad.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        System.arraycopy(text, at, out, at + bad.length, text.length - at);
        return out;
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) if (b[i] == x) return i;
        return -1;
    }

    private static Result check(String name, byte[] bytes) throws Exception {
        return TestSupport.engine().check(Ogicheck.parse(name, bytes, ReportParser.Options.NONE), "zh");
    }

    @Test
    void aNulAnInvalidSequenceAndACutCharacterAreReplacedAndNamedByLine() throws Exception {
        byte[] base = report();
        Result clean = check("clean.txt", base);
        for (byte[] bad : new byte[][] {{0}, {(byte) 0xFF}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0x80, (byte) 0xC0}}) {
            Result r = check("careless.txt", withBytesAtLine(base, 12, bad));
            assertThat(r.findings()).filteredOn(f -> f.getRuleId().equals("PARSE-003")).singleElement().satisfies(f -> {
                assertThat(f.getSrc().line()).isEqualTo(12);
                assertThat(f.getSeverity()).isEqualTo(org.ogicheck.model.Severity.WARNING);
                assertThat(f.getMessage()).contains("第12行").contains("无法解码");
            });
            // nothing else changes: the same findings as the clean report, PARSE-003 aside
            assertThat(r.findings().stream().filter(f -> !f.getRuleId().equals("PARSE-003")).map(Finding::getRuleId).toList())
                .isEqualTo(clean.findings().stream().map(Finding::getRuleId).toList());
        }
        byte[] cut = java.util.Arrays.copyOf(base, base.length - 2); // inside 。 of the last line, 无。 (line 65, no line end)
        Result r = check("cut.txt", cut);
        assertThat(r.findings()).filteredOn(f -> f.getRuleId().equals("PARSE-003")).singleElement()
            .satisfies(f -> assertThat(f.getSrc().line()).isEqualTo(65));
    }

    @Test
    void theSameInAnHtmlPage() throws Exception {
        byte[] page = Files.readAllBytes(TestSupport.corpus("html/2023_shuyang_fagaiju_department.html"));
        Document doc = Readers.read("p.html", withBytesAtLine(page, 40, (byte) 0xFF));
        assertThat(doc.issues()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(Document.Issue.Kind.BYTES);
            assertThat(i.src().line()).isEqualTo(40);
        });
    }

    @Test
    void aMostlyUndecodableFileIsUnreadable() throws Exception {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        assertThatThrownBy(() -> Readers.read("noise.txt", noise)).isInstanceOf(ReadException.class)
            .hasMessageStartingWith("noise.txt").hasMessageNotContaining("\n");
        // a UTF-16 file without BOM: NUL in every other byte
        byte[] utf16 = "一、总体情况\n二、主动公开政府信息情况\n".repeat(50).getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> Readers.read("u16.txt", utf16)).isInstanceOf(ReadException.class);
        // past the budget: 40 stray bytes in a readable report
        byte[] many = report();
        for (int k = 0; k < 40; k++) many = withBytesAtLine(many, 2 + k, (byte) 0xFF);
        byte[] tooMany = many;
        assertThatThrownBy(() -> Readers.read("many.txt", tooMany)).isInstanceOf(ReadException.class);
    }

    @Test
    void aGbkReportStaysGbk() throws Exception {
        byte[] gbk = new String(report(), StandardCharsets.UTF_8).getBytes("GBK");
        Document doc = Readers.read("gbk.txt", gbk);
        assertThat(doc.issues()).isEmpty();
        assertThat(doc.blocks().get(0).text()).isEqualTo("一、总体情况");
    }
}
