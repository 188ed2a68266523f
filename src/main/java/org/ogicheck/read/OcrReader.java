package org.ogicheck.read;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads scanned pages and images (PNG, JPEG, TIFF) by OCR with Tesseract ({@code tesseract} on the
 * PATH with its {@code chi_sim} model; {@code .ci/run} installs Debian's {@code tesseract-ocr} and
 * {@code tesseract-ocr-chi-sim}). A page becomes the same glyphs and ruling segments the PDF reader
 * takes from a text layer, in page points, so tables and lines are rebuilt by the same code:
 *
 * <ol>
 *   <li>the page is made grey, binarised and straightened (a skew of up to ±2° is measured from the
 *       projection profile and turned back);</li>
 *   <li>ruling lines are the long horizontal and vertical runs of dark pixels; they become
 *       {@link PdfTableBuilder.Seg}s and are erased from the image, so they do not disturb the OCR;</li>
 *   <li>Tesseract (command line, TSV output) gives each word with its box and confidence.</li>
 * </ol>
 *
 * <p>Every number keeps its confidence: a word holding a digit read with a confidence below the
 * threshold (parameter {@code ocr.minConfidence} of rules/parameters.csv, overridden by the system property
 * {@value #THRESHOLD_PROPERTY}; 0–100, default {@value #DEFAULT_THRESHOLD})
 * is not taken as a number: it is given as {@code [识别存疑:…]}, which the parser reads as an
 * unreadable cell (and no narrative figure).
 */
public final class OcrReader {
    public static final String THRESHOLD_PROPERTY = "ogicheck.ocr.minConfidence";
    public static final int DEFAULT_THRESHOLD = 80;
    /** the OCR command; a system property so that a test or an installation may point elsewhere */
    public static final String COMMAND_PROPERTY = "ogicheck.ocr.tesseract";
    /** scanned PDF pages are rendered at this resolution */
    static final float RENDER_DPI = 300;
    private static final long TIMEOUT_SECONDS = 180;

    /** one page as read: glyphs and ruling segments in top-down page points, and the page height */
    record Page(List<PdfReader.Glyph> glyphs, List<PdfTableBuilder.Seg> segs, float height) {
    }

    private OcrReader() {
    }

    /** the parameter of the rule folders' sheet (parameters.csv) that sets the threshold */
    public static final String THRESHOLD_PARAMETER = "ocr.minConfidence";

    private static volatile int configured = DEFAULT_THRESHOLD;

    /**
     * The threshold the rule folders' parameter sheet gives ({@value #THRESHOLD_PARAMETER}; the
     * default when it gives none or no number), set when a rule set is loaded. The system property
     * {@value #THRESHOLD_PROPERTY}, when set, still overrides it.
     */
    public static void configure(String parameter) {
        configured = parse(parameter);
    }

    static int threshold() {
        String p = System.getProperty(THRESHOLD_PROPERTY);
        return p == null || p.isBlank() ? configured : parse(p);
    }

    private static int parse(String v) {
        if (v == null || v.isBlank()) return DEFAULT_THRESHOLD;
        try {
            return Math.max(0, Math.min(100, (int) Math.round(Double.parseDouble(v.strip()))));
        } catch (NumberFormatException e) {
            return DEFAULT_THRESHOLD;
        }
    }

    /** an image file (PNG, JPEG, or a TIFF of one or more pages) as a document */
    static Document readImage(String source, byte[] bytes, String type) throws ReadException {
        List<BufferedImage> images = decode(source, bytes, type);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            BufferedImage img = images.get(i);
            pages.add(page(source, i + 1, img, dpiOf(img)));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("ocr", pageList(pages.size()));
        return new Document(source, type, PdfReader.blocksOf(pages), meta);
    }

    static String pageList(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append(i == 1 ? "" : ",").append(i);
        return sb.toString();
    }

    private static List<BufferedImage> decode(String source, byte[] bytes, String type) throws ReadException {
        List<BufferedImage> out = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) throw damaged(source, type, null);
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                int n = "tiff".equals(type) ? r.getNumImages(true) : 1;
                if (n > 200) throw ReadException.of("image.tooManyPages", source, type.toUpperCase(Locale.ROOT), n);
                for (int i = 0; i < n; i++) out.add(r.read(i));
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw damaged(source, type, e);
        }
        if (out.isEmpty() || out.get(0) == null) throw damaged(source, type, null);
        for (BufferedImage img : out) {
            if (img.getWidth() < 200 || img.getHeight() < 200) {
                throw ReadException.of("image.tooSmall", source, img.getWidth(), img.getHeight());
            }
            if ((long) img.getWidth() * img.getHeight() > 80_000_000L) {
                throw ReadException.of("image.tooLarge", source, img.getWidth(), img.getHeight());
            }
        }
        return out;
    }

    private static ReadException damaged(String source, String type, Exception e) {
        String t = type.toUpperCase(Locale.ROOT);
        if (e == null || e.getMessage() == null) return ReadException.of(e, "image.damaged", source, t);
        return ReadException.of(e, "image.damagedWhy", source, t, ReadException.oneLine(e));
    }

    /**
     * The resolution of a page image: a report page is A4 (210 mm wide), so the width in pixels
     * tells it (a photographed or cropped page is read as if it filled the width, which only
     * scales the coordinates).
     */
    static float dpiOf(BufferedImage img) {
        int w = Math.min(img.getWidth(), img.getHeight());
        return Math.max(50, w / (210f / 25.4f));
    }

    // ---- one page -------------------------------------------------------------------------------

    static Page page(String source, int pageNo, BufferedImage image, float dpi) throws ReadException {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] gray = gray(image);
        double angle = skew(gray, w, h);
        if (Math.abs(angle) >= 0.05) gray = rotate(gray, w, h, -angle);
        boolean[] dark = binarise(gray, w, h);
        denoise(dark, w, h);
        float scale = 72f / dpi;
        List<PdfTableBuilder.Seg> segs = new ArrayList<>();
        List<int[]> hLines = lines(dark, w, h, true, Math.round(dpi * 0.3f), Math.max(3, Math.round(dpi * 0.025f)));
        List<int[]> vLines = lines(dark, w, h, false, Math.round(dpi * 0.25f), Math.max(3, Math.round(dpi * 0.025f)));
        for (int[] l : hLines) segs.add(new PdfTableBuilder.Seg(true, l[0] * scale, l[1] * scale, l[2] * scale));
        for (int[] l : vLines) segs.add(new PdfTableBuilder.Seg(false, l[0] * scale, l[1] * scale, l[2] * scale));
        boolean[] ruled = new boolean[w * h];
        erase(dark, ruled, w, h, hLines, true);
        erase(dark, ruled, w, h, vLines, false);
        // what Tesseract sees: the grey page without its ruling lines (it binarises each image itself,
        // which reads text on shaded cells better than one threshold for the page)
        for (int i = 0; i < ruled.length; i++) if (ruled[i]) gray[i] = 255;
        // each cell (a region closed in by ruling lines) is read on its own, its words mapped back
        List<int[]> cells = cells(ruled, w, h, dpi);
        int[] rest = gray.clone();
        List<int[]> read = new ArrayList<>();
        for (int[] c : cells) {
            if (!inked(dark, w, c)) continue;
            read.add(c);
            for (int y = c[1]; y <= c[3]; y++) for (int x = c[0]; x <= c[2]; x++) rest[y * w + x] = 255;
        }
        float zoom = dpi < 280 ? 300f / dpi : 1;
        int gap = Math.round(dpi * 0.1f * zoom);
        // the page without its cells, then all cells stacked on one sheet (one image, one layout pass)
        List<int[]> placed = new ArrayList<>();
        int[] sheet = sheet(gray, w, read, zoom, gap, placed);
        List<byte[]> images = new ArrayList<>();
        images.add(png(rest, w, h));
        if (!read.isEmpty()) images.add(png(sheet, placed.get(placed.size() - 1)[0], placed.get(placed.size() - 1)[1]));
        List<String> tsv = tesseract(source, pageNo, images, "chi_sim", "6", null);
        List<PdfReader.Glyph> glyphs = new ArrayList<>(words(tsv.get(0), scale, 0, 0, 1, 0, 0, Integer.MAX_VALUE, null));
        if (read.isEmpty()) return new Page(glyphs, PdfTableBuilder.merge(segs), h * scale);
        String cellTsv = tsv.get(1);
        // a cell with no Chinese is read a second time as digits only; the two readings must agree
        List<Integer> numeric = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            String t = text(cellTsv, placed.get(i)[1], placed.get(i)[1] + placed.get(i)[2]);
            if (!t.isEmpty() && t.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) numeric.add(i);
        }
        String digits = "";
        List<int[]> placedDigits = new ArrayList<>();
        if (!numeric.isEmpty()) {
            List<int[]> cellsDigits = new ArrayList<>();
            for (int i : numeric) cellsDigits.add(read.get(i));
            int[] sheet2 = sheet(gray, w, cellsDigits, zoom, gap, placedDigits);
            int[] size2 = placedDigits.get(placedDigits.size() - 1);
            digits = tesseract(source, pageNo, List.of(png(sheet2, size2[0], size2[1])), "eng", "6", "0123456789,.%-/").get(0);
        }
        for (int i = 0; i < read.size(); i++) {
            int[] c = read.get(i);
            int[] at = placed.get(i);
            int k = numeric.indexOf(i);
            if (k < 0) {
                List<PdfReader.Glyph> ws = words(cellTsv, scale, c[0], c[1] - at[1] / zoom, zoom, gap, at[1], at[1] + at[2], null);
                String t = text(cellTsv, at[1], at[1] + at[2]);
                // ink that reads as nothing, or as one stray character, is no label and no blank: unreadable
                if (t.isEmpty() || t.codePointCount(0, t.length()) == 1 && !"无".equals(t)) {
                    ws = List.of(new PdfReader.Glyph("[识别存疑:" + t + "]", c[0] * scale, c[3] * scale, (c[2] - c[0]) * scale,
                        Math.min(c[3] - c[1], dpi / 6) * scale));
                } else {
                    // a label a character or two off a word of the formats is that word (one glyph over the cell's words)
                    String cellText = PdfReader.text(ws);
                    String word = OcrVocabulary.correct(cellText);
                    if (!word.equals(cellText) && !ws.isEmpty()) ws = List.of(spanning(ws, word));
                }
                glyphs.addAll(ws);
                continue;
            }
            String first = text(cellTsv, at[1], at[1] + at[2]).replaceAll("[^0-9]", "");
            int[] at2 = placedDigits.get(k);
            glyphs.addAll(words(digits, scale, c[0], c[1] - at2[1] / zoom, zoom, gap, at2[1], at2[1] + at2[2], first));
        }
        return new Page(glyphs, PdfTableBuilder.merge(segs), h * scale);
    }

    /** one glyph with {@code text} over the first line of the given glyphs */
    private static PdfReader.Glyph spanning(List<PdfReader.Glyph> ws, String text) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        PdfReader.Glyph first = ws.get(0);
        for (PdfReader.Glyph g : ws) {
            left = Math.min(left, g.x());
            right = Math.max(right, g.right());
            if (g.y() < first.y()) first = g;
        }
        return new PdfReader.Glyph(text, left, first.y(), right - left, first.size());
    }

    /**
     * The cells of the page's ruled tables: regions of non-line pixels closed in on every side by
     * ruling lines (not touching the page's edge), each as {x0, y0, x1, y1} shrunk off the lines.
     */
    static List<int[]> cells(boolean[] ruled, int w, int h, float dpi) {
        int[] label = new int[w * h];
        int[] queue = new int[w * h];
        List<int[]> out = new ArrayList<>();
        int next = 0;
        long maxArea = (long) w * h / 3;
        int minSide = Math.max(4, Math.round(dpi * 0.06f));
        for (int start = 0; start < label.length; start++) {
            if (ruled[start] || label[start] != 0) continue;
            next++;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            label[start] = next;
            int x0 = w;
            int y0 = h;
            int x1 = -1;
            int y1 = -1;
            long area = 0;
            boolean edge = false;
            while (head < tail) {
                int i = queue[head++];
                int x = i % w;
                int y = i / w;
                area++;
                if (x < x0) x0 = x;
                if (x > x1) x1 = x;
                if (y < y0) y0 = y;
                if (y > y1) y1 = y;
                if (x == 0 || y == 0 || x == w - 1 || y == h - 1) edge = true;
                if (x > 0 && !ruled[i - 1] && label[i - 1] == 0) { label[i - 1] = next; queue[tail++] = i - 1; }
                if (x < w - 1 && !ruled[i + 1] && label[i + 1] == 0) { label[i + 1] = next; queue[tail++] = i + 1; }
                if (y > 0 && !ruled[i - w] && label[i - w] == 0) { label[i - w] = next; queue[tail++] = i - w; }
                if (y < h - 1 && !ruled[i + w] && label[i + w] == 0) { label[i + w] = next; queue[tail++] = i + w; }
            }
            if (edge || area > maxArea || x1 - x0 < minSide || y1 - y0 < minSide) continue;
            // the region must fill its box (a cell is a rectangle, not the gap around a stroke)
            if (area < 0.6 * (x1 - x0 + 1) * (long) (y1 - y0 + 1)) continue;
            out.add(new int[] {x0 + 1, y0 + 1, x1 - 1, y1 - 1});
        }
        return out;
    }

    private static boolean inked(boolean[] d, int w, int[] c) {
        int n = 0;
        for (int y = c[1]; y <= c[3]; y++) for (int x = c[0]; x <= c[2]; x++) if (d[y * w + x] && ++n >= 8) return true;
        return false;
    }

    private static int[] gray(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        int[] g = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            int a = p >>> 24;
            int r = (p >> 16) & 0xFF;
            int gg = (p >> 8) & 0xFF;
            int b = p & 0xFF;
            int v = (r * 299 + gg * 587 + b * 114) / 1000;
            g[i] = img.getColorModel().hasAlpha() ? 255 - (255 - v) * a / 255 : v;
        }
        return g;
    }

    /** dark: darker than the midpoint between ink and paper (Otsu's threshold, capped so light shading is paper) */
    private static boolean[] binarise(int[] gray, int w, int h) {
        int[] hist = new int[256];
        for (int v : gray) hist[v]++;
        long total = gray.length;
        long sum = 0;
        for (int i = 0; i < 256; i++) sum += (long) i * hist[i];
        long sumB = 0;
        long wB = 0;
        double best = -1;
        int t = 128;
        for (int i = 0; i < 256; i++) {
            wB += hist[i];
            if (wB == 0) continue;
            long wF = total - wB;
            if (wF == 0) break;
            sumB += (long) i * hist[i];
            double mB = (double) sumB / wB;
            double mF = (double) (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                t = i;
            }
        }
        t = Math.max(90, Math.min(t, 170));
        boolean[] dark = new boolean[w * h];
        for (int i = 0; i < gray.length; i++) dark[i] = gray[i] <= t;
        return dark;
    }

    /** removes dark pixels with no dark neighbour (speckle) */
    private static void denoise(boolean[] d, int w, int h) {
        boolean[] keep = d.clone();
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                if (!d[i]) continue;
                if (!d[i - 1] && !d[i + 1] && !d[i - w] && !d[i + w] && !d[i - w - 1] && !d[i - w + 1] && !d[i + w - 1] && !d[i + w + 1]) {
                    keep[i] = false;
                }
            }
        }
        System.arraycopy(keep, 0, d, 0, d.length);
    }

    /** the skew in degrees (−2…2): the angle at which the rows of dark pixels are sharpest */
    static double skew(int[] gray, int w, int h) {
        int step = Math.max(1, w / 800);
        List<int[]> pts = new ArrayList<>();
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) if (gray[y * w + x] < 128) pts.add(new int[] {x, y});
        }
        if (pts.size() < 500) return 0;
        double bestAngle = 0;
        double bestScore = -1;
        int bins = h / step + w / step + 2;
        for (int k = -20; k <= 20; k++) {
            double a = Math.toRadians(k * 0.1);
            double sin = Math.sin(a);
            double cos = Math.cos(a);
            long[] rows = new long[bins * 2];
            for (int[] p : pts) {
                int r = (int) Math.round((p[1] * cos - p[0] * sin) / step) + bins;
                if (r >= 0 && r < rows.length) rows[r]++;
            }
            double score = 0;
            for (long c : rows) score += (double) c * c;
            if (score > bestScore) {
                bestScore = score;
                bestAngle = k * 0.1;
            }
        }
        return bestAngle;
    }

    private static int[] rotate(int[] gray, int w, int h, double degrees) {
        BufferedImage src = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((java.awt.image.DataBufferByte) src.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < gray.length; i++) px[i] = (byte) gray[i];
        BufferedImage dst = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = dst.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        // points above their row at angle a go back down: the content turns by −a about the centre
        g.drawImage(src, AffineTransform.getRotateInstance(Math.toRadians(degrees), w / 2.0, h / 2.0), null);
        g.dispose();
        byte[] out = ((java.awt.image.DataBufferByte) dst.getRaster().getDataBuffer()).getData();
        int[] r = new int[w * h];
        for (int i = 0; i < r.length; i++) r[i] = out[i] & 0xFF;
        return r;
    }

    /**
     * Ruling lines: runs of dark pixels at least {@code minRun} long (gaps of 2 pixels bridged),
     * runs in neighbouring rows (columns) joined, at most {@code maxThick} thick. Each as
     * {pos, from, to, thickness} in pixels.
     */
    static List<int[]> lines(boolean[] d, int w, int h, boolean horizontal, int minRun, int maxThick) {
        int outer = horizontal ? h : w;
        int inner = horizontal ? w : h;
        List<int[]> runs = new ArrayList<>();
        for (int a = 0; a < outer; a++) {
            int start = -1;
            int lastDark = -10;
            for (int b = 0; b <= inner; b++) {
                boolean on = b < inner && (horizontal ? d[a * w + b] : d[b * w + a]);
                if (on) {
                    if (start < 0 || b - lastDark > 3) {
                        if (start >= 0 && lastDark - start + 1 >= minRun) runs.add(new int[] {a, start, lastDark});
                        start = b;
                    }
                    lastDark = b;
                } else if (start >= 0 && b - lastDark > 3) {
                    if (lastDark - start + 1 >= minRun) runs.add(new int[] {a, start, lastDark});
                    start = -1;
                }
            }
            if (start >= 0 && lastDark - start + 1 >= minRun) runs.add(new int[] {a, start, lastDark});
        }
        // join runs of neighbouring rows that overlap into one line
        List<int[]> groups = new ArrayList<>(); // {firstPos, lastPos, from, to, sumPos, count}
        List<int[]> open = new ArrayList<>();
        for (int[] r : runs) {
            int[] into = null;
            for (int[] g : open) {
                if (r[0] - g[1] <= 2 && r[1] <= g[3] && g[2] <= r[2]) {
                    into = g;
                    break;
                }
            }
            if (into == null) {
                into = new int[] {r[0], r[0], r[1], r[2], 0, 0};
                groups.add(into);
                open.add(into);
            }
            into[1] = r[0];
            into[2] = Math.min(into[2], r[1]);
            into[3] = Math.max(into[3], r[2]);
            into[4] += r[0];
            into[5]++;
            open.removeIf(g -> r[0] - g[1] > 2);
        }
        List<int[]> out = new ArrayList<>();
        for (int[] g : groups) {
            int thick = g[1] - g[0] + 1;
            if (thick > maxThick) continue;
            out.add(new int[] {Math.round((float) g[4] / g[5]), g[2], g[3], thick});
        }
        return out;
    }

    private static void erase(boolean[] d, boolean[] ruled, int w, int h, List<int[]> lines, boolean horizontal) {
        for (int[] l : lines) {
            int half = l[3] / 2 + 2;
            for (int a = l[0] - half; a <= l[0] + half; a++) {
                for (int b = l[1]; b <= l[2]; b++) {
                    int x = horizontal ? b : a;
                    int y = horizontal ? a : b;
                    if (x >= 0 && x < w && y >= 0 && y < h) {
                        d[y * w + x] = false;
                        ruled[y * w + x] = true;
                    }
                }
            }
        }
    }

    /**
     * The cells stacked on one white sheet, each enlarged by zoom, its shading made white (its
     * background grey mapped to white), {@code gap} pixels apart and from the left edge. Adds the
     * {x, y, height} of each cell on the sheet to {@code placed}, then the sheet's {width, height}.
     */
    private static int[] sheet(int[] g, int w, List<int[]> cells, float zoom, int gap, List<int[]> placed) {
        int width = 0;
        int height = gap;
        for (int[] c : cells) {
            width = Math.max(width, Math.round((c[2] - c[0] + 1) * zoom) + 2 * gap);
            height += Math.round((c[3] - c[1] + 1) * zoom) + gap;
        }
        int[] out = new int[width * height];
        java.util.Arrays.fill(out, 255);
        int y = gap;
        for (int[] c : cells) {
            int cw = Math.round((c[2] - c[0] + 1) * zoom);
            int ch = Math.round((c[3] - c[1] + 1) * zoom);
            int bg = background(g, w, c);
            for (int yy = 0; yy < ch; yy++) {
                int sy = c[1] + Math.min((int) (yy / zoom), c[3] - c[1]);
                for (int xx = 0; xx < cw; xx++) {
                    int sx = c[0] + Math.min((int) (xx / zoom), c[2] - c[0]);
                    out[(y + yy) * width + gap + xx] = Math.min(255, g[sy * w + sx] * 255 / Math.max(bg, 1));
                }
            }
            placed.add(new int[] {gap, y, ch});
            y += ch + gap;
        }
        placed.add(new int[] {width, height});
        return out;
    }

    /** the most common grey of a cell (its paper or shading) */
    private static int background(int[] g, int w, int[] c) {
        int[] hist = new int[256];
        for (int y = c[1]; y <= c[3]; y += 2) for (int x = c[0]; x <= c[2]; x += 2) hist[g[y * w + x]]++;
        int best = 255;
        for (int i = 0; i < 256; i++) if (hist[i] > hist[best]) best = i;
        return Math.max(best, 128);
    }

    private static byte[] png(int[] g, int w, int h) throws ReadException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < w * h; i++) px[i] = (byte) g[i];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw ReadException.of(e, "image.cannotEncode", "", ReadException.oneLine(e));
        }
        return out.toByteArray();
    }

    /** the words of a TSV answer whose middle lies between y0 and y1, joined */
    private static String text(String tsv, int y0, int y1) {
        StringBuilder sb = new StringBuilder();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !"5".equals(f[0])) continue;
            int mid = Integer.parseInt(f[7]) + Integer.parseInt(f[9]) / 2;
            if (mid >= y0 && mid < y1) sb.append(f[11].strip());
        }
        return sb.toString();
    }

    /**
     * Runs {@code tesseract LIST - -l chi_sim --psm 6 tsv} once for all images of a page (the page
     * without its cells, then each cell: one process, the model loaded once) with one thread (on a
     * shared machine OpenMP's threads only fight) and returns the TSV of each image.
     */
    private static List<String> tesseract(String source, int pageNo, List<byte[]> images, String lang, String psm,
                                          String whitelist) throws ReadException {
        String cmd = System.getProperty(COMMAND_PROPERTY, "tesseract");
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ogicheck-ocr-");
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < images.size(); i++) {
                Path f = dir.resolve(i + ".png");
                Files.write(f, images.get(i));
                list.append(f).append('\n');
            }
            Path listFile = dir.resolve("images.txt");
            Files.writeString(listFile, list.toString(), StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>(List.of(cmd, listFile.toString(), "-", "-l", lang, "--psm", psm));
            if (whitelist != null) args.addAll(List.of("-c", "tessedit_char_whitelist=" + whitelist));
            args.add("tsv");
            ProcessBuilder pb = new ProcessBuilder(args);
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                throw ReadException.of("ocr.noTesseract", source, pageNo);
            }
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw ReadException.of("ocr.timeout", source, pageNo);
            }
            if (p.exitValue() != 0) {
                throw ReadException.of("ocr.exitCode", source, pageNo, p.exitValue());
            }
            // the TSV of a list numbers its images as page_num 1, 2, …
            List<StringBuilder> per = new ArrayList<>();
            for (int i = 0; i < images.size(); i++) per.add(new StringBuilder());
            for (String row : new String(out, StandardCharsets.UTF_8).split("\n")) {
                String[] f = row.split("\t", 3);
                if (f.length < 3 || !f[1].matches("\\d+")) continue;
                int n = Integer.parseInt(f[1]) - 1;
                if (n >= 0 && n < per.size()) per.get(n).append(row).append('\n');
            }
            List<String> tsv = new ArrayList<>();
            for (StringBuilder sb : per) tsv.add(sb.toString());
            return tsv;
        } catch (IOException e) {
            throw ReadException.of(e, "ocr.failed", source, pageNo, ReadException.oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ReadException.of(e, "ocr.interrupted", source, pageNo);
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) Files.deleteIfExists(f);
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** the words of a TSV answer as glyphs in page points; a low-confidence number marked unreadable */
    static List<PdfReader.Glyph> words(String tsv, float scale, float x0, float y0, float zoom, float pad, int from, int to,
                                       String otherReading) {
        int threshold = threshold();
        Map<String, int[]> lineBox = new LinkedHashMap<>();
        List<String[]> words = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].matches("\\d+")) continue;
            String key = f[1] + "/" + f[2] + "/" + f[3] + "/" + f[4];
            if ("4".equals(f[0])) {
                lineBox.put(key, new int[] {Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9])});
            } else if ("5".equals(f[0]) && !f[11].isBlank()) {
                int mid = Integer.parseInt(f[7]) + Integer.parseInt(f[9]) / 2;
                if (mid >= from && mid < to) words.add(f);
            }
        }
        List<PdfReader.Glyph> out = new ArrayList<>();
        for (String[] f : words) {
            float left = x0 + (Integer.parseInt(f[6]) - pad) / zoom;
            float top = y0 + Integer.parseInt(f[7]) / zoom;
            float width = Integer.parseInt(f[8]) / zoom;
            float height = Integer.parseInt(f[9]) / zoom;
            double conf = Double.parseDouble(f[10]);
            String text = f[11].strip();
            int[] line = lineBox.get(f[1] + "/" + f[2] + "/" + f[3] + "/" + f[4]);
            float lineH = line == null ? height : Math.min(line[3] / zoom, Math.max(height, 1) * 2);
            float size = Math.max(lineH, height) * scale;
            boolean digit = text.chars().anyMatch(Character::isDigit);
            // a number read twice (as text and as digits) must read the same both times
            boolean disagree = otherReading != null && !otherReading.isEmpty() && !otherReading.equals(text.replaceAll("[^0-9]", ""));
            if (digit && (conf < threshold || disagree)) text = "[识别存疑:" + text + "]";
            out.add(new PdfReader.Glyph(text, left * scale, (top + height) * scale, width * scale, size));
        }
        return out;
    }
}
