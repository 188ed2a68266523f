package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --max-input-mb and out-of-memory: one line naming the file (an input or the --previous report), exit 2, never a stack trace. */
class InputLimitsTest {
    private static final String REPORT = "fixtures/reports/2020_jianggan_amr_department.txt";

    @TempDir
    Path tmp;

    /** the bundled report followed by {@code rows} table rows of 200 cells: about 4 KB a row */
    private Path big(int rows) throws IOException {
        Path f = tmp.resolve("big.txt");
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < 200; i++) row.append(i).append(" | ");
        String r = row.append('\n').toString();
        Files.writeString(f, Files.readString(Path.of(REPORT)) + r.repeat(rows), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aFileLargerThanTheLimitIsOneLineAndExitTwoAndTheBatchGoesOn() throws IOException {
        Path f = big(2_000);
        assertThat(Files.size(f)).isGreaterThan(1024 * 1024);
        CliRun one = CliRun.of("check", "--max-input-mb", "1", f.toString());
        assertThat(one.code()).isEqualTo(2);
        assertThat(one.err().strip().lines().toList()).singleElement().satisfies(l ->
            assertThat(l).contains("big.txt").contains("超过上限 1 MB").contains("--max-input-mb"));
        assertThat(one.out()).isEmpty();

        CliRun batch = CliRun.of("check", "--max-input-mb", "1", "--format", "csv", REPORT, f.toString());
        assertThat(batch.code()).isEqualTo(2);
        assertThat(batch.out()).contains("2020_jianggan_amr_department.txt").contains("big.txt").contains("unreadable");

        // the default (50 MB) reads it
        CliRun ok = CliRun.of("check", "--format", "json", f.toString());
        assertThat(ok.err()).doesNotContain("--max-input-mb");
    }

    @Test
    void aPreviousReportLargerThanTheLimitIsTheSameLineAndNothingIsChecked() throws IOException {
        // before: --previous was read whatever its size, past --max-input-mb and --timeout-s
        Path f = big(2_000);
        CliRun r = CliRun.of("check", "--max-input-mb", "1", "--previous", f.toString(), REPORT);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().toList()).singleElement().satisfies(l ->
            assertThat(l).contains("big.txt").contains("超过上限 1 MB").contains("--max-input-mb").doesNotContain("Exception"));
        assertThat(r.out()).isEmpty();
        CliRun en = CliRun.of("--lang", "en", "check", "--max-input-mb", "1", "--previous", f.toString(), REPORT);
        assertThat(en.err().strip()).contains("big.txt").contains("larger than the limit of 1 MB");
    }

    @Test
    void rulesDiffAndMutateReadWithinTheLimitTheirLineNames() throws IOException {
        // before: rules diff said "--max-input-mb" in its line and refused the option; mutate read any size
        Path f = big(2_000);
        CliRun diff = CliRun.of("rules", "diff", "--old", "rules", "--new", "rules", "--max-input-mb", "1", REPORT, f.toString());
        assertThat(diff.code()).isEqualTo(2);
        assertThat(diff.err().strip().lines().toList()).singleElement().satisfies(l ->
            assertThat(l).contains("big.txt").contains("超过上限 1 MB").contains("--max-input-mb"));
        assertThat(diff.out()).contains("2020_jianggan_amr_department.txt");

        CliRun mutate = CliRun.of("mutate", "--break", "APP-001", "--max-input-mb", "1", f.toString());
        assertThat(mutate.code()).isEqualTo(2);
        assertThat(mutate.err().strip().lines().toList()).singleElement().satisfies(l ->
            assertThat(l).contains("big.txt").contains("超过上限 1 MB").contains("--max-input-mb"));
        assertThat(mutate.out()).isEmpty();
        // within the limit it writes the copy
        CliRun ok = CliRun.of("mutate", "--break", "APP-001", "--max-input-mb", "1", REPORT);
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("本年新收");
    }

    @Test
    void outOfMemoryIsOneLineAndExitTwo() throws Exception {
        Path f = big(5_000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
            "org.ogicheck.cli.Main", "check", f.toString()))
            .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(170, TimeUnit.SECONDS)).as("ends").isTrue();
        String err = Files.readString(tmp.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(2);
        assertThat(err.strip().lines().toList()).singleElement().satisfies(l ->
            assertThat(l).contains("big.txt").contains("内存不足").doesNotContain("OutOfMemoryError"));
        assertThat(err).doesNotContain("\tat ");
        assertThat(Files.readString(tmp.resolve("out.txt"))).isEmpty();
    }
}
