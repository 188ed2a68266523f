package org.ogicheck.app;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.ogicheck.model.SourceRef;
import org.ogicheck.read.Block;
import org.ogicheck.read.Document;

/**
 * A web page edited in place: the changes are made in the page's source text (a text node's
 * characters, a table row taken out), so every other byte of the page stays as published. The
 * page is parsed with positions as {@code read.HtmlReader} parses it; a changed line is found by
 * its text and source line among the page's lines (gathered as the reader gathers them), a changed
 * cell by its table's grid position (tables placed by colspan and rowspan as the reader places
 * them), checked against the text the reader read there.
 */
final class HtmlEdits {
    private HtmlEdits() {
    }

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
        "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer", "aside", "nav", "main",
        "blockquote", "pre", "center", "address", "figure", "figcaption", "form", "fieldset", "hr", "table",
        "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "body");
    private static final String DROP = "script, style, noscript, template, iframe, frame, object, embed, svg, "
        + "select, button, input, textarea, head";
    private static final String HIDDEN = "[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden], [hidden]";
    private static final Pattern META_CHARSET =
        Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    /** a piece of the source replaced: [start, end) by text */
    private record Splice(int start, int end, String text) {
    }

    /** one line of the page as the reader gathers it: its text nodes and the line its text starts on */
    private record Line(String visible, int lineNo, List<TextNode> nodes) {
    }

    /** the cell covering a grid position and where that cell starts */
    private record At(Element td, int row, int col) {
    }

    /** a data table laid on its grid */
    private static final class Table {
        final Element el;
        final List<Element> trs = new ArrayList<>();
        final Map<Long, At> grid = new HashMap<>();

        Table(Element el) {
            this.el = el;
        }

        At at(int r, int c) {
            return grid.get(((long) r << 32) | c);
        }
    }

    static byte[] apply(byte[] bytes, Document doc, FormatWriter.Changes ch) throws Mutator.NotApplicable {
        Decoded d = decode(bytes);
        if (d == null) throw new Mutator.NotApplicable("format.notLocated", doc.source());
        String html = d.text;
        org.jsoup.nodes.Document page = Parser.htmlParser().setTrackPosition(true).setMaxDepth(100).parseInput(html, "");
        Set<Element> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
        skipped.addAll(page.select(DROP));
        skipped.addAll(page.select(HIDDEN));
        List<Table> tables = tables(page, skipped);
        Set<Element> data = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Table t : tables) data.add(t.el);
        List<Splice> splices = new ArrayList<>();

        // cells and rows: the page's data tables from the one that holds the report's first
        int offset = offset(tables, doc, ch);
        Map<Integer, String> asText = new HashMap<>();
        for (FormatWriter.TableToText t : ch.tables()) asText.put(t.table(), t.text());
        Set<Integer> goneTables = new java.util.HashSet<>();
        for (Map.Entry<Integer, Integer> e : ch.rowsLeft(doc).entrySet()) {
            if (e.getValue() <= 0) {
                Table t = tables.get(offset + e.getKey() - 1);
                Splice out = remove(t.el, doc);
                // a table that becomes a paragraph: the table element's place holds the paragraph
                String text = asText.get(e.getKey());
                splices.add(text == null ? out : new Splice(out.start, out.end, "<p>" + Entities.escape(text) + "</p>"));
                goneTables.add(e.getKey());
            }
        }
        for (FormatWriter.RowRemoval r : ch.rows()) {
            if (!goneTables.contains(r.row().src().table())) removeRow(tables.get(offset + r.row().src().table() - 1), r.row().src().row() - 1, html, splices, doc);
        }
        for (FormatWriter.CellChange c : ch.cells()) {
            Table t = tables.get(offset + c.src().table() - 1);
            At at = t.at(c.src().row() - 1, c.src().col() - 1);
            if (at.row != c.src().row() - 1 || at.col != c.src().col() - 1) {
                throw new Mutator.NotApplicable("format.mergedCell", c.src().describe());
            }
            List<Piece> pieces = pieces(at.td, skipped, html, splices, doc);
            if (pieces.isEmpty()) {
                insertInto(at.td, c.after(), splices, doc);
            } else if (!Spans.rewrite(pieces, 0, c.before(), c.after())) {
                throw new Mutator.NotApplicable("format.notLocated", c.src().describe());
            }
        }

        // lines: by their text and the source line they start on
        List<Line> lines = new ArrayList<>();
        new Walker(skipped, data, lines).run(page.body());
        for (FormatWriter.LineChange l : ch.lines()) {
            Line at = find(lines, doc, l);
            if (at == null) throw new Mutator.NotApplicable("format.notLocated", describe(l));
            List<Piece> pieces = new ArrayList<>();
            for (TextNode n : at.nodes) pieces.add(piece(n, html, splices, doc));
            if (l.after() == null) {
                Element block = blockOf(at.nodes);
                if (block != null && Spans.visible(block.text()).equals(at.visible) && tracked(block)) {
                    splices.add(remove(block, doc));
                    continue;
                }
                Spans.replace(pieces, 0, at.visible.length(), "");
            } else if (!Spans.rewrite(pieces, 0, l.before(), l.after())) {
                throw new Mutator.NotApplicable("format.notLocated", describe(l));
            }
        }
        String out = splice(html, splices, doc);
        return d.encode(out);
    }

    private static String describe(FormatWriter.LineChange l) {
        SourceRef s = l.line().src();
        return (s.isKnown() ? s.describe() + " " : "") + "“" + shorten(l.before()) + "”";
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    // ---- the source text ------------------------------------------------------------------------

    /** a text node as a piece: its new text goes in its place in the source, escaped */
    private static final class Piece implements Spans.Piece {
        final TextNode node;
        final List<Splice> splices;
        String text;

        Piece(TextNode node, List<Splice> splices) {
            this.node = node;
            this.splices = splices;
            this.text = node.getWholeText();
        }

        @Override
        public String get() {
            return text;
        }

        @Override
        public void set(String t) {
            text = t;
            splices.removeIf(s -> s.start == node.sourceRange().startPos() && s.end == node.sourceRange().endPos());
            splices.add(new Splice(node.sourceRange().startPos(), node.sourceRange().endPos(), Entities.escape(t)));
        }
    }

    private static Piece piece(TextNode n, String html, List<Splice> splices, Document doc) throws Mutator.NotApplicable {
        var r = n.sourceRange();
        if (!r.isTracked() || r.endPos() > html.length()
            || !Entities.unescape(html.substring(r.startPos(), r.endPos())).equals(n.getWholeText())) {
            throw new Mutator.NotApplicable("format.notLocated", Mutator.place("place.line", doc.source(), r.start().lineNumber()));
        }
        return new Piece(n, splices);
    }

    private static List<Piece> pieces(Element e, Set<Element> skipped, String html, List<Splice> splices, Document doc)
        throws Mutator.NotApplicable {
        List<Piece> out = new ArrayList<>();
        for (TextNode t : textNodes(e, skipped)) out.add(piece(t, html, splices, doc));
        return out;
    }

    private static List<TextNode> textNodes(Element e, Set<Element> skipped) {
        List<TextNode> out = new ArrayList<>();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) out.add(t);
            else if (n instanceof Element c && !skipped.contains(c)) out.addAll(textNodes(c, skipped));
        }
        return out;
    }

    private static boolean tracked(Element e) {
        return e.sourceRange().isTracked() && !e.sourceRange().isImplicit() && e.endSourceRange().isTracked()
            && !e.endSourceRange().isImplicit();
    }

    /** the element out of the source, start tag to end tag */
    private static Splice remove(Element e, Document doc) throws Mutator.NotApplicable {
        if (!tracked(e)) throw new Mutator.NotApplicable("format.notLocated", Mutator.place("place.line", doc.source(), e.sourceRange().start().lineNumber()));
        return new Splice(e.sourceRange().startPos(), e.endSourceRange().endPos(), "");
    }

    /** text into an empty cell: inside its innermost single element (a cell's p or span keeps its style) */
    private static void insertInto(Element td, String text, List<Splice> splices, Document doc) throws Mutator.NotApplicable {
        Element e = td;
        while (e.children().size() == 1 && tracked(e.child(0)) && !Set.of("br", "img").contains(e.child(0).normalName())) e = e.child(0);
        if (!tracked(e)) throw new Mutator.NotApplicable("format.notLocated", Mutator.place("place.line", doc.source(), td.sourceRange().start().lineNumber()));
        splices.add(new Splice(e.sourceRange().endPos(), e.sourceRange().endPos(), Entities.escape(text)));
    }

    private static String startTag(Element e, String attr, String value) {
        Element copy = e.shallowClone();
        if (value == null) copy.removeAttr(attr);
        else copy.attr(attr, value);
        return "<" + e.tagName() + copy.attributes().html() + ">";
    }

    private static String splice(String html, List<Splice> splices, Document doc) throws Mutator.NotApplicable {
        List<Splice> sorted = new ArrayList<>(splices);
        sorted.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Splice s : sorted) {
            if (s.end <= at && s.start < at) continue; // inside a part already taken out
            if (s.start < at) throw new Mutator.NotApplicable("format.notLocated", doc.source());
            sb.append(html, at, s.start).append(s.text);
            at = s.end;
        }
        return sb.append(html.substring(at)).toString();
    }

    // ---- tables ---------------------------------------------------------------------------------

    private static List<Table> tables(org.jsoup.nodes.Document page, Set<Element> skipped) {
        List<Table> out = new ArrayList<>();
        for (Element t : page.getElementsByTag("table")) {
            if (inSkipped(t, skipped) || !isDataTable(t)) continue;
            Table table = new Table(t);
            for (Element tr : t.select("tr")) if (tr.closest("table") == t) table.trs.add(tr);
            List<List<Boolean>> used = new ArrayList<>();
            int last = table.trs.size() - 1;
            for (int r = 0; r < table.trs.size(); r++) {
                for (Element td : table.trs.get(r).children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) continue;
                    while (used.size() <= r) used.add(new ArrayList<>());
                    List<Boolean> row = used.get(r);
                    int col = 0;
                    while (col < row.size() && Boolean.TRUE.equals(row.get(col))) col++;
                    int cs = Math.max(1, Math.min(span(td, "colspan"), 1000));
                    int rs = span(td, "rowspan");
                    int lastR = rs <= 0 ? last : Math.min(last, r + rs - 1);
                    At at = new At(td, r, col);
                    for (int rr = r; rr <= Math.max(r, lastR); rr++) {
                        while (used.size() <= rr) used.add(new ArrayList<>());
                        List<Boolean> u = used.get(rr);
                        for (int cc = col; cc < col + cs; cc++) {
                            while (u.size() <= cc) u.add(false);
                            if (!u.get(cc)) {
                                u.set(cc, true);
                                table.grid.put(((long) rr << 32) | cc, at);
                            }
                        }
                    }
                }
            }
            out.add(table);
        }
        return out;
    }

    private static boolean inSkipped(Element e, Set<Element> skipped) {
        for (Element p = e; p != null; p = p.parent()) if (skipped.contains(p)) return true;
        return false;
    }

    private static boolean isDataTable(Element table) {
        for (Element inner : table.getElementsByTag("table")) if (inner != table) return false;
        for (Element tr : table.getElementsByTag("tr")) {
            int cells = 0;
            for (Element c : tr.children()) if (c.normalName().equals("td") || c.normalName().equals("th")) cells++;
            if (cells > 1) return true;
        }
        return false;
    }

    private static int span(Element td, String attr) {
        String v = td.attr(attr).replaceAll("[^0-9]", "");
        if (v.isEmpty()) return 1;
        try {
            return Integer.parseInt(v.length() > 4 ? v.substring(0, 4) : v);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Where the report's first table is among the page's data tables: the first position at which
     * every cell and row the mutation touches reads as the reader read it.
     */
    private static int offset(List<Table> tables, Document doc, FormatWriter.Changes ch) throws Mutator.NotApplicable {
        List<Block> rows = new ArrayList<>();
        for (FormatWriter.RowRemoval r : ch.rows()) rows.add(r.row());
        for (FormatWriter.TableToText t : ch.tables()) rows.add(t.firstRow());
        if (ch.cells().isEmpty() && rows.isEmpty()) return 0;
        for (int o = 0; o < tables.size(); o++) {
            if (fits(tables, o, ch.cells(), rows)) return o;
        }
        SourceRef where = !ch.cells().isEmpty() ? ch.cells().get(0).src() : rows.get(0).src();
        throw new Mutator.NotApplicable("format.notLocated", doc.source() + " " + where.describe());
    }

    private static boolean fits(List<Table> tables, int o, List<FormatWriter.CellChange> cells, List<Block> rows) {
        for (FormatWriter.CellChange c : cells) {
            if (!reads(tables, o, c.src(), c.before())) return false;
        }
        for (Block b : rows) {
            for (int i = 0; i < b.cells().size(); i++) {
                if (!b.cells().get(i).isBlank() && !reads(tables, o, b.cellSrc(i), b.cells().get(i))) return false;
            }
        }
        return true;
    }

    private static boolean reads(List<Table> tables, int o, SourceRef src, String text) {
        if (src.table() == null || src.row() == null || src.col() == null) return false;
        int i = o + src.table() - 1;
        if (i >= tables.size()) return false;
        At at = tables.get(i).at(src.row() - 1, src.col() - 1);
        return at != null && Spans.visible(at.td.text()).equals(Spans.visible(text));
    }

    /**
     * A table row out of the source. A cell above whose rowspan covers the row spans one row less;
     * a cell of the row spanning further rows moves, one row shorter, to the next row.
     */
    private static void removeRow(Table t, int r, String html, List<Splice> splices, Document doc) throws Mutator.NotApplicable {
        Element tr = t.trs.get(r);
        splices.add(remove(tr, doc));
        Set<Element> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<Long, At> e : t.grid.entrySet()) {
            int row = (int) (e.getKey() >> 32);
            At at = e.getValue();
            if (row != r || !done.add(at.td)) continue;
            int rs = span(at.td, "rowspan");
            boolean spansOn = t.at(r + 1, at.col) == at;
            if (at.row < r) {
                // a cell from above covering this row
                splices.add(new Splice(at.td.sourceRange().startPos(), at.td.sourceRange().endPos(),
                    startTag(at.td, "rowspan", rs <= 0 ? at.td.attr("rowspan") : String.valueOf(rs - 1))));
            } else if (spansOn) {
                if (!tracked(at.td) || r + 1 >= t.trs.size()) throw new Mutator.NotApplicable("format.notLocated", doc.source());
                String cell = startTag(at.td, "rowspan", rs <= 0 ? at.td.attr("rowspan") : String.valueOf(rs - 1))
                    + html.substring(at.td.sourceRange().endPos(), at.td.endSourceRange().endPos());
                Element next = t.trs.get(r + 1);
                int pos = -1;
                for (Element td : next.children()) {
                    At a = null;
                    for (At x : t.grid.values()) if (x.td == td) a = x;
                    if (a != null && a.row == r + 1 && a.col > at.col) {
                        pos = td.sourceRange().startPos();
                        break;
                    }
                }
                if (pos < 0) {
                    if (!tracked(next)) throw new Mutator.NotApplicable("format.notLocated", doc.source());
                    pos = next.endSourceRange().startPos();
                }
                splices.add(new Splice(pos, pos, cell));
            }
        }
    }

    // ---- lines ----------------------------------------------------------------------------------

    /** the page's lines, gathered as the reader gathers them (text runs; block elements and br end a line) */
    private static final class Walker {
        private final Set<Element> skipped;
        private final Set<Element> data;
        private final List<Line> out;
        private final StringBuilder line = new StringBuilder();
        private final List<TextNode> nodes = new ArrayList<>();
        private int lineNo;

        Walker(Set<Element> skipped, Set<Element> data, List<Line> out) {
            this.skipped = skipped;
            this.data = data;
            this.out = out;
        }

        void run(Element root) {
            if (root == null) return;
            walk(root);
            flush();
        }

        private void walk(Node n) {
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                if (line.toString().isBlank() && !s.isBlank()) lineNo = t.sourceRange().start().lineNumber();
                line.append(s);
                nodes.add(t);
                return;
            }
            if (!(n instanceof Element e) || skipped.contains(e)) return;
            String tag = e.normalName();
            if (tag.equals("br") || tag.equals("table") && data.contains(e)) {
                flush();
                return;
            }
            if (tag.equals("img") && !isIcon(e)) {
                flush();
                return;
            }
            boolean block = BLOCK_TAGS.contains(tag);
            if (block) flush();
            for (Node c : e.childNodes()) walk(c);
            if (block) flush();
        }

        private void flush() {
            String v = Spans.visible(line.toString());
            if (!v.isEmpty()) out.add(new Line(v, lineNo, List.copyOf(nodes)));
            line.setLength(0);
            nodes.clear();
        }

        private static boolean isIcon(Element img) {
            for (String a : List.of("width", "height")) {
                String v = img.attr(a).replaceAll("px$", "").strip();
                if (v.matches("\\d{1,3}") && Integer.parseInt(v) < 48) return true;
            }
            return false;
        }
    }

    /**
     * The page line a changed line of the report is: same text, same source line; among several,
     * the one in the same place counted from the report's last such line (a page header repeating
     * the report's title stands before it).
     */
    private static Line find(List<Line> lines, Document doc, FormatWriter.LineChange l) {
        String v = Spans.visible(l.before());
        int no = l.line().src().line();
        List<Line> cands = new ArrayList<>();
        for (Line x : lines) if (x.visible.equals(v) && (no <= 0 || x.lineNo == no)) cands.add(x);
        int before = 0;
        int total = 0;
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block b = doc.blocks().get(i);
            if (b.isRow() || !Spans.visible(b.text()).equals(v) || no > 0 && b.src().line() != no) continue;
            if (i < l.index()) before++;
            total++;
        }
        int k = before + (cands.size() - total);
        return k >= 0 && k < cands.size() ? cands.get(k) : null;
    }

    private static Element blockOf(List<TextNode> nodes) {
        if (nodes.isEmpty()) return null;
        for (Element p = (Element) nodes.get(0).parent(); p != null; p = p.parent()) {
            if (BLOCK_TAGS.contains(p.normalName())) return p.normalName().equals("body") ? null : p;
        }
        return null;
    }

    // ---- charset ----------------------------------------------------------------------------------

    /** the page's text and how to write it back: the same charset, the same byte-order mark */
    private record Decoded(String text, Charset cs, byte[] bom) {
        byte[] encode(String s) {
            byte[] body = s.getBytes(cs);
            byte[] out = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, out, 0, bom.length);
            System.arraycopy(body, 0, out, bom.length, body.length);
            return out;
        }
    }

    /** as the reader decodes (BOM, strict UTF-8, a declared charset, GB18030), strictly: null when bytes are no characters */
    private static Decoded decode(byte[] b) {
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return strict(b, 3, StandardCharsets.UTF_8);
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return strict(b, 2, StandardCharsets.UTF_16LE);
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return strict(b, 2, StandardCharsets.UTF_16BE);
        Decoded utf8 = strict(b, 0, StandardCharsets.UTF_8);
        if (utf8 != null) return utf8;
        String head = new String(b, 0, Math.min(n, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                Charset declared = Charset.forName(m.group(1).trim());
                String name = declared.name().toLowerCase(Locale.ROOT);
                boolean gb = name.startsWith("gb") || name.contains("gbk") || name.contains("euc-cn");
                if (!gb) {
                    Decoded d = strict(b, 0, declared);
                    if (d != null) return d;
                }
            } catch (IllegalArgumentException ignored) {
                // the declaration names no charset
            }
        }
        return strict(b, 0, Charset.forName("GB18030"));
    }

    private static Decoded strict(byte[] b, int from, Charset cs) {
        try {
            String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
            return new Decoded(s, cs, java.util.Arrays.copyOf(b, from));
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
