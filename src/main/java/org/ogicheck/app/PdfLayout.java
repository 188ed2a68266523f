package org.ogicheck.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ogicheck.read.TextReader;

/**
 * A PDF laid out anew from a report's text layout (a PDF cannot be edited in place: its text is
 * placed glyphs, not lines and cells): the lines as paragraphs wrapped to the page, each run of
 * table rows as a table drawn with ruling lines, one cell a box, so that a PDF reader (ours reads
 * ruled tables) rebuilds the same rows. A row with fewer cells than its table's widest row has its
 * last cell merged over the remaining columns (no ruling line between them), as a merged header
 * cell is drawn. The text is set in a CJK TrueType font found on the machine: the file named by
 * the environment variable {@value #FONT_ENV}, else the first font under the usual font folders
 * that has the glyphs of a report.
 */
final class PdfLayout {
    private PdfLayout() {
    }

    static final String FONT_ENV = "OGICHECK_CJK_FONT";
    private static final String PROBE = "政府信息公开工作年度报告申请行政复议诉讼";
    private static final List<String> FONT_DIRS = List.of("/usr/share/fonts", "/usr/local/share/fonts",
        System.getProperty("user.home") + "/.fonts", System.getProperty("user.home") + "/.local/share/fonts",
        "/System/Library/Fonts", "/Library/Fonts", "C:\\Windows\\Fonts");

    private static final float MARGIN = 50;
    private static final float BODY = 10.5f;
    private static final float BODY_LEADING = 16;
    private static final float CELL = 8;
    private static final float CELL_LEADING = 10;
    private static final float PAD = 3;

    static byte[] write(List<String> lines, String title) throws Mutator.NotApplicable {
        Path fontFile = font();
        if (fontFile == null) throw new Mutator.NotApplicable("format.noFont", FONT_ENV);
        try (PDDocument pdf = new PDDocument(); FontSource src = FontSource.open(fontFile)) {
            PDType0Font font = PDType0Font.load(pdf, src.ttf, true);
            if (title != null) {
                PDDocumentInformation info = new PDDocumentInformation();
                info.setTitle(title);
                pdf.setDocumentInformation(info);
            }
            new Pages(pdf, font).lay(lines);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new Mutator.NotApplicable("format.pdfFailed", fontFile, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** a TrueType font, alone or out of a collection, open until the PDF is saved (it is subset then) */
    private static final class FontSource implements AutoCloseable {
        final TrueTypeFont ttf;
        private final java.io.Closeable owner;

        private FontSource(TrueTypeFont ttf, java.io.Closeable owner) {
            this.ttf = ttf;
            this.owner = owner;
        }

        static FontSource open(Path f) throws IOException {
            if (f.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection c = new TrueTypeCollection(f.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                c.processAllFonts(t -> {
                    if (first[0] == null && covers(t)) first[0] = t;
                });
                if (first[0] == null) {
                    c.close();
                    throw new IOException("no font of " + f + " has the glyphs of a report");
                }
                return new FontSource(first[0], c);
            }
            TrueTypeFont t = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(f.toFile()));
            return new FontSource(t, t);
        }

        @Override
        public void close() throws IOException {
            owner.close();
        }
    }

    private static boolean covers(TrueTypeFont t) {
        try {
            var cmap = t.getUnicodeCmapLookup(false);
            if (cmap == null) return false;
            for (int i = 0; i < PROBE.length(); i++) if (cmap.getGlyphId(PROBE.charAt(i)) == 0) return false;
            return t.getGlyph() != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** the CJK font to set the text in, or null when the machine has none */
    static Path font() {
        String env = System.getenv(FONT_ENV);
        if (env != null && !env.isBlank() && Files.isRegularFile(Path.of(env))) return Path.of(env);
        for (String d : FONT_DIRS) {
            Path dir = Path.of(d);
            if (!Files.isDirectory(dir)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir, 4)) {
                files = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|ttc)$")).sorted().toList();
            } catch (IOException | RuntimeException e) {
                continue;
            }
            for (Path f : files) {
                try (FontSource fs = FontSource.open(f)) {
                    if (covers(fs.ttf)) return f;
                } catch (Exception e) {
                    // not a font we can use
                }
            }
        }
        return null;
    }

    /** the pages being filled, top to bottom */
    private static final class Pages {
        final PDDocument pdf;
        final PDType0Font font;
        final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        PDPageContentStream cs;
        float y;

        Pages(PDDocument pdf, PDType0Font font) {
            this.pdf = pdf;
            this.font = font;
        }

        void lay(List<String> lines) throws IOException {
            newPage();
            List<List<String>> table = new ArrayList<>();
            for (String l : lines) {
                if (l.contains("|")) {
                    table.add(TextReader.splitRow(l));
                    continue;
                }
                if (!table.isEmpty()) {
                    table(table);
                    table = new ArrayList<>();
                }
                paragraph(l);
            }
            if (!table.isEmpty()) table(table);
            cs.close();
        }

        void newPage() throws IOException {
            if (cs != null) cs.close();
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            cs = new PDPageContentStream(pdf, page);
            cs.setLineWidth(0.6f);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void paragraph(String line) throws IOException {
            if (line.isBlank()) {
                y -= BODY_LEADING / 2;
                return;
            }
            for (String part : wrap(safe(line), BODY, width)) {
                if (y - BODY_LEADING < MARGIN) newPage();
                y -= BODY_LEADING;
                text(part, MARGIN, y + 4, BODY);
            }
        }

        void table(List<List<String>> rows) throws IOException {
            int cols = 0;
            for (List<String> r : rows) cols = Math.max(cols, r.size());
            if (cols == 0) return;
            float[] weight = new float[cols];
            for (List<String> r : rows) {
                for (int c = 0; c < r.size(); c++) weight[c] = Math.max(weight[c], Math.min(14, Math.max(2.5f, r.get(c).length())));
            }
            float sum = 0;
            for (float w : weight) sum += Math.max(w, 2.5f);
            float[] x = new float[cols + 1];
            x[0] = MARGIN;
            for (int c = 0; c < cols; c++) x[c + 1] = x[c] + width * Math.max(weight[c], 2.5f) / sum;
            y -= BODY_LEADING / 2;
            boolean top = true;
            for (List<String> r : rows) {
                int n = Math.max(1, r.size());
                List<List<String>> texts = new ArrayList<>();
                int tallest = 1;
                for (int c = 0; c < n; c++) {
                    float w = (c == n - 1 ? x[cols] : x[c + 1]) - x[c] - 2 * PAD;
                    List<String> t = wrap(safe(c < r.size() ? r.get(c) : ""), CELL, w);
                    texts.add(t);
                    tallest = Math.max(tallest, t.size());
                }
                float h = tallest * CELL_LEADING + 2 * PAD;
                if (y - h < MARGIN) {
                    newPage();
                    top = true;
                }
                if (top) line(x[0], y, x[cols], y);
                top = false;
                for (int c = 0; c < n; c++) {
                    List<String> t = texts.get(c);
                    for (int i = 0; i < t.size(); i++) text(t.get(i), x[c] + PAD, y - PAD - (i + 1) * CELL_LEADING + 2, CELL);
                }
                for (int c = 0; c < n; c++) line(x[c], y, x[c], y - h);
                line(x[cols], y, x[cols], y - h);
                y -= h;
                line(x[0], y, x[cols], y);
            }
            y -= BODY_LEADING / 2;
        }

        void line(float x1, float y1, float x2, float y2) throws IOException {
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        }

        void text(String s, float x, float baseline, float size) throws IOException {
            if (s.isEmpty()) return;
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(s);
            cs.endText();
        }

        /** characters the font has no glyph for become a full-width question mark */
        String safe(String s) {
            StringBuilder sb = new StringBuilder();
            s.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    sb.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    sb.append('？');
                }
            });
            return sb.toString();
        }

        List<String> wrap(String s, float size, float w) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            float at = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float cw = font.getStringWidth(ch) / 1000 * size;
                if (at + cw > w && cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    at = 0;
                }
                cur.append(ch);
                at += cw;
                i += Character.charCount(cp);
            }
            if (cur.length() > 0 || out.isEmpty()) out.add(cur.toString());
            return out;
        }
    }
}
