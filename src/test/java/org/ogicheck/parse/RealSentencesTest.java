package org.ogicheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Claim;
import org.ogicheck.model.ClaimSum;
import org.ogicheck.model.Sentence;
import org.ogicheck.model.SourceRef;

/**
 * Real sentences of reports beyond the corpus (claims/real-sentences.tsv, each with its source address):
 * the claims the project's claims.tsv must read from each, and those it must not.
 */
class RealSentencesTest {

    static Stream<Arguments> sentences() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = RealSentencesTest.class.getResourceAsStream("/claims/real-sentences.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                // a fifth and sixth column (the table that agrees, the change no reading fits) are RealSentencesInReportTest's
                assertThat(f.length).as(line).isIn(4, 6);
                out.add(Arguments.of(f[1], f[2], f[3], f[0]));
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(150);
        return out.stream();
    }

    private static List<Object> read(String paragraph) throws IOException {
        ClaimPatterns p = new ClaimPatterns();
        p.load(TestSupport.RULES);
        List<Sentence> ss = new ArrayList<>();
        for (String t : paragraph.split(" ‖ ")) ss.add(new Sentence(ss.size(), 1, 0, t, SourceRef.line(ss.size() + 1)));
        return new ClaimReader(p).read(ss);
    }

    private static List<String> shown(List<Object> facts) {
        List<String> out = new ArrayList<>();
        for (Object o : facts) {
            if (o instanceof Claim c) {
                out.add(c.getN() == null ? c.getKind() : c.getKind() + "=" + c.getN());
                // a part tied to the stated number it belongs to: "natural=72<received=75"
                if (c.getWhole() != null) out.add(c.getKind() + "=" + c.getN() + "<" + c.getWhole().getKind() + "=" + c.getWhole().getN());
            }
            if (o instanceof ClaimSum s) out.add("sum:" + s.getTotal().getN() + "=" + s.getSumShown());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void readsWhatTheSentenceSays(String sentence, String must, String mustNot, String source) throws IOException {
        List<String> got = shown(read(sentence));
        String why = source + ": " + got;
        for (String m : must.split(" ")) if (!m.isBlank()) assertThat(got).as(why).contains(m);
        for (String n : mustNot.split(" ")) {
            if (n.isBlank()) continue;
            if (n.endsWith("<")) assertThat(got).as(why).noneMatch(g -> g.startsWith(n));
            else if (n.contains("=")) assertThat(got).as(why).doesNotContain(n);
            else assertThat(got).as(why).noneMatch(g -> g.equals(n) || g.startsWith(n + "=") || g.startsWith(n + ":"));
        }
    }
}
