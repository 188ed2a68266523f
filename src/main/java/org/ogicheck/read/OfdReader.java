package org.ogicheck.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
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
 * Image-only (scanned) OFD pages are not read by OCR: an OFD without text is refused.
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
                for (CT_Layer layer : info.getAllLayer()) collect(layer, glyphs, segs);
                ST_Box size = info.getSize();
                float height = (float) (size.getHeight() * PT);
                pages.add(new PdfReader.PageData(height, glyphs, PdfTableBuilder.merge(segs)));
            }
        } catch (ReadException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw ReadException.of(e, "ofd.damaged", source, oneLine(e));
        }
        long chars = pages.stream().mapToLong(p -> p.glyphs().size()).sum();
        if (chars == 0) throw ReadException.of("ofd.noText", source);
        PdfReader.Assembled a = PdfReader.assemble(pages);
        return new Document(source, "ofd", a.blocks(), new LinkedHashMap<>(), a.issues());
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
            throw ReadException.of(e, "ofd.damaged", source, oneLine(e));
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }

    /** the glyphs and segments of a layer or page block and of the blocks nested in it */
    private static void collect(CT_PageBlock block, List<PdfReader.Glyph> glyphs, List<PdfTableBuilder.Seg> segs) {
        for (PageBlockType b : block.getPageBlocks()) {
            if (b instanceof TextObject t) {
                if (!Boolean.FALSE.equals(t.getVisible())) text(t, glyphs);
            } else if (b instanceof PathObject path) {
                if (!Boolean.FALSE.equals(path.getVisible())) path(path, segs);
            } else if (b instanceof CT_PageBlock nested) {
                collect(nested, glyphs, segs);
            }
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

    private static void path(PathObject path, List<PdfTableBuilder.Seg> segs) {
        String data = path.getAbbreviatedData();
        if (data == null || data.isBlank()) return;
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
                    int k = v.length;
                    if (k >= 2) cur = new double[] {tr.x(v[k - 2], v[k - 1]), tr.y(v[k - 2], v[k - 1])};
                    sub.add(cur);
                }
                default -> {
                }
            }
        }
        if (fill) thinFill(sub, segs);
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
