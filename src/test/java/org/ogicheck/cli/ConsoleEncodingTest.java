package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the CLI prints follows the console's encoding or --encoding; UTF-8 when nothing says otherwise. */
class ConsoleEncodingTest {
    @Test
    void encodingOptionIsTakenFromAnywhereAndRemoved() {
        ConsoleEncoding.Chosen c = ConsoleEncoding.choose(new String[] {"check", "--encoding", "GBK", "a.txt"}, null, null);
        assertThat(c.charset()).isEqualTo(Charset.forName("GBK"));
        assertThat(c.args()).containsExactly("check", "a.txt");
        assertThat(ConsoleEncoding.choose(new String[] {"--encoding=GB18030", "rules", "list"}, null, null).charset().name())
            .isEqualTo("GB18030");
    }

    @Test
    void environmentForcesAnEncodingAndTheOptionWins() {
        assertThat(ConsoleEncoding.choose(new String[] {"check"}, null, "GBK").charset()).isEqualTo(Charset.forName("GBK"));
        assertThat(ConsoleEncoding.choose(new String[] {"--encoding", "UTF-8"}, null, "GBK").charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void withoutAConsoleOrAChoiceTheOutputIsUtf8() {
        assertThat(ConsoleEncoding.choose(new String[] {"check"}, null, null).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void unknownEncodingIsAUsageError() {
        assertThat(ConsoleEncoding.choose(new String[] {"--encoding", "KLINGON-8"}, null, null).error()).isEqualTo("KLINGON-8");
    }

    @Test
    void checkPrintsGbkWhenAsked() throws Exception {
        PrintStream before = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.ISO_8859_1));
            code = Cli.run("check", "--encoding", "GBK", "fixtures/reports/2020_jianggan_amr_department.txt");
        } finally {
            System.setOut(before);
        }
        assertThat(code).isZero();
        String gbk = bytes.toString(Charset.forName("GBK"));
        assertThat(gbk).contains("评分", "结构完整");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("评分");
    }
}
