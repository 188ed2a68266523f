package org.ogicheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pre-filter only ever skips sentences its pattern cannot match. */
class RequiredWordsTest {

    @Test
    void mandatoryLiteralsAndAlternativesAreRequiredOptionalOnesAreNot() {
        assertThat(RequiredWords.of("(?:收到|受理|新收)[^。]{0,20}?申请(?:共计|共)?{N}件"))
            .containsExactly(List.of("收到", "受理", "新收"), List.of("申请"), List.of("件"));
        assertThat(RequiredWords.of("(?<!不)予以公开(?:的)?(?:申请)?{N}件")).containsExactly(List.of("予以公开"), List.of("件"));
        assertThat(RequiredWords.of("社会评议|公众评议")).containsExactly(List.of("社会评议", "公众评议"));
        assertThat(RequiredWords.of("考核")).containsExactly(List.of("考核"));
        assertThat(RequiredWords.of("a(?:x|y.)b?c")).containsExactly(List.of("a"), List.of("c"));
        assertThat(RequiredWords.of("(?:复议|诉讼)[^。]*?均(?:获|被)?维持")).containsExactly(List.of("复议", "诉讼"), List.of("均"), List.of("维持"));
    }

    @Test
    void neverSkipsASentenceThePatternMatches() throws Exception {
        ClaimPatterns patterns = new ClaimPatterns();
        patterns.load(Path.of("rules"));
        List<String> sentences = new java.util.ArrayList<>();
        try (var files = Files.list(Path.of("..", "shared", "corpus", "text"))) {
            for (Path f : files.toList()) sentences.addAll(List.of(Files.readString(f).split("[。\n]")));
        }
        int matched = 0;
        for (ClaimPatterns.Entry e : patterns.entries()) {
            for (String s : sentences) {
                String norm = ClaimReader.norm(s);
                if (e.pattern().matcher(norm).find()) {
                    matched++;
                    assertThat(e.admits(norm)).as(e.source() + " on " + s).isTrue();
                }
            }
        }
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void theCombinedAutomatonHandsOverExactlyThePatternsWhoseWordsAreThere() throws Exception {
        ClaimPatterns patterns = new ClaimPatterns();
        patterns.load(Path.of("rules"));
        List<String> sentences = new java.util.ArrayList<>();
        try (var files = Files.list(Path.of("..", "shared", "corpus", "text"))) {
            for (Path f : files.toList()) sentences.addAll(List.of(Files.readString(f).split("[。\n]")));
        }
        int handed = 0;
        for (String s : sentences) {
            String norm = ClaimReader.norm(s);
            List<ClaimPatterns.Entry> expected = patterns.entries().stream().filter(e -> e.admits(norm)).toList();
            List<ClaimPatterns.Entry> got = patterns.candidates(norm);
            assertThat(got).as(s).containsExactlyElementsOf(expected);
            handed += got.size();
        }
        // the filter filters: far fewer patterns are tried than sentences × patterns
        assertThat(handed).isGreaterThan(100).isLessThan(sentences.size() * patterns.entries().size() / 4);
    }

    @Test
    void aFolderLoadedLaterIsInTheAutomatonToo() throws Exception {
        ClaimPatterns patterns = new ClaimPatterns();
        patterns.load(Path.of("rules"));
        assertThat(patterns.candidates("本机关收到咕噜申请3件")).noneMatch(e -> e.kind().equals("gurgle"));
        Path dir = Files.createTempDirectory("claims");
        Files.writeString(dir.resolve("claims.tsv"), "gurgle\t咕噜申请{N}件\n");
        patterns.load(dir);
        assertThat(patterns.candidates("本机关收到咕噜申请3件")).anyMatch(e -> e.kind().equals("gurgle"));
    }
}
