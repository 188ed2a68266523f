package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.ogicheck.read.OfdTwins;
import org.ogicheck.read.Readers;

/**
 * Images and OFD files are known by their content, whatever their name; a damaged or tiny image and a
 * damaged OFD file are one Chinese line, exit 2, never read as text; a real OFD report is checked like its PDF.
 */
class ImageAndOfdInputTest {
    @TempDir
    Path tmp;

    private static void assertRefused(Path file, String reason) {
        DamagedInputTest.assertRefused(file, reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg", "tiff"})
    void aTinyImageUnderAnyNameIsKnownAndRefused(String format) throws IOException {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, format, out)).isTrue();
        assertThat(Readers.detect(out.toByteArray())).isEqualTo(format);
        Path f = tmp.resolve("report.txt");
        Files.write(f, out.toByteArray());
        assertRefused(f, "图片过小");
    }

    @Test
    void aDamagedImageIsOneChineseLine() throws IOException {
        BufferedImage img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, "png", out)).isTrue();
        byte[] cut = java.util.Arrays.copyOf(out.toByteArray(), 60);
        Path f = tmp.resolve("scan.png");
        Files.write(f, cut);
        assertRefused(f, "已损坏");
    }

    @Test
    void ofdIsKnownByItsOfdXml() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes());
            zip.closeEntry();
        }
        assertThat(Readers.detect(out.toByteArray())).isEqualTo("ofd");
        Path f = tmp.resolve("report.docx");
        Files.write(f, out.toByteArray());
        // an OFD.xml with no document body is no readable OFD
        assertRefused(f, "OFD 文件已损坏");
    }

    @Test
    void anOfdThatInflatesPastTheLimitIsRefusedBeforeItIsUnpacked() throws IOException {
        Path f = tmp.resolve("bomb.ofd");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.setLevel(1);
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("Doc_0/Res/zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) zip.write(zeros);
            zip.closeEntry();
        }
        assertThat(Files.size(f)).isLessThan(5L << 20);
        assertRefused(f, "解压后超过");
    }

    @Test
    void anOfdReportUnderAnyNameIsCheckedLikeItsPdf() throws Exception {
        Path pdf = TestSupport.corpus("pdf/2024_huaian_city.pdf");
        Path ofd = tmp.resolve("report.txt");
        OfdTwins.write(Files.readAllBytes(pdf), ofd);
        CliRun fromPdf = CliRun.of("check", "--format", "json", pdf.toString());
        CliRun fromOfd = CliRun.of("check", "--format", "json", ofd.toString());
        assertThat(fromOfd.code()).as(fromOfd.err()).isEqualTo(fromPdf.code()).isNotEqualTo(2);
        assertThat(ruleIds(fromOfd.out())).isNotEmpty().isEqualTo(ruleIds(fromPdf.out()));
    }

    private static java.util.List<String> ruleIds(String json) throws IOException {
        java.util.List<String> ids = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).findValues("ruleId").forEach(n -> ids.add(n.asText()));
        java.util.Collections.sort(ids);
        return ids;
    }
}
