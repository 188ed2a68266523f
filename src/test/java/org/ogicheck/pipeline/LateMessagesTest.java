package org.ogicheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Result;
import org.ogicheck.model.Finding;
import org.ogicheck.read.ReadException;

/**
 * A result switched to another language without running a rule says exactly what checking in that
 * language says: every finding, its message and its derivation, on the whole corpus (as a batch, so
 * with the cross-year findings).
 */
class LateMessagesTest {
    private static List<Input> corpus() throws IOException {
        try (Stream<Path> s = Files.walk(TestSupport.CORPUS)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().map(Input::of).toList();
        }
    }

    private static List<Result> check(Pipeline p, List<Input> in, String lang) throws ReadException {
        List<Result> out = new ArrayList<>();
        for (Outcome o : p.check(in, Settings.defaults().withLang(lang).withExplain(true), Runner.SEQUENTIAL)) {
            assertThat(o).isInstanceOf(Outcome.Checked.class);
            out.add(((Outcome.Checked) o).result());
        }
        return out;
    }

    private static List<String> said(List<Result> rs) {
        List<String> out = new ArrayList<>();
        for (Result r : rs) {
            for (Finding f : r.findings()) {
                out.add(r.source() + " " + f.getSeverity() + " " + f.getRuleId() + " " + f.locationKey() + " " + f.getPoints()
                    + " | " + f.getMessage() + " | " + f.getExplanation());
            }
        }
        return out;
    }

    @Test
    void switchingLanguageGivesWhatCheckingInThatLanguageGives() throws Exception {
        Pipeline p = new Pipeline(TestSupport.engine().rules());
        List<Input> in = corpus();
        List<Result> zh = check(p, in, "zh");
        List<Result> en = check(p, in, "en");
        List<Result> zhToEn = zh.stream().map(r -> r.inLanguage(p.rules().messages(), "en")).toList();
        List<Result> enToZh = en.stream().map(r -> r.inLanguage(p.rules().messages(), "zh")).toList();
        assertThat(said(en)).isNotEmpty();
        assertThat(said(zhToEn)).isEqualTo(said(en));
        assertThat(said(enToZh)).isEqualTo(said(zh));
        assertThat(said(zh)).isNotEqualTo(said(en));
    }
}
