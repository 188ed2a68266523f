package org.ogicheck.read;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.ogicheck.i18n.Said;
import org.ogicheck.model.SourceRef;

/**
 * Web pages as published by a CMS. The report is the part of the page that holds the report's
 * headings and tables (site chrome, navigation, scripts and footers are left out); in it,
 * paragraphs, headings and {@code <br>}-separated lines become line blocks and tables become row
 * blocks, in page order. Merged cells are laid out by {@link Grid}. Metadata (title, 发布日期,
 * 发布机构) comes from the page's meta tags and the article header before the report.
 */
public final class HtmlReader {
    /** words that mark report content; a page with fewer than MIN_MARKERS of them holds no report */
    private static final List<Pattern> MARKERS = List.of(
        Pattern.compile("总体情况"), Pattern.compile("主动公开政府信息"), Pattern.compile("政府信息公开申请"),
        Pattern.compile("行政复议"), Pattern.compile("行政诉讼"), Pattern.compile("存在的?主要问题|存在问题"),
        Pattern.compile("其他需要报告|其他事项"), Pattern.compile("第二十条"), Pattern.compile("勾稽"),
        Pattern.compile("结果维持"));
    private static final int MIN_MARKERS = 5;
    /** a numbered section heading of the report */
    private static final Pattern HEADING = Pattern.compile("^(?:([一二三四五六])[、.．,，]|[(（]([一二三四五六])[)）])"
        + "(?:总体情况|主动公开政府信息|收到和处理政府信息公开申请|政府信息公开行政复议|存在的?主要问题|存在问题|其他需要报告)");
    private static final int MIN_ANCHORS = 3;
    /** white space, as the markers and anchors are looked for without it */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** white space, no-break and ideographic spaces in a heading */
    private static final Pattern HEADING_SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9]");
    /** a table element (its query parsed once: parsing it for each element of a page was a tenth of reading the page) */
    private static final org.jsoup.select.Evaluator TABLE = org.jsoup.select.QueryParser.parse("table");
    /**
     * How deep elements nest before jsoup adds further ones beside the deepest (its default is
     * 512); published pages nest about 20 deep, and finding the report costs time in proportion
     * to the depth, so 30,000 unclosed tags end in seconds.
     */
    static final int MAX_DEPTH = 100;
    /** the most table cells one page may hold (with {@link Grid#MAX_CELLS} per table); further tables are not read */
    static final int MAX_REPORT_CELLS = 200_000;

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
        "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer", "aside", "nav", "main",
        "blockquote", "pre", "center", "address", "figure", "figcaption", "form", "fieldset", "hr", "table",
        "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "body");
    private static final String DROP = "script, style, noscript, template, iframe, frame, object, embed, svg, "
        + "select, button, input, textarea, head";

    private static final Pattern META_CHARSET =
        Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE =
        Pattern.compile("((?:19|20)\\d{2})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");
    private static final Pattern DATE_LABEL =
        Pattern.compile("(?:发布|公开|发文|成文|印发)(?:日期|时间)\\s*[:：]?\\s*");
    private static final Pattern AGENCY_LABEL =
        Pattern.compile("(?:发布机构|发文机关|发布单位|发布部门|发文单位|公开主体)\\s*[:：]?\\s*");
    private static final Set<String> META_DATE = Set.of("pubdate", "publishdate", "publish_date", "publish-date",
        "publishtime", "published", "firstpublishedtime", "article:published_time", "dc.date.issued",
        "dcterms.issued", "dc.date");
    private static final Set<String> META_TITLE = Set.of("articletitle", "article_title", "og:title", "dc.title");
    private static final Set<String> META_AGENCY = Set.of("contentsource", "dc.publisher.agency");

    public Document read(String source, byte[] bytes) throws ReadException {
        List<Document.Issue> replaced = new ArrayList<>();
        String html = Hant.simplified(decode(source, bytes, replaced));
        org.jsoup.nodes.Document page = Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_DEPTH).parseInput(html, "");
        Map<String, String> meta = new LinkedHashMap<>();
        List<Element> metas = page.select("meta[content]");
        String metaTitle = metaContent(metas, META_TITLE);
        String metaDate = metaContent(metas, META_DATE);
        String metaAgency = metaContent(metas, META_AGENCY);
        String pageTitle = page.title();

        page.select(DROP).remove();
        page.select("[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden], [hidden]").remove();
        Element body = page.body();
        Set<Element> data = dataTables(page);
        Element report = findReport(body, data);
        if (report == null) throw ReadException.of("html.noReport", source);

        // the article header (发布日期, 发布机构) stands before the report
        Walker header = new Walker(report, data);
        header.walk(body);
        List<String> headerTexts = new ArrayList<>();
        for (Block b : header.blocks) {
            if (b.isRow()) headerTexts.addAll(b.cells());
            else headerTexts.add(b.text());
        }

        String title = firstNonBlank(metaTitle, headingTitle(body), titleOf(pageTitle));
        if (title != null) meta.put("title", title);
        String published = firstNonBlank(date(labelled(headerTexts, DATE_LABEL)), date(metaDate));
        if (published != null) meta.put("published", published);
        String agency = firstNonBlank(agencyName(labelled(headerTexts, AGENCY_LABEL)), Grid.clean(metaAgency));
        if (agency != null) meta.put("agency", agency);

        Walker w = new Walker(null, data);
        w.walk(report);
        w.flush();
        replaced.addAll(w.issues);
        return new Document(source, "html", w.blocks, meta, replaced);
    }

    // ---- charset ---------------------------------------------------------------------------------

    /**
     * BOM first, then strict UTF-8 (a GBK page is almost never valid UTF-8), then a declared
     * charset other than the GB family, then GB18030 (which covers GB2312 and GBK).
     */
    private static String decode(String source, byte[] bytes, List<Document.Issue> issues) throws ReadException {
        int b0 = bytes.length > 0 ? bytes[0] & 0xFF : 0;
        int b1 = bytes.length > 1 ? bytes[1] & 0xFF : 0;
        boolean bom = b0 == 0xEF && b1 == 0xBB || b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF;
        if (!bom) {
            Charset declared = declaredCharset(bytes);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !isGb(declared)
                && !isUtf8(bytes)) {
                try {
                    return Charsets.strict(declared, bytes, 0);
                } catch (CharacterCodingException ignored) {
                    // the declaration is wrong; detect
                }
            }
        }
        try {
            Charsets.Lenient decoded = Charsets.lenient(bytes);
            issues.addAll(TextReader.replacedBytes(decoded));
            return decoded.text();
        } catch (CharacterCodingException e) {
            throw ReadException.of("html.charset", source);
        }
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1).trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isGb(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.startsWith("gb") || n.contains("gbk") || n.equals("x-euc-cn") || n.equals("euc-cn");
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            Charsets.strict(StandardCharsets.UTF_8, bytes, 0);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    // ---- where the report is ----------------------------------------------------------------------

    /**
     * The element holding the report. First choice: the innermost element holding all of the
     * report's numbered section headings (一、总体情况 …) and tables (第二十条, 勾稽, 结果维持) when
     * at least three of them are found — navigation links to 依申请公开 or 行政复议 are no anchors.
     * Else the innermost element holding as many report words as the whole page. Null when the
     * page holds too few of either: no report.
     */
    private static Element findReport(Element body, Set<Element> data) {
        if (body == null) return null;
        List<Element> anchors = new ArrayList<>();
        Set<String> kinds = new java.util.HashSet<>();
        for (Element e : body.getAllElements()) {
            String kind = anchorKind(e, data);
            if (kind != null) {
                anchors.add(e);
                kinds.add(kind);
            }
        }
        if (kinds.size() >= MIN_ANCHORS) {
            Element at = anchors.get(0);
            for (Element a : anchors) {
                while (at != null && a != at && !a.parents().contains(at)) at = at.parent();
            }
            if (at != null) return at;
        }
        int best = score(body);
        if (best < MIN_MARKERS) return null;
        Element at = body;
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (Element child : at.children()) {
                if (score(child) == best) {
                    at = child;
                    deeper = true;
                    break;
                }
            }
        }
        return at;
    }

    /** heading number (一 … 六) or table kind (A20, APP, LIT) an element shows, else null */
    private static String anchorKind(Element e, Set<Element> data) {
        if (e.normalName().equals("table")) {
            if (!e.getElementsByTag("table").stream().allMatch(t -> t == e)) return null;
            String t = SPACES.matcher(e.text()).replaceAll("");
            if (t.contains("第二十条")) return "A20";
            if (t.contains("勾稽") || t.contains("申请人情况")) return "APP";
            if (t.contains("行政复议") && t.contains("结果维持")) return "LIT";
            return null;
        }
        Element table = e.closest(TABLE);
        if (table != null && data.contains(table)) return null;
        String t = shortText(e, 60);
        if (t == null) return null;
        Matcher m = HEADING.matcher(HEADING_SPACES.matcher(t).replaceAll(""));
        if (!m.find()) return null;
        return "H" + (m.group(1) != null ? m.group(1) : m.group(2));
    }

    /**
     * The element's text when it is short (at most {@code max} characters, and few nodes), else
     * null — without building the text of a large element: asking every element of a deep page
     * for its whole text was quadratic in the page.
     */
    private static String shortText(Element e, int max) {
        int[] seen = {0, 0};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++seen[0] > 4 * max) return FilterResult.STOP;
                if (node instanceof TextNode t) seen[1] += t.getWholeText().strip().length();
                return seen[1] > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        if (seen[0] > 4 * max || seen[1] > max) return null;
        String t = e.text();
        return t.length() > max ? null : t;
    }

    private static int score(Element e) {
        String t = SPACES.matcher(e.text()).replaceAll("");
        int n = 0;
        for (Pattern p : MARKERS) if (p.matcher(t).find()) n++;
        return n;
    }

    // ---- metadata ---------------------------------------------------------------------------------

    /** the content of the first of the page's meta tags (those with content) named one of these names */
    private static String metaContent(List<Element> metas, Set<String> names) {
        for (Element m : metas) {
            String name = (m.hasAttr("name") ? m.attr("name") : m.attr("property")).toLowerCase(Locale.ROOT).trim();
            if (names.contains(name) && !m.attr("content").isBlank()) return m.attr("content").trim();
        }
        return null;
    }

    /** the first page heading that names a report */
    private static String headingTitle(Element body) {
        if (body == null) return null;
        for (Element h : body.select("h1, h2, h3")) {
            String t = Grid.clean(h.text());
            if ((t.contains("报告") || t.contains("年报")) && t.length() <= 80) return t;
        }
        return null;
    }

    /** a {@code <title>} without the site's name: the part that names the report */
    private static String titleOf(String pageTitle) {
        if (pageTitle == null || pageTitle.isBlank()) return null;
        for (String part : pageTitle.split("\\s*[_|｜–—]\\s*|\\s+-\\s+|-(?=[^-]*$)")) {
            if (part.contains("报告") || part.contains("年报")) return Grid.clean(part);
        }
        return Grid.clean(pageTitle);
    }

    /**
     * the text after a label, in the same cell or line, or else in the next one; the last such
     * label before the report is taken (the article header, not a list of other articles above it)
     */
    private static String labelled(List<String> texts, Pattern label) {
        for (int i = texts.size() - 1; i >= 0; i--) {
            Matcher m = label.matcher(texts.get(i));
            if (!m.find()) continue;
            String rest = texts.get(i).substring(m.end()).strip();
            if (rest.isEmpty() && i + 1 < texts.size()) rest = texts.get(i + 1).strip();
            if (!rest.isEmpty()) return rest;
        }
        return null;
    }

    private static String date(String s) {
        if (s == null) return null;
        Matcher m = DATE.matcher(s);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** the name after 发布机构: up to the next space or label */
    private static String agencyName(String s) {
        if (s == null) return null;
        String name = s.split("[\\s:：|]")[0];
        name = name.replaceAll("(?:公开|发布|成文|发文)(?:日期|时间)$", "");
        return name.length() >= 2 ? name : null;
    }

    private static String firstNonBlank(String... xs) {
        for (String x : xs) if (x != null && !x.isBlank()) return x;
        return null;
    }

    /** the data tables of the page, each judged once (judging one per cell was quadratic in a table's size) */
    private static Set<Element> dataTables(org.jsoup.nodes.Document page) {
        Set<Element> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element t : page.getElementsByTag("table")) if (isDataTable(t)) out.add(t);
        return out;
    }

    /**
     * A table of data, not one used for page layout: no table inside it, and more than one
     * cell in some row (a one-column table is read as lines).
     */
    private static boolean isDataTable(Element table) {
        for (Element inner : table.getElementsByTag("table")) if (inner != table) return false;
        for (Element tr : table.getElementsByTag("tr")) {
            int cells = 0;
            for (Element c : tr.children()) if (c.normalName().equals("td") || c.normalName().equals("th")) cells++;
            if (cells > 1) return true;
        }
        return false;
    }

    // ---- page content to blocks --------------------------------------------------------------------

    /** walks the DOM in order: text runs gather into lines, block elements and br end them */
    private static final class Walker {
        final List<Block> blocks = new ArrayList<>();
        final List<Document.Issue> issues = new ArrayList<>();
        private final Element stopAt;
        private final Set<Element> data;
        private boolean stopped;
        private int cells;
        private final StringBuilder line = new StringBuilder();
        private int lineNo;
        private int tables;

        Walker(Element stopAt, Set<Element> data) {
            this.stopAt = stopAt;
            this.data = data;
        }

        void walk(Node n) {
            if (stopped) return;
            if (n == stopAt) {
                flush();
                stopped = true;
                return;
            }
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                if (line.toString().isBlank() && !s.isBlank()) lineNo = t.sourceRange().start().lineNumber();
                line.append(s);
                return;
            }
            if (!(n instanceof Element e)) return;
            String tag = e.normalName();
            if (tag.equals("br")) {
                flush();
                return;
            }
            if (tag.equals("table") && data.contains(e)) {
                flush();
                table(e);
                return;
            }
            if (tag.equals("img") && !isIcon(e)) {
                flush();
                blocks.add(Block.image(SourceRef.line(e.sourceRange().start().lineNumber())));
                return;
            }
            boolean block = BLOCK_TAGS.contains(tag);
            if (block) flush();
            for (Node c : e.childNodes()) walk(c);
            if (block) flush();
        }

        void flush() {
            String t = Grid.clean(line.toString());
            line.setLength(0);
            if (!t.isEmpty()) blocks.add(Block.line(t, lineNo > 0 ? SourceRef.line(lineNo) : SourceRef.NONE));
        }

        private void table(Element table) {
            int no = ++tables;
            List<Element> trs = new ArrayList<>();
            for (Element tr : table.select("tr")) if (tr.closest(TABLE) == table) trs.add(tr);
            Element caption = table.selectFirst("caption");
            if (caption != null) {
                String c = cellText(caption);
                if (!c.isEmpty()) blocks.add(Block.line(c, SourceRef.NONE));
            }
            Grid grid = new Grid();
            int lastRow = 0;
            if (cells >= MAX_REPORT_CELLS) {
                tooLarge(table, no, 0, Said.of(ReadException.BUNDLE, "issue.pageCells", MAX_REPORT_CELLS));
                return;
            }
            for (int r = 0; r < trs.size() && !grid.full(); r++) {
                for (Element td : trs.get(r).children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) continue;
                    grid.add(r, cellText(td), span(td, "colspan"), span(td, "rowspan"), trs.size() - 1);
                    if (grid.full()) break;
                }
                lastRow = r;
            }
            cells += grid.size();
            if (grid.full()) {
                tooLarge(trs.get(lastRow), no, lastRow + 1, Said.of(ReadException.BUNDLE, "issue.tooManyCells", Grid.MAX_CELLS, lastRow + 1));
            }
            blocks.addAll(grid.blocks(no));
        }

        private void tooLarge(Element at, int table, int row, Said detail) {
            issues.add(new Document.Issue(Document.Issue.Kind.TABLE_CUT, Said.of(ReadException.BUNDLE, "issue.table", table, detail),
                new SourceRef(at.sourceRange().start().lineNumber(), null, table, row > 0 ? row : null, null)));
        }

        /** an image drawn smaller than a line of text (an icon, a bullet), by its width or height attribute */
        private static boolean isIcon(Element img) {
            for (String a : List.of("width", "height")) {
                String v = img.attr(a).replaceAll("px$", "").strip();
                if (v.matches("\\d{1,3}") && Integer.parseInt(v) < 48) return true;
            }
            return false;
        }

        private String cellText(Element cell) {
            Walker w = new Walker(null, data);
            for (Node c : cell.childNodes()) w.walk(c);
            w.flush();
            List<String> lines = new ArrayList<>();
            for (Block b : w.blocks) if (!b.isImage()) lines.add(b.text());
            return Grid.joinCell(lines);
        }

        private static int span(Element td, String attr) {
            String v = NOT_DIGITS.matcher(td.attr(attr)).replaceAll("");
            if (v.isEmpty()) return 1;
            try {
                return Integer.parseInt(v.length() > 4 ? v.substring(0, 4) : v);
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
