package org.ogicheck.read;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.ogicheck.model.SourceRef;

/**
 * Scans made from the corpus PDFs: pages rendered by PDFBox at a resolution, optionally with noise
 * and a slight rotation, put back into a PDF as images with no text layer. Cached under
 * target/scan-cache (rendering is cheap, but the same scan is used by several tests).
 */
public final class Scans {
    static final Path CACHE = Path.of("target", "scan-cache");

    private Scans() {
    }

    /** the pages of a PDF that hold a table (1-based) */
    public static Set<Integer> tablePages(Path pdf) throws Exception {
        Set<Integer> out = new TreeSet<>();
        for (Block b : Readers.read(pdf).blocks()) {
            SourceRef s = b.src();
            if (b.isRow() && s.page() != null) out.add(s.page());
        }
        return out;
    }

    /**
     * The PDF with the given pages (all when null) replaced by images of them at {@code dpi};
     * {@code degrees} of rotation and, when {@code noise}, speckle and grey jitter.
     */
    public static Path scanned(Path pdf, Set<Integer> pages, float dpi, double degrees, boolean noise) throws IOException {
        String name = pdf.getFileName().toString().replace(".pdf", "") + "-" + (int) dpi + "dpi"
            + (pages == null ? "-all" : "-p" + String.join("_", pages.stream().map(String::valueOf).toList()))
            + (degrees != 0 ? "-rot" + degrees : "") + (noise ? "-noise" : "") + ".pdf";
        Path out = CACHE.resolve(name);
        if (Files.exists(out)) return out;
        Files.createDirectories(CACHE);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                if (pages != null && !pages.contains(p + 1)) continue;
                BufferedImage img = renderer.renderImageWithDPI(p, dpi, ImageType.GRAY);
                if (degrees != 0) img = rotate(img, degrees);
                if (noise) noise(img, p);
                PDPage old = doc.getPage(p);
                PDRectangle box = old.getMediaBox();
                PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                PDImageXObject x = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
                }
                doc.getPages().insertBefore(page, old);
                doc.removePage(old);
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /**
     * The OFD twin of a corpus PDF whose table pages are scanned: each an image object of the page
     * rendered at {@code dpi}, the other pages text (cached like the PDF scans).
     */
    public static Path scannedOfd(Path pdf, float dpi) throws Exception {
        Path out = CACHE.resolve(pdf.getFileName().toString().replace(".pdf", "") + "-" + (int) dpi + "dpi-tables.ofd");
        if (Files.exists(out)) return out;
        Files.createDirectories(CACHE);
        Path part = CACHE.resolve(out.getFileName() + ".part");
        OfdTwins.write(Files.readAllBytes(pdf), part, tablePages(pdf), dpi);
        Files.move(part, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    /** one page of a PDF as a PNG image at {@code dpi} */
    public static byte[] png(Path pdf, int page, float dpi) throws IOException {
        return png(Files.readAllBytes(pdf), page, dpi);
    }

    static byte[] png(byte[] pdf, int page, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        }
    }

    static BufferedImage rotate(BufferedImage img, double degrees) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, AffineTransform.getRotateInstance(Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    /** speckle (0.3 % of the pixels dark) and grey jitter (±25), the same for every run */
    static void noise(BufferedImage img, int seed) {
        Random r = new Random(1000 + seed);
        var raster = img.getRaster();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = raster.getSample(x, y, 0);
                v += r.nextInt(51) - 25;
                if (r.nextInt(1000) < 3) v = r.nextInt(80);
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
    }
}
