package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Severity;
import org.ogicheck.parse.ParsedReport;

/**
 * OFD twins of the corpus PDFs, written with ofdrw: one OFD page per PDF page, each glyph of the
 * PDF's text layer a text object at its place and size, each ruling segment a stroked line. Read
 * back by {@link OfdReader}, a twin gives the same table cells and the same ERROR findings as the PDF.
 */
class OfdTwinTest {
    @TempDir
    Path tmp;

    /** the corpus reports with the ERROR of their known defect (MANIFEST), none for the clean one */
    @ParameterizedTest
    @CsvSource({"2023_hongzequ_county,LIT-001", "2024_hongzequ_county,TXT-002", "2024_huaian_city,"})
    void anOfdTwinReadsLikeThePdf(String name, String knownError) throws Exception {
        Path pdfFile = Twins.CORPUS.resolve("pdf").resolve(name + ".pdf");
        byte[] pdfBytes = Files.readAllBytes(pdfFile);
        Path ofd = tmp.resolve(name + ".ofd");
        OfdTwins.write(pdfBytes, ofd);
        byte[] ofdBytes = Files.readAllBytes(ofd);
        assertThat(Readers.detect(ofdBytes)).isEqualTo("ofd");

        Document fromOfd = Readers.read(ofd);
        assertThat(fromOfd.format()).isEqualTo("ofd");
        ParsedReport read = Twins.parse(fromOfd);
        ParsedReport pdf = Twins.parse(Readers.read(pdfFile));
        assertThat(Twins.tableCells(pdf)).hasSizeGreaterThan(100);
        assertThat(Twins.tableCells(read)).containsExactlyInAnyOrderEntriesOf(Twins.tableCells(pdf));
        assertThat(errors(read)).isEqualTo(errors(pdf));
        if (knownError == null) assertThat(errors(read)).isEmpty();
        else assertThat(errors(read)).anyMatch(e -> e.startsWith(knownError + " "));
    }

    /**
     * Text objects drawn invisible (Fill="false", or with no opacity) are the OCR layer of a searchable
     * scan, not text the page shows: the page of table 四 with its text made invisible has none of it left
     */
    @ParameterizedTest
    @CsvSource({"Fill=\"false\"", "Alpha=\"0\""})
    void invisibleTextObjectsAreNotRead(String attribute) throws Exception {
        Path pdfFile = Twins.CORPUS.resolve("pdf").resolve("2023_hongzequ_county.pdf");
        Path ofd = tmp.resolve("twin.ofd");
        OfdTwins.write(Files.readAllBytes(pdfFile), ofd);
        int page = Readers.read(ofd).blocks().stream().filter(b -> b.text().contains("复议后起诉")).findFirst()
            .orElseThrow().src().page();
        Path hidden = tmp.resolve("hidden.ofd");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(ofd.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(hidden))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().endsWith("Page_" + (page - 1) + "/Content.xml")) {
                    String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(xml).contains(":TextObject ");
                    String name = attribute.substring(0, attribute.indexOf('='));
                    java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<\\w+:TextObject [^>]*>").matcher(xml);
                    StringBuilder sb = new StringBuilder();
                    while (tag.find()) {
                        String t = tag.group().replaceAll(" " + name + "=\"[^\"]*\"", "").replaceFirst("TextObject ", "TextObject " + attribute + " ");
                        tag.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(t));
                    }
                    data = tag.appendTail(sb).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        List<Block> read = Readers.read(hidden).blocks();
        assertThat(read).noneMatch(b -> b.text().contains("复议后起诉"));
        assertThat(read).noneMatch(b -> b.src().page() != null && b.src().page() == page);
        assertThat(read).anyMatch(b -> b.text().contains("洪泽区"));
    }

    private static List<String> errors(ParsedReport p) throws Exception {
        return TestSupport.engine().check(p, "zh").findings().stream().filter(f -> f.getSeverity() == Severity.ERROR)
            .map(f -> f.getRuleId() + " " + f.getSection() + "/" + f.getTable() + "/" + f.getRow() + "/" + f.getColumn())
            .sorted().toList();
    }
}
