package org.ogicheck.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.ogicheck.i18n.Said;
import org.ogicheck.model.SourceRef;

/**
 * PDF reports with a text layer (as exported by Word, WPS and similar). Glyphs are taken with
 * their positions; ruled tables become row blocks (see {@link PdfTableBuilder}); all other text
 * becomes lines rebuilt from baselines, the lines of one paragraph joined. A table that runs on
 * to the next page continues there: a merged cell cut by the page break is read as one cell.
 * Page numbers in the page margins are dropped.
 *
 * <p>Source references: a line gives its page and its line on the page (table rows count as
 * lines); a cell also gives the table (numbered through the document), its row and its grid column.
 */
public final class PdfReader {
    /** fewer non-blank characters than this per page on average: no usable text layer */
    static final int MIN_CHARS_PER_PAGE = 20;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
        "^[-—–－\\s]*\\d{1,3}[-—–－\\s]*$|^第\\s*\\d+\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?$|^\\d+\\s*/\\s*\\d+$");
    private static final Pattern HEADING_START = Pattern.compile(
        "^\\s*(?:[一二三四五六七八九十]{1,2}\\s*[、.．]|[（(]\\s*[一二三四五六七八九十]{1,2}\\s*[）)])");
    private static final Pattern LIST_START = Pattern.compile(
        "^\\s*(?:[一二三四五六七八九十]{1,3}\\s*[、.．,，]|[（(]\\s*[一二三四五六七八九十\\d]{1,3}\\s*[）)]|\\d{1,2}\\s*[、.．,，)）])");
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)");

    /** one glyph: baseline position in top-down page coordinates */
    record Glyph(String text, float x, float y, float width, float size) {
        float right() {
            return x + width;
        }

        float centerX() {
            return x + width / 2;
        }

        float centerY() {
            return y - size * 0.35f;
        }

        float top() {
            return y - size * 0.85f;
        }
    }

    /** a visual text line outside tables */
    private static final class Line {
        final List<Glyph> glyphs;
        final float top;
        final float left;
        final float right;
        final float baseline;
        final float size;
        final String text;

        Line(List<Glyph> glyphs) {
            this.glyphs = glyphs;
            float t = Float.MAX_VALUE;
            float l = Float.MAX_VALUE;
            float r = -Float.MAX_VALUE;
            float b = 0;
            float s = 0;
            for (Glyph g : glyphs) {
                t = Math.min(t, g.top());
                l = Math.min(l, g.x());
                r = Math.max(r, g.right());
                b = Math.max(b, g.y());
                s = Math.max(s, g.size());
            }
            top = t;
            left = l;
            right = r;
            baseline = b;
            size = s;
            text = joinGlyphs(glyphs);
        }
    }

    /**
     * A line or a table row on a page, in reading order; neither (no line, no table) marks where a
     * borderless table that could not be rebuilt begins (its lines are text).
     */
    private record Item(float top, Line line, PdfTableBuilder.Table table, PdfTableBuilder.Row row, boolean image) {
        /** top to bottom; the mark of a table not rebuilt before the first of its lines */
        static final Comparator<Item> ORDER = Comparator.comparingDouble(Item::top).thenComparing(it -> !it.isUnrebuilt());

        Item(float top, Line line, PdfTableBuilder.Table table, PdfTableBuilder.Row row) {
            this(top, line, table, row, false);
        }

        static Item unrebuilt(float top) {
            return new Item(top, null, null, null);
        }

        /** a picture ({@link Pictures#kept}) */
        static Item picture(float top) {
            return new Item(top, null, null, null, true);
        }

        boolean isUnrebuilt() {
            return line == null && table == null && !image;
        }
    }

    /**
     * a document's blocks and what its reader could not rebuild (a borderless table left as text);
     * {@code picturesSure}: every page's pictures were looked at and no page shows a drawing (outlined text, a
     * chart, a drawn seal) that may be a table drawn as lines and curves, so a section without a picture has none
     */
    record Assembled(List<Block> blocks, List<Document.Issue> issues, boolean picturesSure) {
        Assembled(List<Block> blocks, List<Document.Issue> issues) {
            this(blocks, issues, false);
        }
    }

    public Document read(String source, byte[] bytes) throws ReadException {
        checkComplete(source, bytes);
        try (PDDocument pdf = load(bytes)) {
            int pages = realPageCount(source, pdf);
            if (pages == 0) throw ReadException.of("pdf.noPages", source);
            TextLayer layer = textLayer(pdf);
            List<List<Glyph>> glyphs = layer.glyphs();
            Map<Integer, OcrReader.Page> scanned = scannedPages(source, pdf, glyphs);
            List<PageData> data = new ArrayList<>();
            for (int p = 0; p < pages; p++) data.add(pageData(pdf.getPage(p), glyphs.get(p), layer.rulings().get(p)));
            Assembled a = assemble(data);
            List<Block> blocks = OcrVocabulary.labels(a.blocks(), page -> scanned.containsKey(page - 1));
            Map<String, String> meta = meta(pdf);
            if (!scanned.isEmpty()) meta.put("ocr", String.join(",", scanned.keySet().stream().map(i -> String.valueOf(i + 1)).toList()));
            // a page read by OCR keeps no picture of its own: where a section is on it, a picture may have been missed
            if (a.picturesSure() && scanned.isEmpty()) meta.put(Document.PICTURES, Document.PICTURES_SEEN);
            return new Document(source, "pdf", blocks, meta, a.issues());
        } catch (InvalidPasswordException e) {
            throw ReadException.of("pdf.password", source);
        } catch (IOException | RuntimeException e) {
            throw ReadException.of(e, "pdf.damaged", source, LibraryReasons.of(e, ReadException.oneLine(e)));
        }
    }

    /**
     * The document with a resource cache that keeps its fonts until it is closed. PDFBox's own cache drops a
     * page's fonts when the text stripper leaves the page (until a font has been dropped three times), so a
     * font used on the first pages was built again, its embedded TrueType program parsed again, for each of
     * them and once more for the rulings' pass: in the corpus PDFs 16–22 fonts built for 7–8 in the file,
     * and the font programs (CJK subsets that keep every glyph entry) are most of a PDF's reading. One
     * document's fonts are kept, never fonts across documents.
     */
    private static PDDocument load(byte[] bytes) throws IOException {
        PDDocument pdf = Loader.loadPDF(bytes);
        pdf.setResourceCache(new DefaultResourceCache() {
            @Override
            public PDFont removeFont(COSObject indirect) {
                return null;
            }
        });
        return pdf;
    }

    /** the most pages a report may have; annual reports run to 10–40 */
    static final int MAX_PAGES = 500;

    /**
     * The pages the page tree really holds, counted up to {@link #MAX_PAGES} (a file may claim
     * 2,000,000,000 in its /Count), set as the tree's count so that every later use agrees.
     */
    private static int realPageCount(String source, PDDocument pdf) throws ReadException {
        int n = 0;
        for (PDPage ignored : pdf.getPages()) {
            if (++n > MAX_PAGES) throw ReadException.of("pdf.tooManyPages", source, MAX_PAGES);
        }
        pdf.getPages().getCOSObject().setInt(org.apache.pdfbox.cos.COSName.COUNT, n);
        return n;
    }

    /** a PDF cut short lacks its closing startxref … %%EOF, or points beyond its end */
    private static void checkComplete(String source, byte[] bytes) throws ReadException {
        int from = Math.max(0, bytes.length - 2048);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw ReadException.of("pdf.noEof", source);
        }
        Matcher m = STARTXREF.matcher(tail);
        long offset = -1;
        while (m.find()) offset = m.group(1).length() > 15 ? Long.MAX_VALUE : Long.parseLong(m.group(1));
        if (offset < 0) {
            throw ReadException.of("pdf.noStartxref", source);
        }
        if (offset >= bytes.length) {
            throw ReadException.of("pdf.xrefBeyondEnd", source);
        }
    }

    private static Map<String, String> meta(PDDocument pdf) {
        Map<String, String> meta = new LinkedHashMap<>();
        PDDocumentInformation info = pdf.getDocumentInformation();
        if (info != null && info.getTitle() != null && !info.getTitle().isBlank()) {
            meta.put("title", info.getTitle().strip());
        }
        return meta;
    }

    // ---- scanned pages (OCR) ----------------------------------------------------------------------

    /** the glyphs of a page read by OCR, with the ruling segments found in its image */
    private static final class OcrGlyphs extends ArrayList<Glyph> {
        final transient List<PdfTableBuilder.Seg> segs;

        OcrGlyphs(OcrReader.Page page) {
            super(page.glyphs());
            this.segs = page.segs();
        }
    }

    /**
     * Pages with no usable text layer (fewer than {@link #MIN_CHARS_PER_PAGE} characters) that show
     * an image are rendered and read by OCR; their glyphs in {@code glyphs} are replaced. A PDF
     * whose text layer covers every page is never rendered.
     */
    private static Map<Integer, OcrReader.Page> scannedPages(String source, PDDocument pdf, List<List<Glyph>> glyphs)
        throws IOException, ReadException {
        Map<Integer, OcrReader.Page> out = new LinkedHashMap<>();
        org.apache.pdfbox.rendering.PDFRenderer renderer = null;
        for (int p = 0; p < glyphs.size(); p++) {
            if (glyphs.get(p).size() >= MIN_CHARS_PER_PAGE || !hasImage(pdf.getPage(p))) continue;
            org.apache.pdfbox.pdmodel.common.PDRectangle box = pdf.getPage(p).getCropBox();
            long w = Math.round(box.getWidth() / 72.0 * OcrReader.RENDER_DPI);
            long h = Math.round(box.getHeight() / 72.0 * OcrReader.RENDER_DPI);
            if (w * h > OcrReader.MAX_PIXELS) throw ReadException.of("pdf.pageTooLarge", source, p + 1, w, h);
            if (renderer == null) renderer = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
            java.awt.image.BufferedImage img = renderer.renderImageWithDPI(p, OcrReader.RENDER_DPI,
                org.apache.pdfbox.rendering.ImageType.GRAY);
            OcrReader.Page page = OcrReader.page(source, p + 1, img, OcrReader.RENDER_DPI);
            out.put(p, page);
            glyphs.set(p, new OcrGlyphs(page));
        }
        long chars = glyphs.stream().mapToLong(List::size).sum();
        if (chars < (long) MIN_CHARS_PER_PAGE * glyphs.size() && out.isEmpty()) {
            throw ReadException.of("pdf.noText", source);
        }
        return out;
    }

    private static boolean hasImage(PDPage page) throws IOException {
        org.apache.pdfbox.pdmodel.PDResources res = page.getResources();
        if (res == null) return false;
        for (org.apache.pdfbox.cos.COSName n : res.getXObjectNames()) {
            if (res.getXObject(n) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) return true;
            if (res.getXObject(n) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f
                && f.getResources() != null) {
                for (org.apache.pdfbox.cos.COSName m : f.getResources().getXObjectNames()) {
                    if (f.getResources().getXObject(m) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) return true;
                }
            }
        }
        return false;
    }

    /** the blocks of pages read by OCR from images (no PDF around them) */
    static Assembled blocksOf(List<OcrReader.Page> pages) {
        List<List<Item>> items = new ArrayList<>();
        Set<PdfTableBuilder.Table> stream = Collections.newSetFromMap(new IdentityHashMap<>());
        for (OcrReader.Page p : pages) items.add(pageItems(p.segs(), p.height(), new OcrGlyphs(p), List.of(), stream, endingTable(items, stream)));
        Assembled a = blocks(items);
        return new Assembled(OcrVocabulary.labels(a.blocks(), page -> true), a.issues());
    }

    /**
     * one page to assemble: its height, glyphs and ruling segments, all in top-down points; the images it draws
     * ({@link Pictures}: not yet sorted out) and whether it shows a drawing of curves (outlined text, a chart)
     */
    record PageData(float height, List<Glyph> glyphs, List<PdfTableBuilder.Seg> segs, List<Pictures.Pic> pics, boolean drawing) {
        PageData(float height, List<Glyph> glyphs, List<PdfTableBuilder.Seg> segs) {
            this(height, glyphs, segs, List.of(), false);
        }

        PageData withGlyphs(List<Glyph> kept) {
            return new PageData(height, kept, segs, pics, drawing);
        }
    }

    /** the glyphs and ruling segments of every page of a PDF's text layer (no OCR), as {@link #read} sees them */
    static List<PageData> pageData(String source, byte[] bytes) throws ReadException {
        try (PDDocument pdf = load(bytes)) {
            TextLayer layer = textLayer(pdf);
            List<PageData> out = new ArrayList<>();
            for (int p = 0; p < pdf.getNumberOfPages(); p++) out.add(pageData(pdf.getPage(p), layer.glyphs().get(p), layer.rulings().get(p)));
            return out;
        } catch (IOException | RuntimeException e) {
            throw ReadException.of(e, "pdf.damaged", source, LibraryReasons.of(e, ReadException.oneLine(e)));
        }
    }

    private static PageData pageData(PDPage page, List<Glyph> glyphs, PdfRulings rulings) throws IOException {
        int rotation = Math.floorMod(page.getRotation(), 360);
        float height = rotation == 90 || rotation == 270 ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
        if (glyphs instanceof OcrGlyphs o) return new PageData(height, glyphs, o.segs);
        return new PageData(height, glyphs, rulings.segs(), rulings.pics(), rulings.drawing());
    }

    /**
     * The blocks of a document from its pages' glyphs and ruling segments (shared by the PDF and the
     * OFD reader), without the pages' running heads and feet ({@link RunningLines}): ruled and borderless tables, lines and paragraphs; and where a borderless table
     * could not be rebuilt (an issue: its section's rules cannot judge it, the table is not missing).
     */
    static Assembled assemble(List<PageData> given) {
        List<List<Pictures.Pic>> kept = new ArrayList<>();
        for (PageData d : given) kept.add(Pictures.kept(d.pics(), d.height(), d.glyphs()));
        List<List<Pictures.Pic>> pics = Pictures.withoutRunning(kept);
        List<PageData> pages = RunningLines.dropped(given);
        List<List<Item>> items = new ArrayList<>();
        Set<PdfTableBuilder.Table> stream = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int p = 0; p < pages.size(); p++) {
            PageData d = pages.get(p);
            items.add(pageItems(d.segs(), d.height(), d.glyphs(), pics.get(p), stream, endingTable(items, stream)));
        }
        // a borderless table that may run on to the next page, where no table of its own starts, is not
        // rebuilt across the break: that page is read without borderless tables (never half a table); a table
        // of that page that went on from the page before is gone with it, so that page is looked at again
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int p = 0; p + 1 < pages.size(); p++) {
                List<Item> next = items.get(p + 1);
                PdfTableBuilder.Table ending = endingTable(items.subList(0, p + 1), stream);
                boolean nextStartsSection = !next.isEmpty() && next.get(0).line() != null
                    && PdfStreamTables.startsSection(next.get(0).line().text);
                boolean nextStartsTable = false;
                for (int k = 0; k < Math.min(3, next.size()); k++) nextStartsTable |= next.get(k).table() != null;
                if (ending == null || nextStartsSection || nextStartsTable) continue;
                PageData d = pages.get(p);
                List<Item> again = new ArrayList<>(pageItems(d.segs(), d.height(), d.glyphs(), pics.get(p), null, null));
                Set<PdfTableBuilder.Table> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
                for (Item it : items.get(p)) {
                    if (it.isUnrebuilt() || stream.contains(it.table()) && dropped.add(it.table())) again.add(Item.unrebuilt(it.top()));
                }
                again.sort(Item.ORDER);
                items.set(p, again);
                changed = true;
            }
        }
        Assembled a = blocks(items);
        return new Assembled(a.blocks(), a.issues(), given.stream().noneMatch(PageData::drawing));
    }

    /**
     * The borderless table among the last items of the last page in {@code items}, or null: the next page's
     * table may go on from it. Not when a section heading follows it on its page (the table has ended).
     */
    private static PdfTableBuilder.Table endingTable(List<List<Item>> items, Set<PdfTableBuilder.Table> stream) {
        if (items.isEmpty()) return null;
        List<Item> page = items.get(items.size() - 1);
        for (int k = page.size() - 1; k >= Math.max(0, page.size() - 3); k--) {
            Item it = page.get(k);
            if (stream.contains(it.table())) return it.table();
            if (it.line() != null && PdfStreamTables.startsSection(it.line().text)) return null;
        }
        return null;
    }

    // ---- glyphs ---------------------------------------------------------------------------------

    /** the glyphs and the ruling lines of every page, in the order of the pages */
    private record TextLayer(List<List<Glyph>> glyphs, List<PdfRulings> rulings) {
    }

    /**
     * The visible glyphs of every page (overlapping duplicates used for fake bold removed) and its ruling
     * lines, in one pass over each page's content stream. Text drawn invisible (rendering mode 3, neither
     * filled nor stroked) is left out: it is the text layer a scanner's or another program's OCR lays under
     * a page image ("searchable" or double-layer PDF), of unknown accuracy and with no confidence per
     * digit. Such a page then has an image and no text of its own, and is read by our OCR like any scanned
     * page.
     */
    private static TextLayer textLayer(PDDocument pdf) throws IOException {
        List<List<Glyph>> pages = new ArrayList<>();
        List<PdfRulings> rulings = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            pages.add(new ArrayList<>());
            rulings.add(new PdfRulings(page));
        }
        PDFTextStripper stripper = new PDFTextStripper() {
            {
                PdfRulings.operators(this, () -> rulings.get(getCurrentPageNo() - 1)).forEach(this::addOperator);
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                org.apache.pdfbox.pdmodel.graphics.state.RenderingMode mode =
                    getGraphicsState().getTextState().getRenderingMode();
                if (mode.isFill() || mode.isStroke()) super.processTextPosition(text);
            }

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                List<Glyph> page = pages.get(getCurrentPageNo() - 1);
                for (TextPosition p : positions) {
                    String u = clean(p.getUnicode());
                    if (u.isBlank()) continue;
                    float size = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : Math.max(p.getHeightDir(), 1);
                    // the advance may include character spacing (wide for spaced-out or vertical text): the ink is at most about 1 em
                    float width = Math.min(p.getWidthDirAdj(), size * 1.1f * u.length());
                    page.add(new Glyph(u, p.getXDirAdj(), p.getYDirAdj(), width, size));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setSuppressDuplicateOverlappingText(true);
        stripper.getText(pdf);
        return new TextLayer(pages, rulings);
    }

    /** Kangxi radicals and compatibility ideographs (common in CJK font mappings) to plain ideographs */
    static String clean(String u) {
        if (u == null) return "";
        StringBuilder sb = new StringBuilder(u.length());
        for (int i = 0; i < u.length(); i++) {
            char ch = u.charAt(i);
            if (ch >= '\u2E80' && ch <= '\u2FDF' || ch >= '\uF900' && ch <= '\uFAFF') {
                sb.append(Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC));
            } else if (ch == '\u00A0' || ch == '\u3000') {
                sb.append(' ');
            } else if (!Character.isISOControl(ch)) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    // ---- one page -------------------------------------------------------------------------------

    /** the items of one page from its ruling segments and glyphs (of a text layer or of OCR) */
    private static List<Item> pageItems(List<PdfTableBuilder.Seg> segs, float height, List<Glyph> glyphs, List<Pictures.Pic> pics,
                                        Set<PdfTableBuilder.Table> streamTables, PdfTableBuilder.Table previous) {
        Set<Glyph> used = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PdfTableBuilder.Table> tables = PdfTableBuilder.tables(segs, glyphs, used);
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : glyphs) if (!used.contains(g)) free.add(g);
        // tables drawn without ruling lines, from the positions of the words
        List<Float> unrebuilt = new ArrayList<>();
        List<PdfTableBuilder.Table> stream = streamTables == null ? List.of() : PdfStreamTables.tables(free, used, previous, unrebuilt);
        if (!stream.isEmpty()) {
            streamTables.addAll(stream);
            tables = new ArrayList<>(tables);
            tables.addAll(stream);
            free.removeIf(used::contains);
        }
        List<Item> items = new ArrayList<>();
        for (List<Glyph> lg : lines(free)) {
            Line line = new Line(lg);
            boolean margin = line.baseline < height * 0.1f || line.top > height * 0.85f;
            if (margin && PAGE_NUMBER.matcher(line.text).matches()) continue;
            items.add(new Item(line.top, line, null, null));
        }
        for (PdfTableBuilder.Table t : tables) {
            for (PdfTableBuilder.Row r : t.rows) items.add(new Item(r.top, null, t, r));
        }
        for (float top : unrebuilt) items.add(Item.unrebuilt(top));
        for (Pictures.Pic pic : pics) items.add(Item.picture(pic.top()));
        items.sort(Item.ORDER);
        return items;
    }

    /** glyphs grouped into lines by baseline, each line left to right, lines top to bottom */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> cur = null;
        float base = 0;
        float size = 0;
        for (Glyph g : sorted) {
            if (cur != null && g.y() - base <= 0.45f * Math.max(size, g.size())) {
                cur.add(g);
                size = Math.max(size, g.size());
                continue;
            }
            cur = new ArrayList<>();
            cur.add(g);
            out.add(cur);
            base = g.y();
            size = g.size();
        }
        for (List<Glyph> l : out) l.sort(Comparator.comparingDouble(Glyph::x));
        return out;
    }

    /** the text of a cell or any glyph set: its lines joined (wrapped text is one text) */
    static String text(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        for (List<Glyph> l : lines(glyphs)) appendLine(sb, joinGlyphs(l));
        return sb.toString().strip();
    }

    /** one visual line; a space where the gap is wide (wider between two Chinese characters) */
    private static String joinGlyphs(List<Glyph> line) {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null) {
                float gap = g.x() - prev.right();
                float size = Math.max(prev.size(), g.size());
                boolean cjk = wide(prev.text().charAt(prev.text().length() - 1)) && wide(g.text().charAt(0));
                if (gap > (cjk ? 1.0f : 0.25f) * size) sb.append(' ');
            }
            sb.append(g.text());
            prev = g;
        }
        return sb.toString();
    }

    /** appends a wrapped line: no space between Chinese text or digits, a space between words */
    private static void appendLine(StringBuilder sb, String next) {
        if (next.isEmpty()) return;
        if (sb.length() > 0 && Character.isLetter(sb.charAt(sb.length() - 1)) && !wide(sb.charAt(sb.length() - 1))
            && Character.isLetter(next.charAt(0)) && !wide(next.charAt(0))) {
            sb.append(' ');
        }
        sb.append(next);
    }

    /** Chinese characters and full-width punctuation */
    private static boolean wide(char ch) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(ch);
        return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN
            || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
            || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
            || b == Character.UnicodeBlock.GENERAL_PUNCTUATION;
    }

    // ---- the whole document ---------------------------------------------------------------------

    private static Assembled blocks(List<List<Item>> pages) {
        linkContinuedTables(pages);
        List<Document.Issue> issues = new ArrayList<>();
        float[] margins = margins(pages);
        List<Block> blocks = new ArrayList<>();
        Map<PdfTableBuilder.Table, Integer> tableNo = new IdentityHashMap<>();
        Map<Integer, Integer> rowsOf = new HashMap<>();
        int tables = 0;
        Line prev = null;
        int prevPage = -1;
        StringBuilder para = null;
        SourceRef paraSrc = null;
        for (int p = 0; p < pages.size(); p++) {
            int lineNo = 0;
            for (Item it : pages.get(p)) {
                if (it.isUnrebuilt()) {
                    // at the place of the table's first line, which comes next (the mark is no line of its own)
                    issues.add(new Document.Issue(Document.Issue.Kind.TABLE_NOT_REBUILT, Said.of(ReadException.BUNDLE, "issue.tableNotRebuilt"),
                        new SourceRef(lineNo + 1, p + 1, null, null, null)));
                    continue;
                }
                if (it.image()) {
                    if (para != null) blocks.add(Block.line(para.toString().strip(), paraSrc));
                    para = null;
                    prev = null;
                    blocks.add(Block.image(new SourceRef(lineNo + 1, p + 1, null, null, null)));
                    continue; // the place of the next line: a picture is no line of the page's count
                }
                lineNo++;
                if (it.line() != null) {
                    Line l = it.line();
                    boolean sameParagraph = para != null
                        && (prevPage == p || lineNo == 1 && prevPage == p - 1)
                        && continues(prev, l, margins, prevPage == p);
                    if (sameParagraph) {
                        appendLine(para, l.text);
                    } else {
                        if (para != null) blocks.add(Block.line(para.toString().strip(), paraSrc));
                        para = new StringBuilder(l.text);
                        paraSrc = new SourceRef(lineNo, p + 1, null, null, null);
                    }
                    prev = l;
                    prevPage = p;
                    continue;
                }
                if (para != null) blocks.add(Block.line(para.toString().strip(), paraSrc));
                para = null;
                prev = null;
                PdfTableBuilder.Table t = it.table();
                Integer no = tableNo.get(t);
                if (no == null) {
                    no = t.continues != null ? tableNo.get(t.continues) : null;
                    if (no == null) no = ++tables;
                    tableNo.put(t, no);
                }
                List<String> cells = new ArrayList<>();
                List<SourceRef> srcs = new ArrayList<>();
                int rowNo = rowsOf.getOrDefault(no, 0) + 1;
                for (PdfTableBuilder.TCell c : it.row().cells) {
                    if (c.skip) continue;
                    cells.add(c.text);
                    srcs.add(new SourceRef(lineNo, p + 1, no, rowNo, c.col + 1));
                }
                if (cells.stream().allMatch(String::isEmpty)) continue;
                rowsOf.put(no, rowNo);
                blocks.add(Block.row(cells, srcs, new SourceRef(lineNo, p + 1, no, rowNo, null)));
            }
        }
        if (para != null) blocks.add(Block.line(para.toString().strip(), paraSrc));
        return new Assembled(blocks, issues);
    }

    /**
     * A table that ends a page and a table that starts the next are one table. A merged cell cut
     * by the page break is one cell: a cell of the first row on the new page goes on from the cell
     * above it on the previous page when neither has a ruling line between them (a printer that
     * draws a row's border only once, below it, leaves the next page's first row open at the top
     * under a closed row: that row is a row of its own), when it is empty and only
     * empty cells are left of it, or when it is the broken-off rest of an outer label (text not
     * starting with a list number, with a further label right of it). Its text is added to the
     * cell above and it is no cell of its own.
     */
    private static void linkContinuedTables(List<List<Item>> pages) {
        for (int p = 0; p < pages.size(); p++) {
            List<Item> page = pages.get(p);
            if (page.isEmpty() || page.get(0).table() == null) continue;
            PdfTableBuilder.Table t2 = page.get(0).table();
            PdfTableBuilder.Table t1 = null;
            if (p > 0 && !pages.get(p - 1).isEmpty()) t1 = pages.get(p - 1).get(pages.get(p - 1).size() - 1).table();
            t2.continues = t1;
            if (t1 == null) continue;
            List<PdfTableBuilder.TCell> first = t2.rows.get(0).cells;
            boolean leading = true;
            for (int i = 0; i < first.size(); i++) {
                PdfTableBuilder.TCell c2 = first.get(i);
                PdfTableBuilder.TCell c1 = cellAbove(t1, c2);
                if (c1 != null && c1.closedBottom) c2.openTop = false;
                boolean empty = c2.text.isEmpty();
                boolean goesOn = c1 != null && (c2.openTop || empty && leading
                    || brokenLabel(c1.text, c2.text) && labelRightOf(first, i));
                leading &= empty;
                if (!goesOn) continue;
                StringBuilder sb = new StringBuilder(c1.text);
                appendLine(sb, c2.text);
                c1.text = sb.toString();
                c2.skip = true;
            }
        }
        // an empty cell open at the top of a table goes on from a cell not read: no cell either
        for (List<Item> page : pages) {
            for (Item it : page) {
                if (it.table() == null || it.row() != it.table().rows.get(0)) continue;
                for (PdfTableBuilder.TCell c : it.row().cells) if (c.openTop && c.text.isEmpty()) c.skip = true;
            }
        }
    }

    /** whether b reads as the rest of label a cut off: both words, b not starting with a list number */
    private static boolean brokenLabel(String a, String b) {
        return hasHan(a) && hasHan(b) && !LIST_START.matcher(b).find();
    }

    private static boolean labelRightOf(List<PdfTableBuilder.TCell> row, int i) {
        for (int k = i + 1; k < row.size(); k++) if (hasHan(row.get(k).text)) return true;
        return false;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static PdfTableBuilder.TCell cellAbove(PdfTableBuilder.Table t1, PdfTableBuilder.TCell c2) {
        for (PdfTableBuilder.Row r : t1.rows) {
            for (PdfTableBuilder.TCell c1 : r.cells) {
                if (c1.lastRow && Math.abs(c1.left - c2.left) < 3 && Math.abs(c1.right - c2.right) < 3) return c1;
            }
        }
        return null;
    }

    /** the body's left edge (most common line start) and right edge (where most full lines end) */
    private static float[] margins(List<List<Item>> pages) {
        Map<Integer, Integer> lefts = new HashMap<>();
        List<Float> rights = new ArrayList<>();
        for (List<Item> page : pages) {
            for (Item it : page) {
                if (it.line() == null) continue;
                lefts.merge(Math.round(it.line().left), 1, Integer::sum);
                rights.add(it.line().right);
            }
        }
        if (rights.isEmpty()) return new float[] {0, Float.MAX_VALUE};
        int left = Collections.max(lefts.entrySet(), Map.Entry.comparingByValue()).getKey();
        Collections.sort(rights);
        float right = rights.get((int) Math.floor((rights.size() - 1) * 0.9));
        return new float[] {left, right};
    }

    /** whether line l goes on with the paragraph whose last line is prev */
    private static boolean continues(Line prev, Line l, float[] margins, boolean samePage) {
        float size = Math.max(prev.size, l.size);
        return prev.right >= margins[1] - 1.5f * prev.size
            && l.left <= margins[0] + 0.8f * l.size
            && Math.abs(prev.size - l.size) <= 1.5f
            && !HEADING_START.matcher(l.text).find()
            && (!samePage || l.baseline - prev.baseline <= 2.2f * size);
    }
}
