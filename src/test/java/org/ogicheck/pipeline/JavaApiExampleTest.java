package org.ogicheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogicheck.app.Result;
import org.ogicheck.model.Finding;

/**
 * The README's Java example ("Java API") is the body of {@link #example}, line for line, and
 * running it checks the bundled report as the command line does.
 */
class JavaApiExampleTest {

    @SuppressWarnings("PMD")
    static void example(PrintStream out) throws Exception {
        // --- README example begins
        Pipeline pipeline = Pipeline.load(List.of(Path.of("rules")));
        Input report = Input.of(Path.of("fixtures/reports/2020_jianggan_amr_department.txt"));
        Outcome outcome = pipeline.check(report, Settings.defaults().withLang("en"));
        if (outcome instanceof Outcome.Checked checked) {
            Result result = checked.result();
            out.println(result.source() + ": score " + result.scorecard().score());
            for (Finding f : result.findings()) {
                out.println(f.getSeverity() + " " + f.getRuleId() + " " + f.getMessage());
            }
        } else if (outcome instanceof Outcome.Failed failed) {
            out.println(failed.line());
        }
        // --- README example ends
    }

    @Test
    void theReadmeExampleIsThisCodeAndItRuns() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Java API");
        assertThat(start).as("README section ## Java API").isGreaterThanOrEqualTo(0);
        int open = readme.subList(start, readme.size()).indexOf("```java") + start;
        int close = readme.subList(open + 1, readme.size()).indexOf("```") + open + 1;
        List<String> shown = new ArrayList<>();
        for (String l : readme.subList(open + 1, close)) if (!l.isBlank()) shown.add(l.strip());
        String source = Files.readString(Path.of("src/test/java/org/ogicheck/pipeline/JavaApiExampleTest.java"));
        String body = source.substring(source.indexOf("// --- README example begins"), source.indexOf("// --- README example ends"));
        List<String> inTest = new ArrayList<>();
        for (String l : body.split("\n")) if (!l.isBlank() && !l.contains("README example")) inTest.add(l.strip());
        assertThat(shown).as("the README example, line for line").isEqualTo(inTest);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("fixtures/reports/2020_jianggan_amr_department.txt: score 99.25\n")
            .contains("WARNING A20-006 ").contains("WARNING A20-008 ").contains("INFO TIME-001 ");
    }

    @Test
    void anInputThatIsNoReportIsAFailedOutcomeNotAnException() throws Exception {
        Pipeline pipeline = new Pipeline(org.ogicheck.TestSupport.engine().rules());
        List<Outcome> out = pipeline.check(List.of(Input.of("note.txt", "hello".getBytes(StandardCharsets.UTF_8)),
            Input.of(Path.of("fixtures/reports/2020_jianggan_amr_department.txt"))), Settings.defaults(), Runner.SEQUENTIAL);
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).isInstanceOf(Outcome.Failed.class);
        assertThat(((Outcome.Failed) out.get(0)).line()).startsWith("note.txt：没有找到年度报告");
        assertThat(((Outcome.Failed) out.get(0)).reason()).startsWith("没有找到年度报告");
        assertThat(out.get(1)).isInstanceOf(Outcome.Checked.class);
        Outcome en = pipeline.check(Input.of("note.txt", "hello".getBytes(StandardCharsets.UTF_8)), Settings.defaults().withLang("en"));
        assertThat(((Outcome.Failed) en).line()).startsWith("note.txt: no report found");
        assertThat(((Outcome.Failed) en).reason()).startsWith("no report found");
    }

    @Test
    void findingsAreCompleteAndScoringGivesNewOnes() throws Exception {
        Pipeline pipeline = new Pipeline(org.ogicheck.TestSupport.engine().rules());
        Result r = ((Outcome.Checked) pipeline.check(Input.of(Path.of("fixtures/reports/2020_jianggan_amr_department.txt")),
            Settings.defaults())).result();
        Finding f = r.findings().get(0);
        assertThat(f.isComplete()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.args("x")).isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.findings().add(f)).isInstanceOf(UnsupportedOperationException.class);
        Finding priced = f.withPoints(7);
        assertThat(priced).isNotSameAs(f);
        assertThat(priced.getPoints()).isEqualTo(7);
        assertThat(f.getPoints()).isNotEqualTo(7);
    }
}
