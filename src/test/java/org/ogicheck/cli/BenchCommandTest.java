package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ogicheck bench keeps working: a small run prints and writes its table. No timing is asserted. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aSmallBenchRunPrintsAndWritesItsTable() throws IOException {
        Path out = tmp.resolve("bench.md");
        CliRun run = CliRun.of("bench", "--reports", "50", "--warm", "20", "--no-cold", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(0);
        String table = Files.readString(out);
        assertThat(run.out()).isEqualTo(table);
        assertThat(table).contains("| measure | result | target | verdict |", "batch: 50 reports", "warm: whole rule set",
            "rules / loop", "memory: heap", "-Xmx");
        // the rules and the hand-written loop agree on the four rules' findings
        assertThat(table).doesNotContain("DIFFERENT");
    }
}
