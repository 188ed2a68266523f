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
import org.ogicheck.model.CellText;

/**
 * Reads scanned pages and images (PNG, JPEG, TIFF) by OCR with Tesseract ({@code tesseract} on the
 * PATH with its {@code chi_sim} model; {@code .ci/run} installs Debian's {@code tesseract-ocr} and
 * {@code tesseract-ocr-chi-sim}). A page becomes the same glyphs and ruling segments the PDF reader
 * takes from a text layer, in page points, so tables and lines are rebuilt by the same code:
 *
 * <ol>
 *   <li>the page is made grey and straightened (a skew of up to ±2° is measured from the projection
 *       profile and turned back);</li>
 *   <li>ruling lines are the thin runs darker than both their sides ({@link #ridges}); they become
 *       {@link PdfTableBuilder.Seg}s and are erased from the image, so they do not disturb the OCR;</li>
 *   <li>each cell the lines close in is read on its own, scaled to the line height Tesseract reads
 *       best: as text ({@code chi_sim}), and when it may be a number twice more as digits
 *       ({@code eng}, prepared two ways, {@link Look}); the rest of the page is read as text, and
 *       each of its figures again as digits.</li>
 * </ol>
 *
 * <p>A number is taken only when both digit readings give it with a confidence of at least the
 * threshold (parameter {@code ocr.minConfidence} of rules/parameters.csv, overridden by the system
 * property {@value #THRESHOLD_PROPERTY}; 0–100, default {@value #DEFAULT_THRESHOLD}) and the text
 * reading does not contradict it; otherwise it is given as {@code [识别存疑:…]}, which the parser
 * reads as an unreadable cell (and no narrative figure).
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
        PdfReader.Assembled a = PdfReader.blocksOf(pages);
        return new Document(source, type, a.blocks(), meta, a.issues());
    }

    static String pageList(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append(i == 1 ? "" : ",").append(i);
        return sb.toString();
    }

    /** the most pixels an image may have: an A4 page scanned at 900 dpi (at 300 dpi, as scans are, it has 8.7 million) */
    static final long MAX_PIXELS = 80_000_000L;

    /** the width and height an image's header gives, its pixels not decoded; null when no image reader knows the bytes */
    static int[] headerSize(byte[] bytes) throws IOException {
        if (bytes == null) return null;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) return null;
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                return new int[] {r.getWidth(0), r.getHeight(0)};
            } finally {
                r.dispose();
            }
        }
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
                for (int i = 0; i < n; i++) {
                    // the size its header says, before it is decoded: a decompression bomb needs gigabytes for its pixels
                    if ((long) r.getWidth(i) * r.getHeight(i) > MAX_PIXELS) {
                        throw ReadException.of("image.tooLarge", source, r.getWidth(i), r.getHeight(i));
                    }
                    out.add(r.read(i));
                }
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
        }
        return out;
    }

    private static ReadException damaged(String source, String type, Exception e) {
        String t = type.toUpperCase(Locale.ROOT);
        if (e == null || e.getMessage() == null) return ReadException.of(e, "image.damaged", source, t);
        return ReadException.of(e, "image.damagedWhy", source, t, LibraryReasons.of(e, ReadException.oneLine(e)));
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
        float scale = 72f / dpi;
        List<PdfTableBuilder.Seg> segs = new ArrayList<>();
        int maxThick = Math.max(3, Math.round(dpi * 0.025f));
        // a line may be broken where text touches it (there it is no darker than that side): gaps of 0.04 inch are bridged
        int gap = Math.max(3, Math.round(dpi * 0.04f));
        // a stroke of a large character (a title's, a heading's: 年, 政) is as long as a short ruling: a
        // horizontal line is half an inch at least (a table's row lines run across several columns),
        // and a vertical one, which may be as short as a row is high, one that a horizontal line meets at an end
        List<int[]> hLines = lines(ridges(gray, w, h, true, maxThick), w, h, true, Math.round(dpi * 0.5f), maxThick, gap);
        List<int[]> vLines = anchored(lines(ridges(gray, w, h, false, maxThick), w, h, false, Math.round(dpi * 0.25f), maxThick, gap),
            hLines, maxThick + gap);
        for (int[] l : hLines) segs.add(new PdfTableBuilder.Seg(true, l[0] * scale, l[1] * scale, l[2] * scale));
        for (int[] l : vLines) segs.add(new PdfTableBuilder.Seg(false, l[0] * scale, l[1] * scale, l[2] * scale));
        boolean[] ruled = new boolean[w * h];
        erase(ruled, w, h, hLines, true);
        erase(ruled, w, h, vLines, false);
        // what Tesseract sees: the grey page without its ruling lines (it binarises each image itself,
        // which reads text on shaded cells better than one threshold for the page)
        for (int i = 0; i < ruled.length; i++) if (ruled[i]) gray[i] = 255;
        // each cell (a region closed in by ruling lines) is read on its own, its words mapped back
        List<int[]> cells = cells(ruled, w, h, dpi);
        int[] rest = gray.clone();
        List<int[]> read = new ArrayList<>();
        for (int[] c : cells) {
            if (!inked(ink(gray, w, c))) continue;
            read.add(c);
            for (int y = c[1]; y <= c[3]; y++) for (int x = c[0]; x <= c[2]; x++) rest[y * w + x] = 255;
        }
        // every cell as an image of its own, scaled so that its lines have the height Tesseract reads
        // best, all in one process (the model loaded once): first as text
        List<byte[]> images = new ArrayList<>();
        images.add(png(asScanned(image) ? rest : linear(rest), w, h));
        int[] lineHeights = new int[read.size()];
        for (int i = 0; i < read.size(); i++) {
            lineHeights[i] = lineHeight(ink(gray, w, read.get(i)), read.get(i)[2] - read.get(i)[0] + 1);
            images.add(cellImage(gray, w, read.get(i), lineHeights[i], Look.TEXT));
        }
        List<String> tsv = tesseract(source, pageNo, images, "chi_sim", "6", null);
        int threshold = threshold();
        // then every figure of the page's text and every cell without Chinese or of one to three
        // characters (a number, or a misread one) twice as digits, prepared two ways: a number is taken only when both
        // readings give it, each confidently
        List<PdfReader.Glyph> text = words(tsv.get(0), scale, 0, 0, 1, 0, 0);
        List<int[]> boxes = boxes(tsv.get(0));
        List<int[]> regions = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        List<Integer> figures = new ArrayList<>();
        for (int j = 0; j < text.size(); j++) {
            if (text.get(j).text().chars().noneMatch(Character::isDigit)) continue;
            int[] b = boxes.get(j);
            figures.add(j);
            int[] box = {Math.max(0, b[0] - 2), Math.max(0, b[1] - 2), Math.min(w - 1, b[0] + b[2] + 2), Math.min(h - 1, b[1] + b[3] + 2)};
            int[] digits = digitStrokes(gray, w, box);
            regions.add(digits == null ? box : new int[] {digits[0], box[1], digits[1], box[3]});
            heights.add(digits == null ? b[3] : digits[2]);
        }
        List<Integer> numeric = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            String t = text(tsv.get(i + 1));
            boolean han = t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            if (!han || t.codePointCount(0, t.length()) <= 3 && OcrVocabulary.correct(t).equals(t)) {
                numeric.add(i);
                regions.add(read.get(i));
                heights.add(lineHeights[i]);
            }
        }
        List<byte[]> small = new ArrayList<>();
        List<byte[]> large = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            small.add(cellImage(gray, w, regions.get(r), heights.get(r), Look.DIGITS_SMALL));
            large.add(cellImage(gray, w, regions.get(r), heights.get(r), Look.DIGITS));
        }
        List<String> first = regions.isEmpty() ? List.of() : tesseract(source, pageNo, small, "eng", "7", DIGITS);
        List<String> second = regions.isEmpty() ? List.of() : tesseract(source, pageNo, large, "eng", "7", DIGITS);
        // unsure numbers, read once more on their own (see below): the place of each one's glyph, the number
        // to be confirmed and the glyph's text then
        List<Integer> retryAt = new ArrayList<>();
        List<String> retryReading = new ArrayList<>();
        List<String> retryText = new ArrayList<>();
        List<byte[]> retrySmall = new ArrayList<>();
        List<byte[]> retryLarge = new ArrayList<>();
        List<PdfReader.Glyph> glyphs = new ArrayList<>(text);
        for (int f = 0; f < figures.size(); f++) {
            // a figure of the text is taken when its word holds one number (words or punctuation beside it:
            // 。2024, 申请17件) and both digit readings give that same number, each confidently
            PdfReader.Glyph g = text.get(figures.get(f));
            String a = text(first.get(f));
            java.util.regex.Matcher in = FIGURE.matcher(g.text());
            String number = in.matches() ? in.group(2) : null;
            boolean sure = a.equals(number) && a.equals(text(second.get(f))) && NUMBER.matcher(a).matches()
                && Math.min(confidence(first.get(f)), confidence(second.get(f))) >= threshold;
            glyphs.set(figures.get(f), new PdfReader.Glyph(sure ? g.text() : CellText.unsure(g.text()), g.x(), g.y(), g.width(), g.size()));
            if (!sure && number != null && NUMBER.matcher(number).matches() && (a.equals(number) || text(second.get(f)).equals(number))) {
                // the page's text and a digit reading agree, not confidently: read again like an unsure cell
                retryAt.add(figures.get(f));
                retryReading.add(number);
                retryText.add(g.text());
                retrySmall.add(cellImage(gray, w, regions.get(f), heights.get(f), Look.AGAIN_SMALL));
                retryLarge.add(cellImage(gray, w, regions.get(f), heights.get(f), Look.AGAIN_LARGE));
            }
        }
        for (int i = 0; i < read.size(); i++) {
            int[] c = read.get(i);
            int k = numeric.indexOf(i);
            if (k >= 0) k += figures.size();
            String a = k < 0 ? "" : text(first.get(k));
            String b = k < 0 ? "" : text(second.get(k));
            if (a.chars().anyMatch(Character::isDigit) || b.chars().anyMatch(Character::isDigit)) {
                float zoom = Look.DIGITS_SMALL.zoom(lineHeights[i]);
                List<PdfReader.Glyph> ws = words(first.get(k), scale, c[0], c[1] - MARGIN / zoom, zoom, MARGIN, 0);
                // the text reading (chi_sim, another model) may not read other digits; and a 1, which
                // the eng model also reads for a 4 or 7 whose thin strokes came out faint, it must read too
                String asText = text(tsv.get(i + 1)).replaceAll("[^0-9]", "");
                String digits = a.replaceAll("[^0-9]", "");
                boolean sure = a.equals(b) && NUMBER.matcher(a).matches()
                    && Math.min(confidence(first.get(k)), confidence(second.get(k))) >= threshold
                    && (asText.isEmpty() && digits.indexOf('1') < 0 || asText.equals(digits));
                String best = a.isEmpty() ? b : a;
                if (!sure && NUMBER.matcher(best).matches()) {
                    retryAt.add(glyphs.size());
                    retryReading.add(best);
                    retryText.add(best);
                    retrySmall.add(cellImage(gray, w, c, lineHeights[i], Look.AGAIN_SMALL));
                    retryLarge.add(cellImage(gray, w, c, lineHeights[i], Look.AGAIN_LARGE));
                }
                glyphs.add(sure && !ws.isEmpty() ? spanning(ws, a) : unreadable(best, c, scale, dpi));
                continue;
            }
            String cellTsv = tsv.get(i + 1);
            float zoom = Look.TEXT.zoom(lineHeights[i]);
            List<PdfReader.Glyph> ws = words(cellTsv, scale, c[0], c[1] - MARGIN / zoom, zoom, MARGIN, 0);
            String t = text(cellTsv);
            // the words as placed, or else in the order Tesseract read them (a quote mark may be placed first)
            String word = OcrVocabulary.correct(PdfReader.text(ws));
            if (word.equals(PdfReader.text(ws)) && !OcrVocabulary.correct(t).equals(t)) word = OcrVocabulary.correct(t);
            if (t.isEmpty() || t.codePointCount(0, t.length()) == 1 && !"无".equals(t)) {
                // ink that reads as nothing, or as one stray character, is no label and no blank: unreadable
                glyphs.add(unreadable(t, c, scale, dpi));
            } else if (!word.equals(PdfReader.text(ws))) {
                // a label a character or two off a word of the formats is that word (one glyph over the cell's words)
                glyphs.add(spanning(ws, word));
            } else {
                // anything else is text as read; a figure in it, read once, is unreadable
                glyphs.addAll(words(cellTsv, scale, c[0], c[1] - MARGIN / zoom, zoom, MARGIN, Integer.MAX_VALUE));
            }
        }
        // an unsure number (a cell, a figure of the text) is read again, larger and by chi_sim (digits only, one line),
        // prepared two ways: its best reading is taken when one of these readings gives the same number with
        // confidence at least the threshold — two models then read it alike, one of them sure
        List<String> againSmall = retryAt.isEmpty() ? List.of() : tesseract(source, pageNo, retrySmall, "chi_sim", "7", DIGITS);
        List<String> againLarge = retryAt.isEmpty() ? List.of() : tesseract(source, pageNo, retryLarge, "chi_sim", "7", DIGITS);
        for (int r = 0; r < retryAt.size(); r++) {
            String reading = retryReading.get(r);
            if (confirms(againSmall.get(r), reading, threshold) || confirms(againLarge.get(r), reading, threshold)) {
                PdfReader.Glyph u = glyphs.get(retryAt.get(r));
                glyphs.set(retryAt.get(r), new PdfReader.Glyph(retryText.get(r), u.x(), u.y(), u.width(), u.size()));
            }
        }
        return new Page(glyphs, PdfTableBuilder.merge(segs), h * scale);
    }

    /** a word of the page's text that holds one number, with no digit before or after it: (words before, number, words after) */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("(\\D*?)([-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(\\D*)");

    /**
     * The strokes of the digits in a word's box of the page's text, {left, right, height} in pixels, or
     * null when it holds none: Tesseract's box of a word may cut off a digit at its edge (17 boxed from
     * the middle of its 1, 2020 from its first 0) or take in part of the character beside it. The ink
     * around the box, in runs of inked columns: the runs the box touches that are as narrow as a digit
     * (at most 0.7 of the line's height, where a Chinese character is about as wide as the line is high)
     * and as tall as one (at least half of it: no comma or full stop), from the first to the last, and
     * the runs as narrow and tall that stand as close to them as the digits of one number do (a gap of
     * at most 0.3 of the line's height; a Chinese character beside a number stands further off, and
     * one taken in all the same makes the digit readings disagree with the text's). A box that touches
     * no such run (1 of 1月 boxed on the 月) takes the one nearest to it, at most half the line's height
     * off: the digit readings must still give the text's number.
     */
    static int[] digitStrokes(int[] gray, int w, int[] box) {
        int h = gray.length / w;
        int margin = Math.max(4, (box[3] - box[1]) * 2);
        int[] wide = {Math.max(0, box[0] - margin), box[1], Math.min(w - 1, box[2] + margin), box[3]};
        int sw = wide[2] - wide[0] + 1;
        int sh = wide[3] - wide[1] + 1;
        if (sw <= 0 || sh <= 0 || wide[3] >= h) return null;
        boolean[] ink = ink(gray, w, wide);
        int line = lineHeight(ink, sw);
        if (line <= 0) return null;
        List<int[]> runs = new ArrayList<>(); // {from, to, tall, digit-like (1) or not (0)}
        int x = 0;
        while (x < sw) {
            int top = sh;
            int bottom = -1;
            int start = x;
            while (x < sw) {
                boolean any = false;
                for (int y = 0; y < sh; y++) {
                    if (!ink[y * sw + x]) continue;
                    any = true;
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
                if (!any) break;
                x++;
            }
            if (x > start) {
                int tall = bottom - top + 1;
                boolean digit = x - start <= 0.7 * line && tall >= 0.5 * line;
                runs.add(new int[] {wide[0] + start, wide[0] + x - 1, tall, digit ? 1 : 0});
            }
            x++;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < runs.size(); i++) {
            int[] r = runs.get(i);
            if (r[3] == 1 && r[1] >= box[0] && r[0] <= box[2]) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) {
            // a box on the character beside its number (1 boxed on the 月 of 1月): the digit stroke nearest to it
            int gap = Math.round(0.5f * line);
            for (int i = 0; i < runs.size(); i++) {
                int[] r = runs.get(i);
                int off = Math.max(box[0] - r[1], r[0] - box[2]);
                if (r[3] == 1 && off <= gap) {
                    gap = off;
                    first = i;
                }
            }
            if (first < 0) return null;
            last = first;
        }
        while (first > 0 && runs.get(first - 1)[3] == 1 && runs.get(first)[0] - runs.get(first - 1)[1] <= 0.3 * line) first--;
        while (last + 1 < runs.size() && runs.get(last + 1)[3] == 1 && runs.get(last + 1)[0] - runs.get(last)[1] <= 0.3 * line) last++;
        int tallest = 0;
        for (int i = first; i <= last; i++) tallest = runs.get(i)[3] == 1 ? Math.max(tallest, runs.get(i)[2]) : tallest;
        return new int[] {Math.max(0, runs.get(first)[0] - 2), Math.min(w - 1, runs.get(last)[1] + 2), tallest};
    }

    /** the vertical lines one of the horizontal lines meets at an end (within {@code tolerance} pixels) */
    static List<int[]> anchored(List<int[]> vertical, List<int[]> horizontal, int tolerance) {
        List<int[]> out = new ArrayList<>();
        for (int[] v : vertical) {
            for (int[] l : horizontal) {
                boolean across = l[1] - tolerance <= v[0] && v[0] <= l[2] + tolerance;
                if (across && (Math.abs(l[0] - v[1]) <= tolerance || Math.abs(l[0] - v[2]) <= tolerance)) {
                    out.add(v);
                    break;
                }
            }
        }
        return out;
    }

    /** an unreadable cell ({@code [识别存疑:…]} with what was read) over the cell's box */
    private static PdfReader.Glyph unreadable(String read, int[] c, float scale, float dpi) {
        return new PdfReader.Glyph(CellText.unsure(read), c[0] * scale, c[3] * scale, (c[2] - c[0]) * scale,
            Math.min(c[3] - c[1], dpi / 6) * scale);
    }

    /** the box {left, top, width, height} in pixels of each word of a TSV answer, as {@link #words} gives them */
    private static List<int[]> boxes(String tsv) {
        List<int[]> out = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !"5".equals(f[0]) || f[11].isBlank()) continue;
            out.add(new int[] {Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9])});
        }
        return out;
    }

    /** whether Tesseract's output for a cell read again gives the same number with confidence at least the threshold */
    private static boolean confirms(String tsv, String reading, double threshold) {
        return text(tsv).equals(reading) && confidence(tsv) >= threshold;
    }

    /** the least confidence of the words of a TSV answer (0 when it has none) */
    private static double confidence(String tsv) {
        double min = 100;
        boolean any = false;
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !"5".equals(f[0]) || f[11].isBlank()) continue;
            min = Math.min(min, Double.parseDouble(f[10]));
            any = true;
        }
        return any ? min : 0;
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

    /** a cell holds ink when at least eight of its pixels are ink */
    private static boolean inked(boolean[] ink) {
        int n = 0;
        for (boolean b : ink) if (b && ++n >= 8) return true;
        return false;
    }

    /**
     * The ink of a cell, row by row: pixels darker than the cell's paper or shading by at least 48
     * grey levels that have such a pixel beside them (grey text counts, a lone speck does not).
     */
    static boolean[] ink(int[] g, int w, int[] c) {
        int sw = c[2] - c[0] + 1;
        int sh = c[3] - c[1] + 1;
        int[] crop = new int[sw * sh];
        for (int y = 0; y < sh; y++) System.arraycopy(g, (c[1] + y) * w + c[0], crop, y * sw, sw);
        int limit = background(crop) - 48;
        boolean[] out = new boolean[sw * sh];
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                int i = y * sw + x;
                if (crop[i] > limit) continue;
                out[i] = x > 0 && crop[i - 1] <= limit || x < sw - 1 && crop[i + 1] <= limit
                    || y > 0 && crop[i - sw] <= limit || y < sh - 1 && crop[i + sw] <= limit;
            }
        }
        return out;
    }

    /**
     * Whether {@link #gray} gives an image's greys as they are: it does for colour, but a grey image
     * (a scanned PDF page rendered grey, a grey PNG or TIFF) is linear grey to Java, whose sRGB
     * values lighten its mid-greys (150 becomes 202, the edges of strokes nearly white). The cells
     * were measured so (README); the page's own text is read from the greys as scanned
     * ({@link #linear}): on the last page of a Word-printed report, four lines at its top, Tesseract
     * read the lightened page as 六其他村的事机 and the scanned greys as 六、其他需要报告的事项.
     */
    private static boolean asScanned(BufferedImage img) {
        return img.getColorModel().getColorSpace().getType() != java.awt.color.ColorSpace.TYPE_GRAY;
    }

    /** the sRGB greys {@link #gray} gives for a grey image taken back to the image's own (the sRGB curve undone) */
    private static int[] linear(int[] srgb) {
        int[] out = new int[srgb.length];
        for (int i = 0; i < srgb.length; i++) out[i] = LINEAR[srgb[i]];
        return out;
    }

    private static final int[] LINEAR = new int[256];

    static {
        for (int v = 0; v < 256; v++) {
            double s = v / 255.0;
            LINEAR[v] = (int) Math.round(255 * (s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4)));
        }
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
     * The pixels on a thin line running one way: averaged over seven pixels along that way, darker
     * by at least {@value #RIDGE} grey levels than the pixels a little to either side across it. A
     * line is found so on light shading and through noise (averaged away along the line), and
     * shading is no line (it is as dark on both sides).
     */
    static boolean[] ridges(int[] g, int w, int h, boolean horizontal, int maxThick) {
        int along = horizontal ? 1 : w;
        int n = horizontal ? w : h;
        int lanes = horizontal ? h : w;
        int laneStep = horizontal ? w : 1;
        int r = 3;
        int[] mean = new int[w * h];
        long[] prefix = new long[n + 1];
        for (int lane = 0; lane < lanes; lane++) {
            int base = lane * laneStep;
            for (int k = 0; k < n; k++) prefix[k + 1] = prefix[k] + g[base + k * along];
            for (int k = 0; k < n; k++) {
                int from = Math.max(0, k - r);
                int to = Math.min(n, k + r + 1);
                mean[base + k * along] = (int) ((prefix[to] - prefix[from]) / (to - from));
            }
        }
        int d = (maxThick / 2 + 2) * laneStep;
        boolean[] out = new boolean[w * h];
        for (int i = d; i < w * h - d; i++) {
            int v = mean[i] + RIDGE;
            out[i] = v <= mean[i - d] && v <= mean[i + d];
        }
        return out;
    }

    /** how much darker than both its sides a line is (grey levels) */
    private static final int RIDGE = 24;

    /**
     * Ruling lines: runs of line pixels ({@link #ridges}) at least {@code minRun} long (gaps of up to {@code gap} pixels bridged),
     * runs in neighbouring rows (columns) joined, at most {@code maxThick} thick. Each as
     * {pos, from, to, thickness} in pixels.
     */
    static List<int[]> lines(boolean[] d, int w, int h, boolean horizontal, int minRun, int maxThick, int gap) {
        int outer = horizontal ? h : w;
        int inner = horizontal ? w : h;
        List<int[]> runs = new ArrayList<>();
        for (int a = 0; a < outer; a++) {
            int start = -1;
            int lastDark = -10;
            for (int b = 0; b <= inner; b++) {
                boolean on = b < inner && (horizontal ? d[a * w + b] : d[b * w + a]);
                if (on) {
                    if (start < 0 || b - lastDark > gap) {
                        if (start >= 0 && lastDark - start + 1 >= minRun) runs.add(new int[] {a, start, lastDark});
                        start = b;
                    }
                    lastDark = b;
                } else if (start >= 0 && b - lastDark > gap) {
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

    private static void erase(boolean[] ruled, int w, int h, List<int[]> lines, boolean horizontal) {
        for (int[] l : lines) {
            int half = l[3] / 2 + 2;
            for (int a = l[0] - half; a <= l[0] + half; a++) {
                for (int b = l[1]; b <= l[2]; b++) {
                    int x = horizontal ? b : a;
                    int y = horizontal ? a : b;
                    if (x >= 0 && x < w && y >= 0 && y < h) {
                        ruled[y * w + x] = true;
                    }
                }
            }
        }
    }

    /** white pixels around each cell's image */
    private static final int MARGIN = 16;
    /** what a number cell may hold, read as digits */
    private static final String DIGITS = "0123456789,.+-";
    /** a number as a cell writes it: 1234, 1,234, 12.5, +3, -3 (a stray dot or comma makes no number) */
    private static final java.util.regex.Pattern NUMBER =
        java.util.regex.Pattern.compile("[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    /**
     * How a cell is prepared for one reading: noise taken out (the median of each 3×3 pixels),
     * strokes thickened (the darkest of each 2×2 pixels), greys darkened ({@code gamma}: the thin
     * hairlines of a serif digit, which rendering or scanning leaves light grey, become ink), and
     * scaled so that its line of text is {@code pixels} high. Measured on the cells of the corpus
     * scans (README): Tesseract's eng model reads digits best at 12–16 pixels, chi_sim labels at
     * about 40; two ways of preparing digits err on different cells.
     */
    record Look(boolean clean, double gamma, float pixels) {
        static final Look TEXT = new Look(true, 2, 40);
        static final Look DIGITS_SMALL = new Look(true, 4, 12);
        static final Look DIGITS = new Look(true, 3, 16);
        /**
         * an unsure number cell read again by chi_sim, larger, two ways: of the 24 unsure number cells of
         * 2023 洪泽 at 300 dpi, 17 read the same number with confidence ≥ 80 at 24 px γ 2, 13 at 32 px γ 3
         * (among them a 1 the other missed), 10 at 40 px γ 3
         */
        static final Look AGAIN_SMALL = new Look(true, 2, 24);
        static final Look AGAIN_LARGE = new Look(true, 3, 32);

        /** the scale that brings a line {@code lineHeight} pixels high to this look's height */
        float zoom(int lineHeight) {
            if (lineHeight <= 0) return 1;
            return Math.max(0.25f, Math.min(4f, pixels / lineHeight));
        }
    }

    /**
     * The height in pixels of the tallest line of a cell's ink ({@link #ink}): a run of pixel rows
     * holding ink (gaps of two rows bridged).
     */
    static int lineHeight(boolean[] ink, int width) {
        int best = 0;
        int start = -1;
        int last = -10;
        for (int y = 0; y < ink.length / width; y++) {
            boolean any = false;
            for (int x = 0; x < width && !any; x++) any = ink[y * width + x];
            if (any) {
                if (start < 0 || y - last > 3) start = y;
                last = y;
                best = Math.max(best, last - start + 1);
            }
        }
        return best;
    }

    /**
     * One cell as an image of its own, prepared as {@code look} says: its shading made white (its
     * background grey mapped to white), scaled (averaging the pixels when made
     * smaller, bilinear when made larger), with a white margin of {@link #MARGIN} pixels.
     */
    static byte[] cellImage(int[] page, int pageWidth, int[] c, int lineHeight, Look look) throws ReadException {
        int sw = c[2] - c[0] + 1;
        int sh = c[3] - c[1] + 1;
        int[] g = new int[sw * sh];
        for (int y = 0; y < sh; y++) System.arraycopy(page, (c[1] + y) * pageWidth + c[0], g, y * sw, sw);
        if (look.clean()) g = thicken(median(g, sw, sh), sw, sh);
        int bg = Math.max(background(g), 1);
        float zoom = look.zoom(lineHeight);
        int cw = Math.max(1, Math.round(sw * zoom));
        int ch = Math.max(1, Math.round(sh * zoom));
        int width = cw + 2 * MARGIN;
        int height = ch + 2 * MARGIN;
        int[] out = new int[width * height];
        java.util.Arrays.fill(out, 255);
        for (int yy = 0; yy < ch; yy++) {
            for (int xx = 0; xx < cw; xx++) {
                double v = Math.min(1, sample(g, sw, sh, zoom, xx, yy) / bg);
                out[(MARGIN + yy) * width + MARGIN + xx] = (int) Math.round(255 * Math.pow(v, look.gamma()));
            }
        }
        return png(out, width, height);
    }

    /** the grey at (xx, yy) of an image scaled by zoom: the mean of the pixels it covers, or bilinear when enlarged */
    private static double sample(int[] g, int sw, int sh, float zoom, int xx, int yy) {
        if (zoom < 1) {
            int x0 = (int) (xx / zoom);
            int x1 = Math.min(sw, Math.max(x0 + 1, (int) ((xx + 1) / zoom)));
            int y0 = (int) (yy / zoom);
            int y1 = Math.min(sh, Math.max(y0 + 1, (int) ((yy + 1) / zoom)));
            long sum = 0;
            for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) sum += g[y * sw + x];
            return (double) sum / ((long) (y1 - y0) * (x1 - x0));
        }
        float fx = Math.min(sw - 1, Math.max(0, (xx + 0.5f) / zoom - 0.5f));
        float fy = Math.min(sh - 1, Math.max(0, (yy + 0.5f) / zoom - 0.5f));
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(sw - 1, x0 + 1);
        int y1 = Math.min(sh - 1, y0 + 1);
        float ax = fx - x0;
        float ay = fy - y0;
        double top = g[y0 * sw + x0] * (1 - ax) + g[y0 * sw + x1] * ax;
        double bottom = g[y1 * sw + x0] * (1 - ax) + g[y1 * sw + x1] * ax;
        return top * (1 - ay) + bottom * ay;
    }

    /** the median of each pixel's 3×3 neighbourhood: speckle and grain go, strokes two pixels wide stay */
    private static int[] median(int[] g, int w, int h) {
        int[] out = new int[g.length];
        int[] win = new int[9];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int k = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        win[k++] = g[Math.max(0, Math.min(h - 1, y + dy)) * w + Math.max(0, Math.min(w - 1, x + dx))];
                    }
                }
                java.util.Arrays.sort(win);
                out[y * w + x] = win[4];
            }
        }
        return out;
    }

    /** the darkest of each pixel's 2×2 neighbourhood (a stroke one pixel thicker) */
    private static int[] thicken(int[] g, int w, int h) {
        int[] out = new int[g.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int x1 = Math.min(w - 1, x + 1);
                int y1 = Math.min(h - 1, y + 1);
                out[y * w + x] = Math.min(Math.min(g[y * w + x], g[y * w + x1]), Math.min(g[y1 * w + x], g[y1 * w + x1]));
            }
        }
        return out;
    }

    /** the most common grey of a cell (its paper or shading) */
    private static int background(int[] g) {
        int[] hist = new int[256];
        for (int v : g) hist[v]++;
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

    /** the words of a TSV answer, joined */
    private static String text(String tsv) {
        StringBuilder sb = new StringBuilder();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length >= 12 && "5".equals(f[0])) sb.append(f[11].strip());
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

    /**
     * The words of a TSV answer as glyphs in page points; a word with a digit read with less
     * confidence than {@code threshold} is marked unreadable ({@code [识别存疑:…]}).
     */
    static List<PdfReader.Glyph> words(String tsv, float scale, float x0, float y0, float zoom, float pad, int threshold) {
        Map<String, int[]> lineBox = new LinkedHashMap<>();
        List<String[]> words = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].matches("\\d+")) continue;
            String key = f[1] + "/" + f[2] + "/" + f[3] + "/" + f[4];
            if ("4".equals(f[0])) {
                lineBox.put(key, new int[] {Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9])});
            } else if ("5".equals(f[0]) && !f[11].isBlank()) {
                words.add(f);
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
            if (conf < threshold && text.chars().anyMatch(Character::isDigit)) text = CellText.unsure(text);
            out.add(new PdfReader.Glyph(text, left * scale, (top + height) * scale, width * scale, size));
        }
        return out;
    }
}
