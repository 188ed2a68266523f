package org.ogicheck.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.app.Result;
import org.ogicheck.read.Block;
import org.ogicheck.read.Document;
import org.ogicheck.read.Readers;

/**
 * A "searchable" scan (双层PDF): page images with an invisible text layer that an OCR program laid under
 * them, as scanners and PDF tools make. That layer's digits come with no confidence, and a misread one
 * would be a false ERROR; the reader leaves invisible text out, so such a page is read by our own OCR,
 * like a bare scan.
 */
class SearchableScanTest {

    @Test
    void aSearchableScanIsReadByOcrNotByItsInvisibleTextLayer() throws Exception {
        String name = "2023_hongzequ_county";
        Path searchable = searchable(ScanTest.pdf(name), 300);
        // what it claims to be: every page an image with Tesseract's invisible text under it
        try (PDDocument d = Loader.loadPDF(searchable.toFile())) {
            assertThat(new PDFTextStripper().getText(d).replaceAll("\\s", "")).contains("行政复议");
        }
        Result r = ScanTest.check(searchable);
        assertThat(r.parsed().report().getOcrPages()).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        // read like the bare scan of the same pages: both LIT-001 of the text twin, nothing else
        assertThat(ScanTest.errors(r)).isEqualTo(ScanTest.errors(ScanTest.twin(name)));
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.getEvidence()).containsEntry("source", "文字识别（OCR）"));
    }

    @Test
    void invisibleTextIsNoPartOfAPage(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("layers.pdf");
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.beginText();
                cs.newLineAtOffset(72, 700);
                cs.showText("Visible line of the page, long enough to be a text layer 2023");
                cs.setRenderingMode(RenderingMode.NEITHER);
                cs.newLineAtOffset(0, -20);
                cs.showText("Hidden OCR layer 9876");
                cs.endText();
            }
            d.save(pdf.toFile());
        }
        Document read = Readers.read(pdf);
        String text = String.join("\n", read.blocks().stream().map(Block::text).toList());
        assertThat(text).contains("Visible line").doesNotContain("Hidden").doesNotContain("9876");
        assertThat(read.meta()).doesNotContainKey("ocr");
    }

    /**
     * The PDF's pages rendered at {@code dpi} (grey, as a scanner gives them) and made a searchable PDF by
     * Tesseract itself ({@code tesseract LIST OUT --dpi N -l chi_sim pdf}: each page its image and the
     * recognised text in rendering mode 3); cached beside the other scans.
     */
    static Path searchable(Path pdf, int dpi) throws Exception {
        Path cache = Path.of("target", "scan-cache");
        String base = pdf.getFileName().toString().replace(".pdf", "") + "-" + dpi + "dpi-searchable";
        Path out = cache.resolve(base + ".pdf");
        if (Files.exists(out)) return out;
        Path work = Files.createDirectories(cache.resolve(base + "-pages"));
        List<String> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage img = renderer.renderImageWithDPI(p, dpi, ImageType.GRAY);
                Path png = work.resolve(String.format("page-%02d.png", p + 1));
                ImageIO.write(img, "png", png.toFile());
                images.add(png.toAbsolutePath().toString());
            }
        }
        Path list = work.resolve("pages.txt");
        Files.write(list, images);
        Path part = work.resolve("out");
        Process t = new ProcessBuilder("tesseract", list.toString(), part.toString(), "--dpi", String.valueOf(dpi),
            "-l", "chi_sim", "pdf").redirectErrorStream(true).redirectOutput(work.resolve("tesseract.log").toFile()).start();
        assertThat(t.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(t.exitValue()).as("tesseract, see %s", work.resolve("tesseract.log")).isZero();
        Files.move(work.resolve("out.pdf"), out);
        return out;
    }
}
