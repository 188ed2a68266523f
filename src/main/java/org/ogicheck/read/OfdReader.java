package org.ogicheck.read;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.basicType.ST_RefID;
import org.ofdrw.core.graph.pathObj.AbbreviatedData;
import org.ofdrw.core.graph.pathObj.OptVal;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.DeltaTool;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;

/**
 * OFD reports (GB/T 33190, the Chinese fixed-layout format) read with ofdrw. Each page's text
 * objects become glyphs at their positions and its straight stroked path segments (and thin filled
 * rectangles) become ruling segments; the page is then assembled exactly as a PDF page is
 * ({@link PdfReader#assemble}), so an OFD gives the same lines, paragraphs and tables as the same
 * report in PDF. OFD measures in millimetres, top-down; glyphs and segments are turned into points.
 * A page without text that shows images (a scan) is drawn as one image and read by OCR like a
 * scanned PDF page ({@link OcrReader#page}); an OFD without text and without images is refused.
 */
public final class OfdReader {
    /** points per millimetre */
    static final double PT = 72 / 25.4;
    /** a filled rectangle at most this thick (points) is a ruling line, as in a PDF */
    private static final float THIN = 2.5f;

    /** the most an OFD package may inflate to (ofdrw unpacks it to disk): reports with fonts and images stay far below */
    static final long MAX_INFLATED = 256L << 20;

    public Document read(String source, byte[] bytes) throws ReadException {
        checkInflatedSize(source, bytes);
        List<PdfReader.PageData> pages = new ArrayList<>();
        List<Integer> scanned = new ArrayList<>();
        try (OFDReader ofd = new OFDReader(new ByteArrayInputStream(bytes))) {
            int n = ofd.getNumberOfPages();
            if (n == 0) throw ReadException.of("ofd.noPages", source);
            if (n > PdfReader.MAX_PAGES) {
                throw ReadException.of("ofd.tooManyPages", source, PdfReader.MAX_PAGES);
            }
            for (int p = 1; p <= n; p++) {
                PageInfo info = ofd.getPageInfo(p);
                List<PdfReader.Glyph> glyphs = new ArrayList<>();
                List<PdfTableBuilder.Seg> segs = new ArrayList<>();
                List<ImageObject> images = new ArrayList<>();
                int[] curved = {0};
                for (CT_Layer layer : info.getAllLayer()) collect(layer, glyphs, segs, images, curved);
                ST_Box size = info.getSize();
                float height = (float) (size.getHeight() * PT);
                if (glyphs.size() < PdfReader.MIN_CHARS_PER_PAGE && !images.isEmpty()) {
                    // a scanned page: its images drawn where the page shows them, at the PDF reader's OCR resolution, read by OCR
                    OcrReader.Page page = OcrReader.page(source, p, render(source, p, ofd, images, size), OcrReader.RENDER_DPI);
                    pages.add(new PdfReader.PageData(page.height(), page.glyphs(), page.segs()));
                    scanned.add(p);
                    continue;
                }
                pages.add(new PdfReader.PageData(height, glyphs, PdfTableBuilder.merge(segs), pictures(ofd, images),
                    curved[0] >= Pictures.DRAWING_PATHS));
            }
        } catch (ReadException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw ReadException.of(e, "ofd.damaged", source, LibraryReasons.of(e, ReadException.oneLine(e)));
        }
        long chars = pages.stream().mapToLong(p -> p.glyphs().size()).sum();
        if (chars == 0) throw ReadException.of("ofd.noText", source);
        PdfReader.Assembled a = PdfReader.assemble(pages);
        Map<String, String> meta = new LinkedHashMap<>();
        if (!scanned.isEmpty()) meta.put("ocr", String.join(",", scanned.stream().map(String::valueOf).toList()));
        // as in a PDF: a page read by OCR keeps no picture of its own
        if (a.picturesSure() && scanned.isEmpty()) meta.put(Document.PICTURES, Document.PICTURES_SEEN);
        return new Document(source, "ofd", OcrVocabulary.labels(a.blocks(), scanned::contains), meta, a.issues());
    }

    /** a zip bomb is refused before ofdrw unpacks it: the entries are inflated once, counted and dropped */
    private static void checkInflatedSize(String source, byte[] bytes) throws ReadException {
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                for (int n; (n = zip.read(buf)) > 0; ) {
                    total += n;
                    if (total > MAX_INFLATED) {
                        throw ReadException.of("ofd.tooLarge", source, MAX_INFLATED >> 20);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw ReadException.of(e, "ofd.damaged", source, LibraryReasons.of(e, ReadException.oneLine(e)));
        }
    }

    /** the glyphs, segments and images of a layer or page block and of the blocks nested in it */
    private static void collect(CT_PageBlock block, List<PdfReader.Glyph> glyphs, List<PdfTableBuilder.Seg> segs,
                                List<ImageObject> images, int[] curved) {
        for (PageBlockType b : block.getPageBlocks()) {
            if (b instanceof TextObject t) {
                if (!Boolean.FALSE.equals(t.getVisible()) && !invisible(t)) text(t, glyphs);
            } else if (b instanceof PathObject path) {
                if (!Boolean.FALSE.equals(path.getVisible()) && path(path, segs)) curved[0]++;
            } else if (b instanceof ImageObject image) {
                if (!Boolean.FALSE.equals(image.getVisible())) images.add(image);
            } else if (b instanceof CT_PageBlock nested) {
                collect(nested, glyphs, segs, images, curved);
            }
        }
    }

    /**
     * Text a reader does not see: neither filled nor stroked, or filled with no opacity. It is the text
     * layer another OCR lays under a scanned page's image (a "searchable" OFD), with no confidence for its
     * digits; left out, such a page is an image without text, read by our OCR (as {@link PdfReader} does).
     */
    static boolean invisible(TextObject t) {
        if (Boolean.TRUE.equals(t.getStroke())) return false;
        if (Boolean.FALSE.equals(t.getFill())) return true;
        if (t.getAlpha() != null && t.getAlpha() == 0) return true;
        return t.getFillColor() != null && t.getFillColor().getAlpha() != null && t.getFillColor().getAlpha() == 0;
    }

    /**
     * A scanned page as one grey image at {@link OcrReader#RENDER_DPI}: white paper with each image
     * drawn over the box its boundary and CTM give it (an image object fills its unit square).
     */
    private static BufferedImage render(String source, int pageNo, OFDReader ofd, List<ImageObject> images, ST_Box size)
        throws IOException, ReadException {
        double px = OcrReader.RENDER_DPI / 72;
        long wide = Math.round(size.getWidth() * PT * px);
        long high = Math.round(size.getHeight() * PT * px);
        // the page and each image within the pixels of an image file or a scanned PDF page, before any is made
        if (wide * high > OcrReader.MAX_PIXELS) throw ReadException.of("pdf.pageTooLarge", source, pageNo, wide, high);
        for (ImageObject io : images) {
            withinPixels(source, ofd, io.getResourceID());
            withinPixels(source, ofd, io.getImageMask());
        }
        int w = (int) wide;
        int h = (int) high;
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            for (ImageObject io : images) {
                BufferedImage img = ofd.getResMgt().getImage(io);
                if (img == null) continue;
                Transform tr = Transform.of(io.getBoundary(), io.getCTM());
                double x0 = Math.min(tr.x(0, 0), tr.x(1, 1)) * px;
                double y0 = Math.min(tr.y(0, 0), tr.y(1, 1)) * px;
                double x1 = Math.max(tr.x(0, 0), tr.x(1, 1)) * px;
                double y1 = Math.max(tr.y(0, 0), tr.y(1, 1)) * px;
                g.drawImage(img, (int) Math.round(x0), (int) Math.round(y0), (int) Math.round(x1 - x0), (int) Math.round(y1 - y0), null);
            }
        } finally {
            g.dispose();
        }
        return page;
    }

    /**
     * The images of a page with text that may be pictures of their own ({@link Pictures}): where each is drawn, in
     * points; not a translucent one (a watermark) nor a red seal. An image too large to decode (by its header) or
     * one that cannot be decoded is kept: it may be a picture.
     */
    private static List<Pictures.Pic> pictures(OFDReader ofd, List<ImageObject> images) {
        List<Pictures.Pic> out = new ArrayList<>();
        for (ImageObject io : images) {
            if (io.getAlpha() != null && io.getAlpha() < 230) continue;
            Transform tr = Transform.of(io.getBoundary(), io.getCTM());
            float left = (float) Math.min(tr.x(0, 0), tr.x(1, 1));
            float top = (float) Math.min(tr.y(0, 0), tr.y(1, 1));
            float right = (float) Math.max(tr.x(0, 0), tr.x(1, 1));
            float bottom = (float) Math.max(tr.y(0, 0), tr.y(1, 1));
            if (right - left < Pictures.ICON_PT || bottom - top < Pictures.ICON_PT) continue;
            if (Pictures.seal(decoded(ofd, io))) continue;
            out.add(new Pictures.Pic(left, top, right, bottom));
        }
        return out;
    }

    private static BufferedImage decoded(OFDReader ofd, ImageObject io) {
        try {
            if (io.getResourceID() == null) return null;
            int[] size = OcrReader.headerSize(ofd.getResMgt().getImageByteArray(io.getResourceID().toString()));
            if (size == null || (long) size[0] * size[1] > OcrReader.MAX_PIXELS) return null;
            return ofd.getResMgt().getImage(io);
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    /** an image resource whose header gives more pixels than {@link OcrReader#MAX_PIXELS} is not decoded: one line says so */
    private static void withinPixels(String source, OFDReader ofd, ST_RefID id) throws IOException, ReadException {
        if (id == null) return;
        int[] size = OcrReader.headerSize(ofd.getResMgt().getImageByteArray(id.toString()));
        if (size != null && (long) size[0] * size[1] > OcrReader.MAX_PIXELS) {
            throw ReadException.of("image.tooLarge", source, size[0], size[1]);
        }
    }

    /** object space → page space: the CTM, then the boundary's origin; in points */
    private record Transform(double a, double b, double c, double d, double e, double f, double ox, double oy) {
        static Transform of(ST_Box boundary, ST_Array ctm) {
            double ox = boundary == null ? 0 : boundary.getTopLeftX();
            double oy = boundary == null ? 0 : boundary.getTopLeftY();
            if (ctm == null || ctm.size() < 6) return new Transform(1, 0, 0, 1, 0, 0, ox, oy);
            Double[] m = ctm.toDouble();
            return new Transform(m[0], m[1], m[2], m[3], m[4], m[5], ox, oy);
        }

        double x(double x, double y) {
            return (ox + a * x + c * y + e) * PT;
        }

        double y(double x, double y) {
            return (oy + b * x + d * y + f) * PT;
        }

        double scale() {
            return Math.sqrt(Math.abs(a * d - b * c));
        }
    }

    private static void text(TextObject t, List<PdfReader.Glyph> glyphs) {
        Transform tr = Transform.of(t.getBoundary(), t.getCTM());
        double size = (t.getSize() == null ? 0 : t.getSize()) * tr.scale() * PT;
        if (size <= 0) return;
        ST_Box box = t.getBoundary();
        Double x = null;
        Double y = null;
        for (TextCode code : t.getTextCodes()) {
            if (code.getX() != null) x = code.getX();
            if (code.getY() != null) y = code.getY();
            if (x == null || y == null || code.getContent() == null) continue;
            int[] cps = code.getContent().codePoints().toArray();
            List<Float> dx = code.getDeltaX() == null ? List.of() : DeltaTool.getDelta(code.getDeltaX(), cps.length);
            List<Float> dy = code.getDeltaY() == null ? List.of() : DeltaTool.getDelta(code.getDeltaY(), cps.length);
            double cx = x;
            double cy = y;
            for (int i = 0; i < cps.length; i++) {
                String u = PdfReader.clean(new String(cps, i, 1));
                double advance = i < dx.size() ? dx.get(i) : Double.NaN;
                double px = tr.x(cx, cy);
                double py = tr.y(cx, cy);
                double width;
                if (!Double.isNaN(advance)) {
                    width = advance * tr.scale() * PT;
                } else if (i + 1 < cps.length) {
                    width = usualWidth(cps[i]) * size;
                } else {
                    // the last glyph of a code: up to the boundary's right edge when that is within one em, else its usual width
                    double toEdge = box == null ? -1 : (box.getTopLeftX() + box.getWidth()) * PT - px;
                    width = toEdge > 0 && toEdge <= 1.1 * size ? toEdge : usualWidth(cps[i]) * size;
                }
                width = Math.min(Math.max(width, 0), size * 1.1);
                if (!u.isBlank()) glyphs.add(new PdfReader.Glyph(u, (float) px, (float) py, (float) width, (float) size));
                cx += !Double.isNaN(advance) ? advance : usualWidth(cps[i]) * t.getSize();
                if (i < dy.size()) cy += dy.get(i);
            }
            x = cx;
        }
    }

    /** the advance of a glyph in ems when the file gives none: full width for Chinese, about half for the rest */
    private static double usualWidth(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        boolean wide = s == Character.UnicodeScript.HAN || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
            || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
        return wide ? 1.0 : 0.5;
    }

    /** the path's ruling segments into segs; whether it is a painted path with a curve (outlined text, a chart) */
    private static boolean path(PathObject path, List<PdfTableBuilder.Seg> segs) {
        String data = path.getAbbreviatedData();
        if (data == null || data.isBlank()) return false;
        boolean curve = false;
        Transform tr = Transform.of(path.getBoundary(), path.getCTM());
        boolean stroke = !Boolean.FALSE.equals(path.getStroke());
        boolean fill = Boolean.TRUE.equals(path.getFill());
        List<double[]> sub = new ArrayList<>();
        double[] start = null;
        double[] cur = null;
        for (OptVal op : AbbreviatedData.parse(data)) {
            double[] v = op.getValues();
            switch (op.getOpt()) {
                case "S", "M" -> {
                    if (fill) thinFill(sub, segs);
                    sub = new ArrayList<>();
                    cur = new double[] {tr.x(v[0], v[1]), tr.y(v[0], v[1])};
                    start = cur;
                    sub.add(cur);
                }
                case "L" -> {
                    double[] next = {tr.x(v[0], v[1]), tr.y(v[0], v[1])};
                    if (cur != null && stroke) segment(cur, next, segs);
                    cur = next;
                    sub.add(cur);
                }
                case "C" -> {
                    if (cur != null && start != null && stroke) segment(cur, start, segs);
                    cur = start;
                }
                case "Q", "B", "A" -> {
                    // curves are no rulings: the pen moves to the curve's end
                    curve = true;
                    int k = v.length;
                    if (k >= 2) cur = new double[] {tr.x(v[k - 2], v[k - 1]), tr.y(v[k - 2], v[k - 1])};
                    sub.add(cur);
                }
                default -> {
                }
            }
        }
        if (fill) thinFill(sub, segs);
        return curve && (stroke || fill);
    }

    private static void segment(double[] a, double[] b, List<PdfTableBuilder.Seg> segs) {
        float x1 = (float) a[0];
        float y1 = (float) a[1];
        float x2 = (float) b[0];
        float y2 = (float) b[1];
        if (Math.abs(y1 - y2) <= 1 && Math.abs(x1 - x2) > 1) {
            segs.add(new PdfTableBuilder.Seg(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
        } else if (Math.abs(x1 - x2) <= 1 && Math.abs(y1 - y2) > 1) {
            segs.add(new PdfTableBuilder.Seg(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
        }
    }

    private static void thinFill(List<double[]> s, List<PdfTableBuilder.Seg> segs) {
        if (s.size() < 3) return;
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : s) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        float w = (float) (maxX - minX);
        float h = (float) (maxY - minY);
        if (h <= THIN && w > THIN) segs.add(new PdfTableBuilder.Seg(true, (float) (minY + maxY) / 2, (float) minX, (float) maxX));
        else if (w <= THIN && h > THIN) segs.add(new PdfTableBuilder.Seg(false, (float) (minX + maxX) / 2, (float) minY, (float) maxY));
    }
}
