package org.ogicheck.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./ogicheck check} on the bundled report in a real terminal: a tmux session of its own
 * (Debian's tmux, installed by .ci/run), its pane captured with {@code tmux capture-pane -p}. The
 * scorecard's Chinese category names take two columns a character there, so its score column lines
 * up only when the names are padded by display width: the test measures each scorecard line as the
 * terminal shows it (East Asian Wide and Fullwidth characters two columns, UAX #11, computed here
 * independently of the product's own padding) and asserts one column for the scores and one for the
 * slashes. Runs after {@code package} (the launcher uses target/ogicheck.jar).
 */
class TerminalIT {
    private static final String REPORT = "fixtures/reports/2020_jianggan_amr_department.txt";
    private final String socket = "ogicheck-it-" + ProcessHandle.current().pid();

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().remove("TMUX");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("tmux ended").isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join(" ", cmd) + "\n" + text).isZero();
        return text;
    }

    private List<String> tmux(String... args) {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-u", "-f", "/dev/null", "-L", socket));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @AfterEach
    void stopTheServer() throws Exception {
        // only this test's own tmux server (its own socket)
        Process p = new ProcessBuilder(tmux("kill-server")).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    /** the columns a character takes on a terminal (UAX #11 East Asian Wide and Fullwidth: two) */
    static int columns(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        boolean wide = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
            || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
            || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp <= 0xFF60
            || b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA
            || b == Character.UnicodeBlock.HANGUL_SYLLABLES;
        return wide ? 2 : 1;
    }

    static int width(String s) {
        return s.codePoints().map(TerminalIT::columns).sum();
    }

    @Test
    void theScorecardColumnsLineUpInARealTerminal() throws Exception {
        assertThat(Files.isRegularFile(Path.of("target/ogicheck.jar"))).as("target/ogicheck.jar (built by package)").isTrue();
        Path home = Path.of("").toAbsolutePath();
        String command = "cd '" + home + "' && ./ogicheck check " + REPORT + "; echo \"[ogicheck exit $?]\"; sleep 120";
        run(tmux("new-session", "-d", "-s", "check", "-x", "200", "-y", "50", command));
        String pane = "";
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            pane = run(tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "check"));
            if (pane.contains("[ogicheck exit ")) break;
            Thread.sleep(300);
        }
        Files.writeString(Path.of("target/terminal-check.txt"), pane, StandardCharsets.UTF_8);
        assertThat(pane).as(pane).contains("[ogicheck exit 0]").contains("评分 ");

        // the scorecard: the line 评分 … / 100, then one line a category: "  name   score / max"
        List<String> lines = pane.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("评分 ")) start = i;
        assertThat(start).as(pane).isNotNegative();
        Pattern row = Pattern.compile("^  (\\S.*?)\\s+(\\d+(?:\\.\\d+)?) / (\\d+(?:\\.\\d+)?)$");
        List<Integer> scoreEnds = new ArrayList<>();
        List<Integer> nameStarts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = start + 1; i < lines.size(); i++) {
            Matcher m = row.matcher(lines.get(i));
            if (!m.matches()) break;
            names.add(m.group(1));
            nameStarts.add(width(lines.get(i).substring(0, m.start(1))));
            scoreEnds.add(width(lines.get(i).substring(0, m.end(2))));
        }
        assertThat(names).as(pane).hasSizeGreaterThanOrEqualTo(8).contains("结构完整", "依申请公开", "数据一致");
        // names of different widths (4 and 5 Chinese characters and more), so that padding by characters would show
        assertThat(names.stream().map(TerminalIT::width).distinct().count()).as(names.toString()).isGreaterThan(1);
        assertThat(nameStarts).as("category names start in one column").containsOnly(2);
        assertThat(scoreEnds).as("scores end in one display column:\n" + String.join("\n", lines.subList(start, start + 1 + names.size())))
            .containsOnly(scoreEnds.get(0));
    }
}
