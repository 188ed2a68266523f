package org.ogicheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Ogicheck;

/**
 * Every check ends: one long line of CJK text (no 。 in it, counted numbers strewn through it) costs
 * time linear in its length, inside section 一 as at the end of the report. Measured as ratios
 * (the machine is shared), never as absolute times: reading the claims of such a line was quadratic
 * (8 KB 6 s, 32 KB 17 s, 128 KB over 150 s) before sentences were bounded.
 */
class LongLineTest {
    private static final String WORDS = "我局通过政府官方网站收到申请公开政府信息的要求件均完成答复主动公开条项其中";

    private static String line(int kb, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        while (sb.length() * 3 < kb * 1024) {
            sb.append(WORDS.charAt(r.nextInt(WORDS.length())));
            if (r.nextInt(8) == 0) sb.append(r.nextInt(1000));
        }
        return sb.toString();
    }

    private static double seconds(String report, Path dir, String name) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, report, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        ParsedReport p = Ogicheck.parse(f, ReportParser.Options.NONE);
        TestSupport.engine().check(p, "zh");
        return (System.nanoTime() - t0) / 1e9;
    }

    /** the fastest of three runs, so that a pause of the shared machine does not count */
    private static double best(String report, Path dir, String name) throws Exception {
        return Math.min(seconds(report, dir, name), Math.min(seconds(report, dir, name), seconds(report, dir, name)));
    }

    @Test
    void timeGrowsLinearlyWithOneLongLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String base = Files.readString(TestSupport.FIXTURES.resolve("reports/2020_jianggan_amr_department.txt"));
        int at = base.indexOf("\n(二)");
        assertThat(at).isPositive();
        for (boolean inside : new boolean[] {true, false}) {
            double[] t = new double[4];
            int[] sizes = {8, 32, 128, 512};
            for (int i = 0; i < sizes.length; i++) {
                String l = line(sizes[i], sizes[i]);
                String report = inside ? base.substring(0, at + 1) + l + base.substring(at) : base + "\n" + l + "\n";
                seconds(report, dir, "warm.txt");
                t[i] = best(report, dir, "r" + sizes[i] + ".txt");
            }
            String where = inside ? "in section 一" : "at the end";
            // quadratic growth gives 16 for 4× the input; linear 4 (plus a constant part)
            assertThat(t[3] / Math.max(t[2], 0.05)).as("512 KB / 128 KB %s: %s", where, java.util.Arrays.toString(t)).isLessThan(8);
            assertThat(t[3]).as("512 KB line %s ends within the time limit", where).isLessThan(60);
        }
    }

    @Test
    void aLongSentenceIsCutWithoutSplittingANumber() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 5_000) sb.append("收到申请123456件");
        for (String piece : ReportParser.bounded(sb.toString())) {
            assertThat(piece.length()).isLessThanOrEqualTo(ReportParser.MAX_SENTENCE);
            assertThat(Character.isDigit(piece.charAt(0))).as(piece).isFalse();
            assertThat(piece).doesNotEndWith("1").doesNotEndWith("2").doesNotEndWith("3").doesNotEndWith("4").doesNotEndWith("5");
        }
        assertThat(String.join("", ReportParser.bounded(sb.toString()))).isEqualTo(sb.toString());
        String commas = "公开信息12条，".repeat(400);
        assertThat(ReportParser.bounded(commas)).allMatch(p -> p.endsWith("，") || p.equals(""));
        assertThat(ReportParser.bounded("短句。")).containsExactly("短句。");
    }
}
