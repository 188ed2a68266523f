package org.ogicheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.model.Finding;
import org.ogicheck.parse.ReportParser;

/** The compiled-rules cache: same findings as a compile, an edited rule recompiled, a damaged cache rebuilt. */
class RuleCacheTest {
    @TempDir
    Path tmp;
    private String before;

    @BeforeEach
    void useTempCache() {
        before = System.getProperty("ogicheck.cache");
        System.setProperty("ogicheck.cache", tmp.resolve("cache").toString());
    }

    @AfterEach
    void restore() {
        if (before == null) System.clearProperty("ogicheck.cache");
        else System.setProperty("ogicheck.cache", before);
    }

    private static List<String> findings(RuleSet rules, Path report) throws Exception {
        return new Ogicheck(rules).check(report, ReportParser.Options.NONE, "zh").findings().stream()
            .map(f -> f.getRuleId() + " " + f.getSeverity() + " " + f.getMessage() + " " + f.getPoints()).toList();
    }

    private List<Path> cacheFiles() throws Exception {
        Path dir = tmp.resolve("cache");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("rules-")).toList();
        }
    }

    private List<Path> sheetFiles() throws Exception {
        try (Stream<Path> s = Files.list(tmp.resolve("cache"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("sheet-")).toList();
        }
    }

    @Test
    void secondLoadComesFromTheCacheWithTheSameFindingsOnEveryCorpusText() throws Exception {
        Path rules = TestSupport.copyRules(tmp.resolve("rules"));
        RuleSet compiled = RuleSet.load(List.of(rules));
        assertThat(compiled.fromCache()).isFalse();
        assertThat(cacheFiles()).hasSize(1);
        RuleSet cached = RuleSet.load(List.of(rules));
        assertThat(cached.fromCache()).isTrue();
        assertThat(cached.rules().keySet()).isEqualTo(compiled.rules().keySet());
        try (Stream<Path> s = Files.list(TestSupport.CORPUS.resolve("text"))) {
            for (Path report : s.sorted().toList()) {
                assertThat(findings(cached, report)).as(report.toString()).isEqualTo(findings(compiled, report));
            }
        }
    }

    /**
     * A decision table's generated DRL is kept by the spreadsheet's hash (no POI at start-up when the
     * table did not change); an entry that fails its checksum is ignored, and an edited sheet is read again.
     */
    @Test
    void aSpreadsheetsGeneratedRulesAreKeptAndAChangedEntryIsIgnored() throws Exception {
        Path rules = TestSupport.copyRules(tmp.resolve("rules"));
        Path report = TestSupport.CORPUS.resolve("text").resolve("2023_pingtan_city.txt");
        List<String> want = findings(RuleSet.load(List.of(rules)), report);
        assertThat(sheetFiles()).hasSize(1);
        Path sheet = sheetFiles().get(0);
        assertThat(Files.readString(sheet)).contains("rule \"A20-002 2021版第（一）项 规章\"");

        // an entry changed by hand (here: a rule that would report every report) fails its checksum: not used
        Files.writeString(sheet, Files.readString(sheet).replace("not Cell(table == $t.id, row == $row)", "eval(true)"));
        for (Path f : cacheFiles()) Files.delete(f);
        assertThat(findings(RuleSet.load(List.of(rules)), report)).isEqualTo(want);
        assertThat(Files.readString(sheet)).doesNotContain("eval(true)");
    }

    @Test
    void anEditedRuleIsCompiledAgainAndTakesEffect() throws Exception {
        Path rules = TestSupport.copyRules(tmp.resolve("rules"));
        Path report = Path.of("fixtures/reports/2020_jianggan_amr_department.txt");
        assertThat(findings(RuleSet.load(List.of(rules)), report)).anyMatch(f -> f.startsWith("A20-006"));
        Path a20 = rules.resolve("article20.dslr");
        Files.writeString(a20, Files.readString(a20).replace("第二十条各表 任一“本年增/减”单元格", "年度报告 使用2021年格式\n    第二十条各表 任一“本年增/减”单元格"));
        RuleSet edited = RuleSet.load(List.of(rules));
        assertThat(edited.fromCache()).isFalse();
        assertThat(findings(edited, report)).noneMatch(f -> f.startsWith("A20-006"));
        assertThat(RuleSet.load(List.of(rules)).fromCache()).isTrue();
    }

    @Test
    void aBrokenEditIsReportedAsWithoutACache() throws Exception {
        Path rules = TestSupport.copyRules(tmp.resolve("rules"));
        RuleSet.load(List.of(rules));
        Path a20 = rules.resolve("article20.dslr");
        Files.writeString(a20, Files.readString(a20).replace("rule \"A20-006 change without direction\"", "rule \"A20-006 change without direction\" oops"));
        assertThatThrownBy(() -> RuleSet.load(List.of(rules))).isInstanceOf(RulesException.class)
            .hasMessageContaining("article20.dslr:");
    }

    @Test
    void aTruncatedOrForeignCacheFileIsRebuiltSilently() throws Exception {
        Path rules = TestSupport.copyRules(tmp.resolve("rules"));
        RuleSet.load(List.of(rules));
        Path file = cacheFiles().get(0);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
        RuleSet rebuilt = RuleSet.load(List.of(rules));
        assertThat(rebuilt.fromCache()).isFalse();
        // whole again; not byte for byte: generated class names carry JVM-wide counters, so a compile
        // after other tests' compiles may serialise a few bytes longer
        assertThat(Files.size(file)).isBetween(all.length - 1000L, all.length + 1000L);
        assertThat(RuleSet.load(List.of(rules)).fromCache()).isTrue();

        all[all.length - 10] ^= 0x55;
        Files.write(file, all);
        assertThat(RuleSet.load(List.of(rules)).fromCache()).as("a changed byte fails the checksum").isFalse();
        Files.write(file, "not a cache".getBytes());
        assertThat(RuleSet.load(List.of(rules)).fromCache()).isFalse();
    }

    @Test
    void offMeansNoCacheFile() throws Exception {
        System.setProperty("ogicheck.cache", "off");
        Path rules = TestSupport.copyRules(tmp.resolve("rules"));
        RuleSet.load(List.of(rules));
        assertThat(RuleSet.load(List.of(rules)).fromCache()).isFalse();
        assertThat(Files.exists(tmp.resolve("cache"))).isFalse();
    }

    @org.junit.jupiter.api.Test
    void theFolderKeepsOnlyTheMostRecentlyUsedEntries() throws Exception {
        // every build and rule change makes an entry of about 1 MB; the oldest beyond the limit go, the one in use stays
        Path dir = Files.createDirectories(tmp.resolve("pruned"));
        for (int i = 0; i < RuleCache.KEEP_RULES + 3; i++) {
            Path f = Files.writeString(dir.resolve("rules-" + i + ".bin"), "x");
            Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        // entry 0 is the oldest by its writing, but was just used
        Files.setLastModifiedTime(dir.resolve("rules-0.bin"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        Path other = Files.writeString(dir.resolve("notes.txt"), "not ours");
        RuleCache.prune(dir, "rules-", ".bin", RuleCache.KEEP_RULES);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("rules-")).sorted().toList())
                .hasSize(RuleCache.KEEP_RULES).contains("rules-0.bin", "rules-10.bin").doesNotContain("rules-1.bin", "rules-2.bin", "rules-3.bin");
        }
        assertThat(other).exists();
    }
}
