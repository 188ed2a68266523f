package org.ogicheck.read;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ogicheck.model.CellText;
import org.ogicheck.read.TableForms.C;
import org.ogicheck.read.TableForms.Grid;
import org.ogicheck.read.TableForms.Part;

/**
 * A corpus text report as WPS Writer exports it to PDF: every character drawn on its own at its
 * place (one text object per glyph, no run of text), paragraphs indented by two full-width spaces
 * (U+3000, drawn as glyphs), tables ruled cell by cell with their merged cells (the layout's spans,
 * as {@link WordCopies} reads them from the text), labels wrapped inside their cells, numbers
 * right-aligned, a table cut by a page break closed at the page's foot and opened again on the next
 * page, no header row repeated. Fonts: Debian's WenQuanYi Zen Hei (fonts-wqy-zenhei, .ci/run).
 */
final class WpsStylePdf {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final float TOP = 60;
    private static final float BOTTOM = 780;
    private static final float LEFT = 56;
    private static final float WIDTH = 483;
    private static final float PROSE = 10.5f;
    private static final float CELL = 9f;
    private static final float PAD = 3f;

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    private WpsStylePdf(TrueTypeFont ttf) throws IOException {
        font = PDType0Font.load(doc, ttf, true);
    }

    /** the report's PDF */
    static byte[] of(Path corpusText) {
        try (TrueTypeCollection ttc = new TrueTypeCollection(new File(FONT.toString()))) {
            WpsStylePdf w = new WpsStylePdf(ttc.getFontByName("WenQuanYiZenHei"));
            return w.write(WordCopies.parts(Files.readString(corpusText, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(List<Part> parts) throws IOException {
        newPage();
        for (Part p : parts) {
            if (p.isTable()) table(p.rows());
            else prose(p.line());
        }
        page.close();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            doc.close();
            return out.toByteArray();
        }
    }

    private void newPage() throws IOException {
        if (page != null) page.close();
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        page.setLineWidth(0.5f);
        y = TOP;
    }

    private float width(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** each character a text object of its own, at its place (top-down y of the baseline) */
    private void glyphs(String s, float x, float baseline, float size) throws IOException {
        for (int i = 0; i < s.length(); ) {
            String ch = new String(Character.toChars(s.codePointAt(i)));
            i += ch.length();
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, PDRectangle.A4.getHeight() - baseline);
            page.showText(ch);
            page.endText();
            x += width(ch, size);
        }
    }

    /** the text broken into lines no wider than w */
    private List<String> wrap(String text, float w, float size) throws IOException {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < para.length(); ) {
                String ch = new String(Character.toChars(para.codePointAt(i)));
                i += ch.length();
                if (line.length() > 0 && width(line + ch, size) > w) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
            }
            out.add(line.toString());
        }
        return out;
    }

    private void prose(String line) throws IOException {
        String t = line.strip();
        if (t.isEmpty()) return;
        boolean heading = t.length() < 30 && !t.endsWith("。");
        List<String> lines = wrap(heading ? t : "\u3000\u3000" + t, WIDTH, PROSE);
        for (String l : lines) {
            if (y + PROSE * 1.6f > BOTTOM) newPage();
            y += PROSE * 1.6f;
            glyphs(l, LEFT, y, PROSE);
        }
    }

    private void table(List<List<C>> rows) throws IOException {
        Grid g = TableForms.grid(rows);
        int cols = g.at().stream().mapToInt(List::size).max().orElse(1);
        // a column's share of the width: its widest one-column text, a number column narrow
        float[] weight = new float[cols];
        for (int r = 0; r < g.at().size(); r++) {
            for (int c = 0; c < g.at().get(r).size(); c++) {
                C cell = g.at().get(r).get(c);
                if (cell == null || !g.starts().get(r).get(c) || cell.cs() > 1) continue;
                weight[c] = Math.max(weight[c], Math.min(8, cell.text().strip().length()) + 2);
            }
        }
        float total = 0;
        for (int c = 0; c < cols; c++) total += weight[c] = Math.max(weight[c], 3);
        float[] x = new float[cols + 1];
        x[0] = LEFT;
        for (int c = 0; c < cols; c++) x[c + 1] = x[c] + WIDTH * weight[c] / total;
        y += 6;
        for (int r = 0; r < g.at().size(); r++) {
            List<C> row = g.at().get(r);
            float h = CELL * 1.5f + 2 * PAD;
            for (int c = 0; c < row.size(); c++) {
                C cell = row.get(c);
                if (cell == null || !g.starts().get(r).get(c) || cell.rs() > 1) continue;
                h = Math.max(h, wrap(cell.text(), x[Math.min(cols, c + cell.cs())] - x[c] - 2 * PAD, CELL).size() * CELL * 1.4f + 2 * PAD);
            }
            boolean pageTop = false;
            if (y + h > BOTTOM) {
                newPage();
                pageTop = true;
            }
            for (int c = 0; c < row.size(); c++) {
                C cell = row.get(c);
                if (cell == null) continue;
                boolean top = pageTop || r == 0 || at(g, r - 1, c) != cell;
                boolean bottom = r == g.at().size() - 1 || at(g, r + 1, c) != cell;
                if (top) line(x[c], y, x[c + 1], y);
                if (bottom) line(x[c], y + h, x[c + 1], y + h);
                if (c == 0 || at(g, r, c - 1) != cell) line(x[c], y, x[c], y + h);
                if (c == cols - 1 || at(g, r, c + 1) != cell) line(x[c + 1], y, x[c + 1], y + h);
                if (g.starts().get(r).get(c)) cellText(cell, x[c], x[Math.min(cols, c + Math.max(1, cell.cs()))]);
            }
            page.stroke();
            y += h;
        }
        y += 6;
    }

    private static C at(Grid g, int r, int c) {
        if (r < 0 || r >= g.at().size() || c < 0 || c >= g.at().get(r).size()) return null;
        return g.at().get(r).get(c);
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
        float h = PDRectangle.A4.getHeight();
        page.moveTo(x1, h - y1);
        page.lineTo(x2, h - y2);
    }

    /** labels from the left, wrapped; a number right-aligned */
    private void cellText(C cell, float left, float right) throws IOException {
        String t = cell.text().strip();
        if (t.isEmpty()) return;
        if (CellText.isValueLike(t) && !t.contains("\n")) {
            glyphs(t, right - PAD - width(t, CELL), y + PAD + CELL, CELL);
            return;
        }
        float baseline = y + PAD + CELL;
        for (String l : wrap(t, right - left - 2 * PAD, CELL)) {
            glyphs(l, left + PAD, baseline, CELL);
            baseline += CELL * 1.4f;
        }
    }
}
