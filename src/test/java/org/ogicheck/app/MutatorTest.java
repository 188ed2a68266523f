package org.ogicheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Finding;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.TextReader;

/** Trainer mode: each mutation of a clean real report yields exactly its rule among the ERRORs. */
class MutatorTest {
    private static final Path JIANGGAN = Path.of("fixtures/reports/2020_jianggan_amr_department.txt");
    private static final List<String> ONLY_2021 = List.of("A20-004");

    private static Mutator mutator() {
        try {
            return Mutator.load(List.of(TestSupport.RULES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<String> rulesFor2019() {
        return mutator().rules().stream().filter(id -> !ONLY_2021.contains(id));
    }

    private static Result checkLines(List<String> lines) throws Exception {
        byte[] text = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return TestSupport.engine().check(new ReportParser().parse(new TextReader().read("mutated", text), ReportParser.Options.NONE), "zh");
    }

    private static void assertBreaks(Path report, String ruleId) throws Exception {
        Mutator.Source src = Mutator.source(report, ReportParser.Options.NONE);
        Result clean = TestSupport.engine().check(src.parsed(), "zh");
        Mutator.Mutation m = mutator().breakRule(ruleId, src.lines(), src.parsed(), TestSupport.engine().claims(src.parsed()));
        assertThat(m.changes()).isNotEmpty();
        Result broken = checkLines(m.lines());
        String severity = TestSupport.engine().rules().rules().get(ruleId).severity();
        List<String> errors = broken.findings().stream().filter(f -> f.getSeverity().name().equals("ERROR")).map(Finding::getRuleId).distinct().toList();
        long before = clean.findings().stream().filter(f -> f.getRuleId().equals(ruleId) && f.getSeverity().name().equals(severity)).count();
        long after = broken.findings().stream().filter(f -> f.getRuleId().equals(ruleId) && f.getSeverity().name().equals(severity)).count();
        if (severity.equals("ERROR")) {
            assertThat(errors).as(m.description().in("zh")).containsExactly(ruleId);
        } else {
            assertThat(errors).as(m.description().in("zh")).isEmpty();
        }
        // a report that already breaks the rule (江干区 gives its 采购总金额 without a unit) still shows it
        assertThat(after).as(m.description().in("zh")).isGreaterThanOrEqualTo(Math.max(1, before));
        if (before == 0) assertThat(after).isPositive();
    }

    @ParameterizedTest
    @MethodSource("rulesFor2019")
    void everyMutationBreaksItsRuleOnJianggan(String ruleId) throws Exception {
        assertBreaks(JIANGGAN, ruleId);
    }

    @Test
    void a2021RuleIsBrokenOnA2021Report() throws Exception {
        assertBreaks(TestSupport.corpus("text/2024_huaian_city.txt"), "A20-004");
    }

    @Test
    void a2021RuleCannotBeBrokenOnA2019Report() throws Exception {
        Mutator.Source src = Mutator.source(JIANGGAN, ReportParser.Options.NONE);
        assertThatThrownBy(() -> mutator().breakRule("A20-004", src.lines(), src.parsed()))
            .isInstanceOf(Mutator.NotApplicable.class).hasMessageContaining("2021 版格式")
            .satisfies(e -> assertThat(((Mutator.NotApplicable) e).message("en")).isEqualTo("this edit applies to the 2021 format only"));
    }

    /** the recipes are data (rules/mutations.tsv): every one names a rule of the pack and an edit that exists */
    @Test
    void everyRecipeNamesARuleOfThePack() {
        assertThat(mutator().rules()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(TestSupport.engine().rules().rules().keySet()).containsAll(mutator().rules());
        assertThat(mutator().recipes().values()).allSatisfy(r -> assertThat(Mutator.edits()).contains(r.edit()));
    }

    /** which rules have no recipe yet (mutate and demo cannot show them): said, not hidden */
    @Test
    void rulesWithoutARecipeAreListed() {
        List<String> without = TestSupport.engine().rules().rules().keySet().stream().filter(id -> !mutator().rules().contains(id)).toList();
        System.out.println("rules without a mutation recipe (" + without.size() + "): " + String.join(", ", without));
        assertThat(without.size() + mutator().rules().size()).isEqualTo(TestSupport.engine().rules().rules().size());
    }

    /** a new rule gets mutate support from a line of data, and a misspelt edit is one clear line */
    @Test
    void aRecipeInALaterFolderNeedsNoJava(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        java.nio.file.Files.writeString(tmp.resolve(Mutator.FILE), "# a pack of one recipe\nNEW-001\tdropSection\t5\n");
        Mutator m = Mutator.load(List.of(TestSupport.RULES, tmp));
        assertThat(m.rules()).contains("NEW-001", "APP-001");
        Mutator.Source src = Mutator.source(JIANGGAN, ReportParser.Options.NONE);
        assertThat(m.breakRule("NEW-001", src.lines(), src.parsed()).description().in("zh")).contains("删除第五部分");
        java.nio.file.Files.writeString(tmp.resolve(Mutator.FILE), "NEW-001\tdropSecton\t5\n");
        assertThatThrownBy(() -> Mutator.load(List.of(tmp))).isInstanceOf(java.io.IOException.class)
            .hasMessageContaining("mutations.tsv:1").hasMessageContaining("dropSecton");
    }

    @Test
    void mutationsWorkOnAPdfToo() throws Exception {
        assertBreaks(TestSupport.corpus("pdf/2024_huaian_city.pdf"), "APP-001");
    }
}
