package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;

/** Damaged inputs of every format: exit 2, one line naming the file and the reason, nothing on stdout. */
class DamagedInputTest {
    @TempDir
    Path tmp;

    /** refused as damaged or unsupported input: exit 2, one line naming the file and the reason, nothing on stdout */
    static void assertRefused(Path file, String reason) {
        CliRun r = CliRun.of("check", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1).allMatch(l -> l.contains(file.getFileName().toString()));
        assertThat(r.err()).containsIgnoringCase(reason).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void truncatedPdf() throws IOException {
        byte[] pdf = Files.readAllBytes(TestSupport.corpus("pdf/2023_hongzequ_county.pdf"));
        Path f = tmp.resolve("truncated.pdf");
        Files.write(f, Arrays.copyOf(pdf, pdf.length / 2));
        assertRefused(f, "pdf");
    }

    @Test
    void truncatedOfd() throws Exception {
        Path whole = tmp.resolve("whole.ofd");
        org.ogicheck.read.OfdTwins.write(Files.readAllBytes(TestSupport.corpus("pdf/2024_hongzequ_county.pdf")), whole);
        byte[] ofd = Files.readAllBytes(whole);
        Path f = tmp.resolve("truncated.ofd");
        Files.write(f, Arrays.copyOf(ofd, ofd.length / 2));
        assertRefused(f, "OFD 文件已损坏");
    }

    @Test
    void ofdWithoutText() throws Exception {
        Path f = tmp.resolve("scan.ofd");
        try (org.ofdrw.layout.OFDDoc doc = new org.ofdrw.layout.OFDDoc(f)) {
            org.ofdrw.layout.VirtualPage vp = new org.ofdrw.layout.VirtualPage(210d, 297d);
            org.ofdrw.layout.element.canvas.Canvas c = new org.ofdrw.layout.element.canvas.Canvas(0d, 0d, 210d, 297d);
            c.setDrawer(ctx -> ctx.beginPath().moveTo(20, 20).lineTo(190, 20).stroke());
            vp.add(c);
            doc.addVPage(vp);
        }
        assertRefused(f, "没有文字层");
    }

    @Test
    void scannedPdfWithoutText() throws IOException {
        Path f = tmp.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 200, 200);
                cs.fill();
            }
            doc.save(f.toFile());
        }
        assertRefused(f, "OCR");
    }

    @Test
    void docxThatIsNotAZip() throws IOException {
        Path f = tmp.resolve("report.docx");
        Files.write(f, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        assertRefused(f, "docx");
    }

    @Test
    void htmlWithNoReport() throws IOException {
        Path f = tmp.resolve("page.html");
        Files.writeString(f, "<html><head><title>首页</title></head><body><div>欢迎访问</div><a href='/x'>行政复议</a></body></html>");
        assertRefused(f, "没有找到年度报告");
    }
}
