package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogicheck.cli.CheckCorpusTest.check;
import static org.ogicheck.cli.ReaderEquivalenceTest.errors;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.TestSupport;
import org.ogicheck.testing.Variants;

/**
 * Pasted text gives the same ERROR findings (rule, section, table, row, column) as the report it was
 * copied from: every corpus HTML page as a real headless Chromium copies it (document.body.innerText,
 * site navigation and all), every corpus text report with its rows as TAB-separated cells (a table
 * copied out of Excel or WPS), every corpus text report written as Markdown (headings, bold run-ins, Markdown
 * tables: what an AI tool, a Markdown editor or a wiki gives).
 */
class PastedInputTest {
    @TempDir
    Path tmp;

    static Stream<Path> pages() throws IOException {
        return list("html");
    }

    static Stream<Path> texts() throws IOException {
        return list("text");
    }

    private static Stream<Path> list(String dir) throws IOException {
        try (Stream<Path> s = Files.list(TestSupport.corpus(dir))) {
            List<Path> l = s.filter(Files::isRegularFile).sorted().toList();
            assertThat(l).as("corpus " + dir).isNotEmpty();
            return l.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void aPageCopiedFromTheBrowserGivesThePagesErrors(Path page) throws IOException {
        String copied = Variants.innerText(page);
        // what was copied really is the page: its navigation around the report, the cells one per line
        List<String> lines = Variants.lines(copied);
        int report = indexOf(lines, "一、总体情况");
        assertThat(report).as("the report's first heading").isPositive();
        assertThat(lines.subList(0, report).stream().filter(l -> !l.isBlank()).count())
            .as("site chrome before the report").isGreaterThan(10);
        assertThat(lines.subList(0, report)).anyMatch(l -> l.strip().equals("首页"));
        assertThat(copied).as("cells one per line between TAB lines").contains("\n\t\n");
        Path pasted = write(page, copied);
        JsonNode fromPaste = check(pasted.toString());
        JsonNode fromPage = check(page.toString());
        assertThat(errors(fromPaste)).isEqualTo(errors(fromPage));
        assertThat(fromPaste.get("report").get("year")).isEqualTo(fromPage.get("report").get("year"));
        assertThat(fromPaste.get("report").get("edition")).isEqualTo(fromPage.get("report").get("edition"));
        assertThat(cellCount(fromPaste)).isEqualTo(cellCount(fromPage));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void tabSeparatedRowsGiveTheTextsErrors(Path text) throws IOException {
        String tabs = Variants.tabRows(text);
        assertThat(tabs).contains("\t");
        JsonNode fromTabs = check(write(text, tabs).toString());
        JsonNode fromText = check(text.toString());
        assertThat(errors(fromTabs)).isEqualTo(errors(fromText));
        assertThat(fromTabs.get("report").get("year")).isEqualTo(fromText.get("report").get("year"));
        assertThat(cellCount(fromTabs)).isEqualTo(cellCount(fromText));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void aReportWrittenInMarkdownGivesTheTextsErrors(Path text) throws IOException {
        String md = Variants.markdown(text);
        assertThat(md).contains("\n## ").contains("| --- |").containsPattern("\n\\*\\*[一二三四五六]、");
        JsonNode fromMarkdown = check(write(text, md).toString());
        JsonNode fromText = check(text.toString());
        assertThat(errors(fromMarkdown)).isEqualTo(errors(fromText));
        assertThat(fromMarkdown.get("report").get("year")).isEqualTo(fromText.get("report").get("year"));
        assertThat(cellCount(fromMarkdown)).isEqualTo(cellCount(fromText));
    }

    @org.junit.jupiter.api.Test
    void pastedTextPipedToStandardInputIsCheckedAsTheFile() throws IOException {
        Path text = TestSupport.corpus("text/2023_hongzequ_county.txt");
        byte[] tabs = Variants.tabRows(text).getBytes(StandardCharsets.UTF_8);
        java.util.function.Supplier<java.io.InputStream> before = Inputs.stdin;
        Inputs.stdin = () -> new java.io.ByteArrayInputStream(tabs);
        JsonNode piped;
        try {
            piped = check("-");
        } finally {
            Inputs.stdin = before;
        }
        assertThat(piped.get("source").asText()).isEqualTo("标准输入");
        assertThat(errors(piped)).isEqualTo(errors(check(text.toString()))).contains("LIT-001 四 LIT review total");
        Inputs.stdin = () -> new java.io.ByteArrayInputStream(new byte[0]);
        try {
            CliRun r = CliRun.of("check", "-");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo("ogicheck: 标准输入：文件是空的");
        } finally {
            Inputs.stdin = before;
        }
    }

    private Path write(Path from, String text) throws IOException {
        Path p = tmp.resolve(from.getFileName() + ".pasted.txt");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        // kept for a person to try by hand: ./ogicheck check target/paste-variants/…
        Path kept = Path.of("target", "paste-variants");
        Files.createDirectories(kept);
        Files.writeString(kept.resolve(p.getFileName()), text, StandardCharsets.UTF_8);
        return p;
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).replace('\u00a0', ' ').strip().equals(text)) return i;
        return -1;
    }

    /** how many findings cite a table cell, by rule: the same tables were read */
    private static List<String> cellCount(JsonNode r) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode f : r.get("findings")) {
            if (f.get("severity").asText().equals("INFO")) continue;
            JsonNode l = f.get("location");
            out.add(f.get("ruleId").asText() + " " + l.get("table").asText("") + " " + l.get("row").asText("") + " "
                + l.get("column").asText(""));
        }
        out.sort(null);
        return out;
    }
}
