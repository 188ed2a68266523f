package org.ogicheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.TestSupport;
import org.ogicheck.cli.CliRun;
import org.ogicheck.i18n.Said;

/**
 * The rule guard against the bypass packs of issue 12 (each once walked around the old text
 * denylist) and the plain dangerous ones: each is refused by {@code rules lint} and by {@code check}
 * (exit 2) with a Chinese line naming the file and the line of the offending code.
 */
class RuleGuardTest {
    private static final String REPORT = "fixtures/reports/2020_jianggan_amr_department.txt";
    private static final String HEAD = """
        package rules.evil
        import org.ogicheck.model.*
        import org.ogicheck.engine.Emit
        import java.util.*

        """;
    private static final String RULE = """
        rule "EVL-001 evil"
            @id("EVL-001") @severity("INFO") @category("quality") @weight(0) @since("2026") @basis("-")
        when
            $r : Report()
        then
        """;

    @TempDir
    Path tmp;

    /** name, the rule file, the line the guard must name */
    static Stream<Arguments> packs() {
        return Stream.of(
            Arguments.of("char literal desync", HEAD + RULE + "    char q = '\"'; java.nio.file.Files.delete(java.nio.file.Path.of(\"x\"));\nend\n", 11),
            Arguments.of("mvel // string", HEAD + """
                rule "EVL-001 evil"
                    @id("EVL-001") @severity("INFO") @category("quality") @weight(0) @since("2026") @basis("-")
                when
                    $r : Report()
                    eval('//' != null && java.lang.Runtime.getRuntime() != null)
                then
                end
                """, 10),
            Arguments.of("logging FileHandler", HEAD + RULE + "    new java.util.logging.FileHandler(\"/tmp/x\");\nend\n", 11),
            Arguments.of("prefs Preferences", HEAD + RULE + "    java.util.prefs.Preferences.userRoot().put(\"a\", \"b\");\nend\n", 11),
            Arguments.of("CompletableFuture", HEAD + RULE + "    java.util.concurrent.CompletableFuture.runAsync(() -> {});\nend\n", 11),
            Arguments.of("Timer by wildcard import", HEAD + RULE + "    Timer t = new Timer();\nend\n", 11),
            Arguments.of("ZipFile", HEAD + RULE + "    new java.util.zip.ZipFile(\"/etc/passwd\");\nend\n", 11),
            Arguments.of("class loader", HEAD + RULE
                + "    Emit.class.getClassLoader().loadClass(\"java.lang.\" + \"Runtime\");\nend\n", 11),
            Arguments.of("getClass on a fact", HEAD + RULE + "    $r.getClass().getClassLoader();\nend\n", 11),
            Arguments.of("System.exit", HEAD + RULE + "    System.exit(3);\nend\n", 11),
            Arguments.of("a Finding under another rule's ID", HEAD + RULE
                + "    insert(new Finding(\"APP-006\", \"APP-006 x\", \"ERROR\", \"application\", \"x\", 3));\nend\n", 11),
            Arguments.of("Runtime.exec", HEAD + RULE + "    Runtime.getRuntime().exec(\"touch /tmp/x\");\nend\n", 11),
            Arguments.of("Files", HEAD.replace("import java.util.*", "import java.nio.file.Files") + RULE
                + "    Files.writeString(null, \"x\");\nend\n", 4),
            Arguments.of("thread", HEAD + RULE + "    new Thread(() -> {}).start();\nend\n", 11),
            Arguments.of("while(true) in then", HEAD + RULE + "    while (true) { }\nend\n", 11),
            Arguments.of("loop in a function called from eval", HEAD + """
                function boolean spin() {
                    for (;;) { }
                }
                rule "EVL-001 evil"
                    @id("EVL-001") @severity("INFO") @category("quality") @weight(0) @since("2026") @basis("-")
                when
                    eval(spin())
                then
                end
                """, 7),
            Arguments.of("global", HEAD + "global java.util.List out\n" + RULE + "end\n", 6),
            Arguments.of("expression in metadata", HEAD + """
                rule "EVL-001 evil"
                    @id("EVL-001") @severity("INFO") @category("quality") @weight(System.exit(1)) @since("2026") @basis("-")
                when
                    $r : Report()
                then
                end
                """, 6),
            Arguments.of("inline accumulate code", HEAD + """
                rule "EVL-001 evil"
                    @id("EVL-001") @severity("INFO") @category("quality") @weight(0) @since("2026") @basis("-")
                when
                    $n : Number() from accumulate(Cell(), init(int x = 0;), action(x++;), result(x))
                then
                end
                """, 9),
            Arguments.of("mvel dialect", HEAD + """
                rule "EVL-001 evil"
                    @id("EVL-001") @severity("INFO") @category("quality") @weight(0) @since("2026") @basis("-")
                    dialect "mvel"
                when
                    $r : Report()
                then
                end
                """, 8),
            Arguments.of("declared type", HEAD + "declare Evil\n  x : int\nend\n" + RULE + "end\n", 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void theGuardRefusesTheBypassPack(String name, String drl, int line) {
        List<Said> said = RuleLint.safety(Path.of("evil.drl"), drl);
        List<String> problems = Said.in(said, "zh");
        assertThat(problems).as(name).isNotEmpty();
        assertThat(problems).as(name).anySatisfy(p -> assertThat(p).startsWith("evil.drl:" + line + ": "));
        assertThat(problems).allSatisfy(p -> assertThat(p).doesNotContain("\n").containsPattern("\\p{IsHan}"));
        // the same problems in English for --lang en: same place, the guard's own words without Chinese
        List<String> english = Said.in(said, "en");
        assertThat(english).as(name).anySatisfy(p -> assertThat(p).startsWith("evil.drl:" + line + ": "));
        assertThat(english).as(name).allSatisfy(p -> assertThat(p).doesNotContain("\n").doesNotContainPattern("\\p{IsHan}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void lintAndCheckRefuseTheBypassPack(String name, String drl, int line) throws IOException {
        Path pack = tmp.resolve("evil");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("evil.drl"), drl);
        CliRun check = CliRun.of("check", "--rules", "rules", "--rules", pack.toString(), REPORT);
        assertThat(check.code()).as(name).isEqualTo(2);
        assertThat(check.err()).contains("evil.drl:" + line + ": ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(check.out()).isEmpty();
        CliRun lint = CliRun.of("rules", "lint", "--rules", pack.toString());
        assertThat(lint.code()).as(name).isNotZero();
        assertThat(lint.err()).contains("evil.drl:" + line + ": ");
    }

    @Test
    void everyShippedRuleFilePassesTheGuard() throws IOException {
        try (Stream<Path> files = Files.list(TestSupport.RULES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                assertThat(RuleLint.safety(f, Files.readString(f))).as(f.toString()).isEmpty();
            }
        }
    }

    @Test
    void plainRuleCodeIsAccepted() {
        String drl = HEAD + """
            function int twice(int x) {
                return x * 2;
            }
            rule "EVL-001 fine"
                @id("EVL-001") @severity("INFO") @category("quality") @weight(0) @since("2026") @basis("-")
            when
                $c : Cell(table == "APP", row matches "granted|total", n != null, $col : column)
                $s : Number() from accumulate(Cell(table == "APP", column == $col, $v : n), sum($v))
                eval(twice($c.getN()) > 0)
            then
                List<Long> xs = new ArrayList<>();
                for (Object o : List.of(1L, 2L)) xs.add((Long) o);
                insert(Emit.finding(drools.getRule()).at($c).args($s.longValue(), xs.size()));
            end
            """;
        assertThat(RuleLint.safety(Path.of("ok.drl"), drl)).isEmpty();
    }
}
