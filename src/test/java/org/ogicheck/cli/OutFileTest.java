package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;

/** --out: the file is written whole or not at all, and nothing else is left in its folder. */
class OutFileTest {
    private static final String HONGZE = TestSupport.corpus("text/2023_hongzequ_county.txt").toString();

    @TempDir
    Path tmp;

    @Test
    void replacesAnExistingFileWholeAndLeavesNoTemporaryFile() throws IOException {
        Path out = tmp.resolve("findings.json");
        Files.writeString(out, "old content\n".repeat(100_000));
        CliRun r = CliRun.of("check", "--format", "json", "--out", out.toString(), HONGZE);
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(CliRun.of("check", "--format", "json", HONGZE).out());
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("findings.json");
        }
    }

    @Test
    void aFileThatCannotBeWrittenLeavesNothingBehind() throws IOException {
        CliRun missing = CliRun.of("check", "--out", tmp.resolve("no/such/dir/x.txt").toString(), HONGZE);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip().lines()).hasSize(1).allMatch(l -> l.contains("x.txt"));

        Path dir = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(dir.resolve("inside.txt"), "keep");
        CliRun taken = CliRun.of("check", "--out", dir.toString(), HONGZE);
        assertThat(taken.code()).isEqualTo(2);
        assertThat(taken.err().strip().lines()).hasSize(1);
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("taken");
        }
        assertThat(Files.readString(dir.resolve("inside.txt"))).isEqualTo("keep");
    }
}
