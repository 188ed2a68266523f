package org.ogicheck.read;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.canvas.Canvas;

/** Writes OFD twins of PDFs with ofdrw (for tests in any package). */
public final class OfdTwins {
    private OfdTwins() {
    }

    /** the OFD twin of a PDF: its glyphs and rulings as PdfReader sees them, in millimetres */
    public static void write(byte[] pdfBytes, Path ofd) throws Exception {
        write(pdfBytes, ofd, java.util.Set.of(), 0);
    }

    /**
     * The OFD twin of a PDF whose pages {@code scanned} (1-based) are each one image: the page
     * rendered at {@code dpi}, as a scanner's OFD holds it (an image object over the whole page).
     */
    public static void write(byte[] pdfBytes, Path ofd, java.util.Set<Integer> scanned, float dpi) throws Exception {
        List<PdfReader.PageData> pages = PdfReader.pageData("twin.pdf", pdfBytes);
        float[] widths;
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            widths = new float[pdf.getNumberOfPages()];
            for (int i = 0; i < widths.length; i++) {
                PDPage page = pdf.getPage(i);
                int rot = Math.floorMod(page.getRotation(), 360);
                widths[i] = rot == 90 || rot == 270 ? page.getCropBox().getHeight() : page.getCropBox().getWidth();
            }
        }
        List<Path> images = new java.util.ArrayList<>();
        try (OFDDoc doc = new OFDDoc(ofd)) {
            for (int i = 0; i < pages.size(); i++) {
                PdfReader.PageData data = pages.get(i);
                double w = widths[i] / OfdReader.PT;
                double h = data.height() / OfdReader.PT;
                VirtualPage vp = new VirtualPage(w, h);
                if (scanned.contains(i + 1)) {
                    Path png = java.nio.file.Files.createTempFile(ofd.getParent(), "page", ".png");
                    java.nio.file.Files.write(png, Scans.png(pdfBytes, i + 1, dpi));
                    images.add(png);
                    Canvas image = new Canvas(0d, 0d, w, h);
                    image.setDrawer(ctx -> ctx.drawImage(png, 0, 0, w, h));
                    vp.add(image);
                    doc.addVPage(vp);
                    continue;
                }
                Canvas canvas = new Canvas(0d, 0d, w, h);
                canvas.setDrawer(ctx -> {
                    ctx.setLineWidth(0.2);
                    for (PdfTableBuilder.Seg s : data.segs()) {
                        double pos = s.pos() / OfdReader.PT;
                        double from = s.from() / OfdReader.PT;
                        double to = s.to() / OfdReader.PT;
                        ctx.beginPath();
                        if (s.horizontal()) ctx.moveTo(from, pos).lineTo(to, pos);
                        else ctx.moveTo(pos, from).lineTo(pos, to);
                        ctx.stroke();
                    }
                });
                vp.add(canvas);
                // each image the PDF page draws, as the page shows it there (cut from the page rendered at 150 dpi)
                java.awt.image.BufferedImage rendered = data.pics().isEmpty() ? null
                    : javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(Scans.png(pdfBytes, i + 1, 150)));
                for (Pictures.Pic pic : data.pics()) {
                    double k = 150 / 72.0;
                    int x0 = (int) Math.max(0, Math.round(pic.left() * k));
                    int y0 = (int) Math.max(0, Math.round(pic.top() * k));
                    int x1 = (int) Math.min(rendered.getWidth(), Math.round(pic.right() * k));
                    int y1 = (int) Math.min(rendered.getHeight(), Math.round(pic.bottom() * k));
                    if (x1 <= x0 || y1 <= y0) continue;
                    Path png = java.nio.file.Files.createTempFile(ofd.getParent(), "image", ".png");
                    javax.imageio.ImageIO.write(rendered.getSubimage(x0, y0, x1 - x0, y1 - y0), "png", png.toFile());
                    images.add(png);
                    double ix = pic.left() / OfdReader.PT;
                    double iy = pic.top() / OfdReader.PT;
                    double iw = (pic.right() - pic.left()) / OfdReader.PT;
                    double ih = (pic.bottom() - pic.top()) / OfdReader.PT;
                    Canvas image = new Canvas(ix, iy, iw, ih);
                    image.setDrawer(ctx -> ctx.drawImage(png, 0, 0, iw, ih));
                    vp.add(image);
                }
                // each glyph a text object of its own whose boundary is the glyph's box (its origin
                // not the page's, as OFD writers set it), the baseline one em below the box's top,
                // drawn at half size and scaled up by its CTM
                for (PdfReader.Glyph g : data.glyphs()) {
                    double size = g.size() / OfdReader.PT;
                    double gw = Math.max(g.width() / OfdReader.PT, 0.05);
                    Canvas box = new Canvas(g.x() / OfdReader.PT, g.y() / OfdReader.PT - size, gw, size * 1.2);
                    box.setDrawer(ctx -> {
                        ctx.scale(2, 2);
                        ctx.setDefaultFont(size / 2);
                        ctx.fillText(g.text(), 0, size / 2);
                    });
                    vp.add(box);
                }
                doc.addVPage(vp);
            }
        } finally {
            // the images are copied into the package when it is closed
            for (Path png : images) java.nio.file.Files.deleteIfExists(png);
        }
    }

    /** an OFD of one page {@code wide} × {@code high} millimetres showing the image {@code picture} over the whole page, no text */
    public static byte[] scannedPage(Path dir, double wide, double high, byte[] picture) throws Exception {
        Path png = java.nio.file.Files.createTempFile(dir, "picture", ".png");
        Path ofd = java.nio.file.Files.createTempFile(dir, "scanned", ".ofd");
        try {
            java.nio.file.Files.write(png, picture);
            try (OFDDoc doc = new OFDDoc(ofd)) {
                VirtualPage vp = new VirtualPage(wide, high);
                Canvas image = new Canvas(0d, 0d, wide, high);
                image.setDrawer(ctx -> ctx.drawImage(png, 0, 0, wide, high));
                vp.add(image);
                doc.addVPage(vp);
            }
            return java.nio.file.Files.readAllBytes(ofd);
        } finally {
            java.nio.file.Files.deleteIfExists(png);
            java.nio.file.Files.deleteIfExists(ofd);
        }
    }
}
