package org.ogicheck.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Result;
import org.ogicheck.model.Cell;
import org.ogicheck.model.Claim;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Value;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.Document;
import org.ogicheck.read.Readers;
import org.ogicheck.read.Scans;

/**
 * Scans of the corpus PDFs (their table pages, or every page, rendered by PDFBox and put back as
 * images with no text layer) read by OCR: at 300 and 150 dpi and with noise and a slight rotation no
 * ERROR the text twin lacks, and no cell the rules judge holds another number than its twin's; every
 * page scanned at 300 dpi, exactly the text twin's ERRORs (see the README's accuracy table). The cell
 * accuracy of tables 二, 三 and 四 against the text twin, and the claims read from the whole scans, are
 * written to target/ocr-accuracy.md (and quoted in the README).
 */
class ScanTest {
    private static final Map<Path, Result> CHECKED = new HashMap<>();
    /** "dpi|report" → {right, unreadable, wrong, not found, right and judged, cells of the twin, judged and another number} */
    private static final Map<String, int[]> ACCURACY = new TreeMap<>();
    /** report → {claims with a number read from its whole 300 dpi scan, from its text twin} */
    private static final Map<String, int[]> CLAIMS = new TreeMap<>();

    static Path pdf(String name) {
        return TestSupport.CORPUS.resolve("pdf").resolve(name + ".pdf");
    }

    static synchronized Result check(Path file) throws Exception {
        Result r = CHECKED.get(file);
        if (r == null) {
            r = TestSupport.engine().check(file, ReportParser.Options.NONE, "zh");
            CHECKED.put(file, r);
        }
        return r;
    }

    static List<String> errors(Result r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) if (f.getSeverity() == org.ogicheck.model.Severity.ERROR) out.add(f.getRuleId());
        out.sort(null);
        return out;
    }

    static Result twin(String name) throws Exception {
        return check(TestSupport.CORPUS.resolve("text").resolve(name + ".txt"));
    }

    static Path scan(String name, float dpi, double degrees, boolean noise) throws Exception {
        return Scans.scanned(pdf(name), Scans.tablePages(pdf(name)), dpi, degrees, noise);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023_hongzequ_county", "2024_hongzequ_county", "2024_huaian_city"})
    void at300DpiNoFalseError(String name) throws Exception {
        Result scanned = check(scan(name, 300, 0, false));
        measure("300 dpi", name, scanned);
        assertThat(errors(scanned)).isSubsetOf(errors(twin(name)));
        assertThat(scanned.findings()).anySatisfy(f -> assertThat(f.getEvidence()).containsEntry("source", "文字识别（OCR）"));
    }

    /** a whole scan, as a scanner gives it: every page an image, the title and the narrative read by OCR too */
    static Path whole(String name, float dpi) throws Exception {
        return Scans.scanned(pdf(name), null, dpi, 0, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023_hongzequ_county", "2024_hongzequ_county", "2024_huaian_city"})
    void everyPageScannedAt150DpiNoFalseError(String name) throws Exception {
        Result scanned = check(whole(name, 150));
        measure("150 dpi", name, scanned);
        assertThat(errors(scanned)).isSubsetOf(errors(twin(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023_hongzequ_county", "2024_hongzequ_county", "2024_huaian_city"})
    void everyPageScannedAt300DpiGivesExactlyTheTextTwinsErrors(String name) throws Exception {
        // the title, the headings and the narrative read by OCR too (the tests above scan the table pages
        // only): the year from the title, no heading misread into a SEC finding, the narrative's claims
        // (2024 洪泽's 受理申请 17 件 against 本年新收 95: TXT-002)
        Result scanned = check(whole(name, 300));
        assertThat(scanned.parsed().report().getYear()).isEqualTo(twin(name).parsed().report().getYear());
        assertThat(errors(scanned)).isEqualTo(errors(twin(name)));
        claims(name, scanned);
    }

    /**
     * The narrative's claims with a number read from a whole scan against the text twin's: a number OCR
     * was not sure of is no claim, so a scan may state fewer numbers, never another (a misread word
     * may change what a number is taken to count: 沿未审结37件 is a mere count).
     */
    static void claims(String name, Result scanned) throws Exception {
        List<String> fromTwin = numbered(twin(name));
        List<String> fromScan = numbered(scanned);
        List<String> left = new ArrayList<>(fromTwin);
        for (String c : fromScan) assertThat(left.remove(c)).as("claim %s of the scan of %s is the twin's", c, name).isTrue();
        synchronized (CLAIMS) {
            CLAIMS.put(name, new int[] {fromScan.size(), fromTwin.size()});
        }
    }

    static List<String> numbered(Result r) {
        List<String> out = new ArrayList<>();
        for (Object o : TestSupport.engine().claims(r.parsed())) {
            if (o instanceof Claim c && c.getNumber() != null) out.add(c.getNumber().toPlainString());
        }
        return out;
    }

    @Test
    void theApplicationsDefectOf2024HongzeIsFoundOnIts300DpiScan() throws Exception {
        // 受理申请 17 件 against 本年新收 95 (TXT-002 in the text twin): table 三's row labels, misread in
        // its thin Song type, are the format's words again, and 本年新收's unsure 总计 is the sum of its read columns
        String name = "2024_hongzequ_county";
        assertThat(errors(check(scan(name, 300, 0, false)))).contains("TXT-002").isEqualTo(errors(twin(name)));
    }

    @Test
    void theLitigationDefectsOf2023HongzeAreFoundOnItsScans() throws Exception {
        // 行政复议 10+1 and 复议后起诉 5 with 总计 0 (LIT-001 ×2 in the text twin): on the scans each row
        // is that ERROR, or — when OCR read its digits below the confidence threshold — a LIT-001
        // WARNING naming the unsure cells and their readings (可能为识别错误); never silence
        String name = "2023_hongzequ_county";
        // at 300 dpi both, like the text twin: the unsure digits of 行政复议 are read again, by the other model
        assertThat(errors(check(scan(name, 300, 0, false)))).isEqualTo(errors(twin(name)));
        for (Result scanned : List.of(check(scan(name, 300, 0, false)), check(scan(name, 300, 0.7, true)), check(whole(name, 150)))) {
            assertThat(errors(scanned)).contains("LIT-001");
            for (Finding f : twin(name).findings()) {
                if (!f.getRuleId().equals("LIT-001")) continue;
                assertThat(scanned.findings()).as("LIT-001 on %s", f.getRow()).anySatisfy(g -> {
                    assertThat(g.getRuleId()).isEqualTo("LIT-001");
                    assertThat(g.getRow()).isEqualTo(f.getRow());
                    if (g.getSeverity() != org.ogicheck.model.Severity.ERROR) {
                        assertThat(g.getEvidence()).containsEntry("note", "可能为识别错误").containsKey("unsure");
                    }
                });
            }
        }
    }

    @Test
    void aScannedOfdIsReadByOcrLikeAScannedPdf() throws Exception {
        // the OFD twin of 2024 洪泽 whose table pages are images of the pages at 300 dpi: read by OCR,
        // exactly the text twin's ERRORs (its TXT-002 included), as from the 300 dpi scanned PDF
        String name = "2024_hongzequ_county";
        Result scanned = check(Scans.scannedOfd(pdf(name), 300));
        assertThat(scanned.parsed().report().getOcrPages()).containsExactlyInAnyOrderElementsOf(Scans.tablePages(pdf(name)));
        assertThat(errors(scanned)).contains("TXT-002").isEqualTo(errors(twin(name)));
        assertThat(scanned.findings()).anySatisfy(f -> assertThat(f.getEvidence()).containsEntry("source", "文字识别（OCR）"));
    }

    @Test
    void noiseAndASlightRotationGiveNoFalseError() throws Exception {
        String name = "2023_hongzequ_county";
        Result scanned = check(scan(name, 300, 0.7, true));
        measure("300 dpi, noise, 0.7°", name, scanned);
        assertThat(errors(scanned)).isSubsetOf(errors(twin(name)));
    }

    @Test
    void onlyThePagesWithoutTextAreReadByOcr() throws Exception {
        // page 3 of 淮安 2024 (table 二) scanned, the other pages with their text layer
        Document d = Readers.read(Scans.scanned(pdf("2024_huaian_city"), Set.of(3), 300, 0, false));
        assertThat(d.meta()).containsEntry("ocr", "3");
        assertThat(d.blocks().get(0).text()).contains("淮安市人民政府");
        List<String> rows = d.blocks().stream().filter(b -> b.isRow() && b.src().page() == 3).map(b -> b.text()).toList();
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("行政许可").contains("447228"));
    }

    @Test
    void aPageImageIsReadWithItsTable() throws Exception {
        Path png = Path.of("target", "scan-cache", "2024_huaian_city-p3-150dpi.png");
        if (!Files.exists(png)) {
            Files.createDirectories(png.getParent());
            Files.write(png, Scans.png(pdf("2024_huaian_city"), 3, 150));
        }
        Document d = Readers.read(png);
        assertThat(d.format()).isEqualTo("png");
        assertThat(d.meta()).containsEntry("ocr", "1");
        List<String> rows = d.blocks().stream().filter(b -> b.isRow()).map(b -> b.text()).toList();
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("447228"));
    }

    /**
     * Cells of 二/三/四 compared with the text twin, as the reader read them (before the parser
     * withholds unsure rows): right (same kind and number), unreadable ([识别存疑:…]), wrong (another
     * number or text: the dangerous case), not found (row or column not recognised); and how many
     * right cells the rules may judge (not withheld).
     */
    static void measure(String dpi, String name, Result scanned) throws Exception {
        Map<String, Value> expected = cells(twin(name), false);
        Map<String, Value> read = cells(scanned, true);
        Map<String, Value> judged = cells(scanned, false);
        int[] v = new int[7];
        for (Map.Entry<String, Value> e : expected.entrySet()) {
            Value g = read.get(e.getKey());
            if (g == null) v[3]++;
            else if (same(e.getValue(), g)) {
                v[0]++;
                if (same(e.getValue(), judged.get(e.getKey()))) v[4]++;
            } else if (g.getKind() == Value.Kind.UNREADABLE) v[1]++;
            else v[2]++;
            Value j = judged.get(e.getKey());
            if (j != null && j.getNumber() != null && e.getValue().getNumber() != null && !same(e.getValue(), j)) v[6]++;
        }
        v[5] = expected.size();
        // a misread digit never reaches the rules: no cell they judge holds another number than its twin's
        assertThat(v[6]).as("judged cells of %s at %s that hold another number", name, dpi).isZero();
        synchronized (ACCURACY) {
            ACCURACY.put(dpi + "|" + name, v);
        }
    }

    static boolean same(Value a, Value b) {
        if (b == null || a.getKind() != b.getKind()) return false;
        return a.getNumber() == null ? b.getNumber() == null : b.getNumber() != null && a.getNumber().compareTo(b.getNumber()) == 0;
    }

    static Map<String, Value> cells(Result r, boolean asRead) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Cell c : r.parsed().cells()) {
            if (!c.getTable().startsWith("A20.") && !c.getTable().equals("APP") && !c.getTable().equals("LIT")) continue;
            out.put(c.getTable() + "/" + c.getRow() + "/" + c.getColumn(), asRead ? c.getRead() : c.getValue());
        }
        return out;
    }

    @AfterAll
    static void writeAccuracy() throws Exception {
        if (ACCURACY.isEmpty() && CLAIMS.isEmpty()) return;
        StringBuilder sb = new StringBuilder("| scan | report | cells | read right | unreadable | read wrong | not found | right and judged | judged wrong |\n"
            + "|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, int[]> e : ACCURACY.entrySet()) {
            String[] k = e.getKey().split("\\|");
            int[] v = e.getValue();
            sb.append("| ").append(k[0]).append(" | ").append(k[1]).append(" | ").append(v[5]).append(" | ")
                .append(String.format("%d (%.0f %%)", v[0], 100.0 * v[0] / v[5])).append(" | ").append(v[1]).append(" | ")
                .append(v[2]).append(" | ").append(v[3]).append(" | ").append(v[4]).append(" | ").append(v[6]).append(" |\n");
        }
        sb.append("\n| whole scan, 300 dpi | claims with a number | of the text twin's |\n|---|---|---|\n");
        for (Map.Entry<String, int[]> e : CLAIMS.entrySet()) {
            sb.append("| ").append(e.getKey()).append(" | ").append(e.getValue()[0]).append(" | ").append(e.getValue()[1]).append(" |\n");
        }
        Files.writeString(Path.of("target", "ocr-accuracy.md"), sb.toString());
        System.out.println(sb);
    }
}
