package org.ogicheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.cli.CliRun;

/** A rule pack without its messages files is refused by check and rules lint with one Chinese line naming the pack. */
class PackMessagesTest {
    private static final String REPORT = "fixtures/reports/2020_jianggan_amr_department.txt";
    private static final String DRL = """
        package rules.extra
        import org.ogicheck.model.*
        import org.ogicheck.engine.Emit

        rule "EXT-001 a report"
            @id("EXT-001") @severity("INFO") @category("quality") @weight(0) @since("2026") @basis("-")
        when
            Report()
        then
            insert(Emit.finding(drools.getRule()));
        end
        """;

    @TempDir
    Path tmp;

    private Path pack(boolean zh, boolean en) throws IOException {
        Path p = tmp.resolve("pack-" + zh + "-" + en);
        Files.createDirectories(p);
        Files.writeString(p.resolve("extra.drl"), DRL);
        if (zh) Files.writeString(p.resolve("messages_zh.properties"), "EXT-001.title=报告\nEXT-001=这是一份报告。\n");
        if (en) Files.writeString(p.resolve("messages_en.properties"), "EXT-001.title=A report\nEXT-001=This is a report.\n");
        return p;
    }

    @Test
    void aPackWithoutMessagesIsRefused() throws IOException {
        for (boolean[] has : new boolean[][] {{false, false}, {true, false}, {false, true}}) {
            Path pack = pack(has[0], has[1]);
            CliRun check = CliRun.of("check", "--rules", "rules", "--rules", pack.toString(), REPORT);
            assertThat(check.code()).isEqualTo(2);
            assertThat(check.err().strip().lines().toList()).singleElement().satisfies(l -> {
                assertThat(l).contains(pack.toString()).contains("缺少消息文件").doesNotContain("Exception");
                if (!has[0]) assertThat(l).contains("messages_zh.properties");
                if (!has[1]) assertThat(l).contains("messages_en.properties");
            });
            assertThat(check.out()).isEmpty();
            CliRun lint = CliRun.of("rules", "lint", "--rules", pack.toString());
            assertThat(lint.code()).isNotZero();
            assertThat(lint.err()).contains(pack.toString()).contains("缺少消息文件");
        }
    }

    @Test
    void theSamePackWithItsMessagesIsTaken() throws IOException {
        Path pack = pack(true, true);
        CliRun check = CliRun.of("check", "--rules", "rules", "--rules", pack.toString(), REPORT);
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("EXT-001").contains("这是一份报告");
    }

    @Test
    void aRuleWithoutItsChineseMessageIsRefusedNamingFileRuleAndKey() throws IOException {
        // before: the pack was taken and the finding said "EXT-001 []"
        Path pack = pack(true, true);
        Files.writeString(pack.resolve("messages_zh.properties"), "EXT-001.title=报告\n");
        CliRun check = CliRun.of("check", "--rules", "rules", "--rules", pack.toString(), REPORT);
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.out()).isEmpty();
        assertThat(check.err().strip().lines().toList()).singleElement().asString()
            .contains("extra.drl", "规则 \"EXT-001 a report\"", "messages_zh.properties 中没有消息 EXT-001").doesNotContain("[]");
    }

    @Test
    void aMessageMissingInEnglishOrAMissingVariantFallsBackToAClearText() throws IOException {
        Path pack = pack(true, true);
        Files.writeString(pack.resolve("messages_en.properties"), "EXT-001.title=A report\n");
        Files.writeString(pack.resolve("extra.drl"), DRL.replace("Emit.finding(drools.getRule())", "Emit.finding(drools.getRule()).variant(\"short\")"));
        CliRun check = CliRun.of("--lang", "en", "check", "--rules", "rules", "--rules", pack.toString(), REPORT);
        assertThat(check.code()).as(check.err()).isZero();
        // the variant EXT-001.short is in no bundle and EXT-001 not in English: the rule's Chinese message
        assertThat(check.out()).contains("EXT-001").contains("这是一份报告。").doesNotContain("EXT-001.short").doesNotContain("[]");
    }
}
