package org.ogicheck.parse;

import org.ogicheck.i18n.Said;
import org.ogicheck.model.AppRows;
import org.ogicheck.model.Layout;
import org.ogicheck.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogicheck.model.Cell;
import org.ogicheck.model.ParseIssue;
import org.ogicheck.model.Report;
import org.ogicheck.model.Section;
import org.ogicheck.model.Sentence;
import org.ogicheck.model.SourceRef;
import org.ogicheck.model.TableFact;
import org.ogicheck.model.Value;
import org.ogicheck.read.Block;
import org.ogicheck.read.Document;
import org.ogicheck.read.JoinedCells;

/**
 * Turns a read {@link Document} into facts: metadata, the six sections, the Article 20 blocks, the
 * applications table and the litigation table as cells. Tables are recognised by their content
 * (captions, header words, row labels), so a dropped or reworded heading does not lose a table.
 */
public final class ReportParser {

    /** what the user said on the command line; each null when not given */
    public record Options(Integer year, LocalDate published, String agency, String kind) {
        public static final Options NONE = new Options(null, null, null, null);
    }

    private enum Ctx { NONE, A20, APP, LIT }

    public ParsedReport parse(Document doc, Options opt) {
        // pictures are kept apart: only the sections count them; every other step sees text and rows
        List<Block> blocks = new ArrayList<>();
        List<Integer> imagesAt = new ArrayList<>();
        Headings.Inline inline = new Headings.Inline();
        for (Block b : doc.blocks()) {
            if (b.isImage()) imagesAt.add(blocks.size());
            else blocks.addAll(inline.split(b));
        }
        Report report = new Report();
        report.setSource(doc.source());
        report.setOcrPages(ocrPages(doc.meta().get("ocr")));
        List<Headings.Heading> headings = Headings.find(blocks);
        Metadata.fill(report, blocks, headings.isEmpty() ? -1 : headings.get(0).block(), doc.meta());
        detectEdition(report, blocks);

        List<Section> sections = sections(blocks, headings, imagesAt);
        StringBuilder full = new StringBuilder();
        for (Block b : blocks) if (!b.isRow()) full.append(b.text()).append('\n');
        report.setFullText(full.toString());
        report.setPicturesUnseen(!doc.showsPictures());

        State st = new State(report.getEdition());
        Map<Integer, Integer> headingAt = new HashMap<>();
        for (Headings.Heading h : headings) headingAt.put(h.block(), h.number());
        int footer = footer(blocks);
        for (int i = 0; i < footer; i++) {
            Block b = blocks.get(i);
            Integer sec = headingAt.get(i);
            if (sec != null) {
                st.serial = false;
                st.endsIn = null;
                st.ctx = switch (sec) {
                    case 2 -> Ctx.A20;
                    case 3 -> Ctx.APP;
                    case 4 -> Ctx.LIT;
                    default -> Ctx.NONE;
                };
                continue;
            }
            if (i + 1 < blocks.size() && !headingAt.containsKey(i + 1) && Labels.goesOn(b, blocks.get(i + 1))) {
                b = Labels.join(b, blocks.get(++i));
            }
            st.row(b);
        }
        st.subtotals();
        st.litByShape();
        st.headerOnly();
        st.rowsAsText();
        TableEnd cut = st.cutOff();
        int textCut = cut == null ? textCut(blocks, headings, !st.tables.isEmpty()) : -1;
        if (cut != null) report.setCut(cut.table(), java.util.Arrays.asList(Section.NUMERALS).indexOf(cut.section()));
        else if (textCut >= 0) report.setCut("TEXT", textCut);
        applyOptions(report, opt);
        for (Document.Issue i : doc.issues()) {
            if (i.kind() != Document.Issue.Kind.TABLE_NOT_REBUILT) {
                st.issues.add(new ParseIssue(i.kind().parseKind(), null, null, null, i.detail(), i.src()));
                continue;
            }
            // a borderless table not rebuilt is its section's table — in 二, 三 or 四, when no table of that section was read
            String section = sectionOf(i.src(), blocks, headings);
            if (section != null && "二三四".contains(section) && st.cells.stream().noneMatch(c -> section.equals(c.getSection()))) {
                st.issues.add(new ParseIssue(i.kind().parseKind(), section, null, null, i.detail(), i.src()));
            }
        }
        List<Cell> cells = withholdUnsure(st.cells, st.issues, st.edition);
        metadataIssues(report, st.issues);
        return new ParsedReport(report, sections, st.tables, cells, st.issues, new ArrayList<>(sentences(blocks, headings)));
    }

    /** the section (一 … 六) of a place on a page: that of the last section heading before it, or null */
    static String sectionOf(SourceRef at, List<Block> blocks, List<Headings.Heading> headings) {
        if (at == null || at.page() == null) return null;
        String out = null;
        for (Headings.Heading h : headings) {
            SourceRef s = blocks.get(h.block()).src();
            if (s == null || s.page() == null) continue;
            if (s.page() < at.page() || s.page().equals(at.page()) && s.line() <= at.line()) out = Section.NUMERALS[h.number()];
        }
        return out;
    }

    /**
     * The one place that decides which cells the rules may judge. A table row with a layout issue
     * (a layout-issue finding) — or the whole table, when the issue names no row — is read but not
     * trusted: its cells stay facts (so no rule takes the row for missing) with their values
     * withheld ({@link Value.Kind#WITHHELD}: no number, no blank), so every rule, the narrative
     * rules included, says nothing about them; the layout-issue finding says why. A table with an
     * issue of its own (a row that names no row of the format, cells with no row) may hold any row of
     * the format it seems to lack: each such row is given as withheld cells too, so that no rule says
     * it is missing.
     */
    static List<Cell> withholdUnsure(List<Cell> cells, List<ParseIssue> issues, String edition) {
        List<String> rows = new ArrayList<>();
        List<String> otherThanUnreadable = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        // a table cut by the text's end, and the place of its last row (which the cut may have cut short)
        Map<String, SourceRef> cut = new HashMap<>();
        for (ParseIssue i : issues) {
            if (!"LAYOUT".equals(i.kind()) || i.table() == null) continue;
            if (i.row() != null) rows.add(i.table() + "/" + i.row());
            else if ("issue.tableCut".equals(i.detail().key())) cut.put(i.table(), i.src());
            else tables.add(i.table());
            if (i.row() == null || !"issue.rowUnreadable".equals(i.detail().key())) otherThanUnreadable.add(i.table() + "/" + i.row());
        }
        if (rows.isEmpty() && tables.isEmpty() && cut.isEmpty()) return cells;
        List<Cell> out = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            boolean wholeTable = tables.contains(c.getTable()) || c.getTable().startsWith("A20.") && tables.contains("A20");
            String row = c.getTable() + "/" + c.getRow();
            SourceRef last = cut.get(c.getTable());
            if (!wholeTable && !rows.contains(row) && last != null && !c.getSrc().withCol(null).equals(last.withCol(null))) {
                // a row read whole before the cut: its own sums may be judged, nothing that needs the whole table
                out.add(c.withholdButRow());
            } else if (wholeTable || last != null || otherThanUnreadable.contains(row)) {
                out.add(c.withhold());
            } else {
                out.add(rows.contains(row) ? c.withholdForUnsure() : c);
            }
        }
        for (ParseIssue i : issues) {
            if ("LAYOUT".equals(i.kind()) && i.table() != null && i.row() == null) out.addAll(unreadRows(out, i, edition));
        }
        return out;
    }

    /** withheld cells for each row of the format that the table of a table-wide issue lacks (it may be the row not read) */
    private static List<Cell> unreadRows(List<Cell> cells, ParseIssue issue, String edition) {
        List<String> tables = new ArrayList<>();
        if (issue.table().equals("A20")) {
            for (Cell c : cells) if (c.getTable().startsWith("A20.") && !tables.contains(c.getTable())) tables.add(c.getTable());
        } else {
            tables.add(issue.table());
        }
        List<Cell> out = new ArrayList<>();
        for (String t : tables) {
            java.util.Set<String> have = new java.util.HashSet<>();
            for (Cell c : cells) if (c.getTable().equals(t)) have.add(c.getRow());
            for (Cell c : out) if (c.getTable().equals(t)) have.add(c.getRow());
            List<String[]> cols;
            List<String[]> rowsOf;
            if (t.equals("APP")) {
                cols = columns(Layout.APP_COLUMNS, Layout.APP_COLUMN_LABELS);
                rowsOf = new ArrayList<>();
                for (String r : AppRows.REQUIRED) rowsOf.add(new String[] {r, AppRows.label(r)});
                // （六）其他处理 as the edition has it when none of its rows was read: a 2021 table not read is not one given as one row
                boolean split = have.stream().anyMatch(r -> r.startsWith("other."))
                    || !have.contains("other") && "2021".equals(edition);
                for (String r : split ? List.of("other.1", "other.2", "other.3") : List.of("other")) rowsOf.add(new String[] {r, AppRows.label(r)});
            } else if (t.equals("LIT")) {
                cols = columns(Layout.LIT_COLUMNS, Layout.LIT_COLUMN_LABELS);
                rowsOf = columns(Layout.LIT_ROWS, Layout.LIT_ROW_LABELS);
            } else if (t.startsWith("A20.")) {
                String item = t.substring(4);
                cols = Layout.a20DefaultColumns(edition, item);
                rowsOf = Layout.a20Rows(item);
            } else {
                continue;
            }
            for (String[] r : rowsOf) {
                if (have.contains(r[0])) continue;
                for (String[] c : cols) {
                    out.add(new Cell(t, issue.section(), r[0], c[0], r[1], c[1], Value.of(Value.Kind.MISSING, ""), issue.src()).withhold());
                }
            }
        }
        return out;
    }

    private static List<String[]> columns(List<String> keys, List<String> labels) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) out.add(new String[] {keys.get(i), labels.get(i)});
        return out;
    }

    /** the pages a reader read by OCR, from its "ocr" entry ("3,4,5") */
    private static java.util.Set<Integer> ocrPages(String list) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        if (list == null) return out;
        for (String p : list.split(",")) if (p.strip().matches("\\d{1,6}")) out.add(Integer.parseInt(p.strip()));
        return out;
    }

    /** the sentences of the text lines (not table rows, not headings), each with its section and line */
    private static List<Sentence> sentences(List<Block> blocks, List<Headings.Heading> hs) {
        Map<Integer, Integer> sectionFrom = new HashMap<>();
        for (Headings.Heading h : hs) sectionFrom.put(h.block(), h.number());
        List<Sentence> out = new ArrayList<>();
        int section = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Integer heading = sectionFrom.get(i);
            if (heading != null) {
                section = heading;
                continue;
            }
            if (b.isRow()) continue;
            for (String s : SENTENCE_END.split(b.text())) {
                for (String piece : bounded(s)) {
                    if (!piece.isBlank()) out.add(new Sentence(out.size(), section, i, piece.strip(), b.src()));
                }
            }
        }
        return out;
    }

    /** the longest sentence the claim reader is given; no real sentence comes near it */
    static final int MAX_SENTENCE = 1_000;

    /**
     * A "sentence" longer than {@link #MAX_SENTENCE} (a line with no 。, a pasted blob) cut into
     * pieces, each at its last ；，、 or space, else where no digit or Chinese numeral is cut
     * in two, so that reading its claims stays linear in its length and no number is split.
     */
    static List<String> bounded(String s) {
        if (s.length() <= MAX_SENTENCE) return List.of(s);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (s.length() - from > MAX_SENTENCE) {
            int cut = from + MAX_SENTENCE;
            int soft = cut;
            while (soft > from + MAX_SENTENCE / 2 && "；，、;, ".indexOf(s.charAt(soft - 1)) < 0) soft--;
            if (soft > from + MAX_SENTENCE / 2) cut = soft;
            else while (cut > from + 1 && (numeral(s.charAt(cut - 1)) || numeral(s.charAt(cut)))) cut--;
            out.add(s.substring(from, cut));
            from = cut;
        }
        out.add(s.substring(from));
        return out;
    }

    private static boolean numeral(char c) {
        return Character.isDigit(c) || "零〇一二三四五六七八九十百千万亿两.,".indexOf(c) >= 0;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?])");

    /** a last line that is one of a report's closing lines, not its prose (附件, a contact, a copied page's footer) */
    private static final Pattern CLOSING_LINE = Pattern.compile("^(?:附件|附表|注|备注|说明|来源|联系|地址|电话|邮编|主办|承办|版权|网站|技术支持|扫一扫|分享|打印|关闭)");

    /** what a page shows around a report and no report says: 【打印本页】, 【关闭窗口】, 主办单位：…, 版权所有, its ICP number */
    private static final Pattern PAGE_CHROME = Pattern.compile("^\\(?(?:主办|承办|版权|网站|技术支持|扫一扫|分享|打印|关闭|Copyright)|ICP备|公网安备");

    /**
     * Where the page's footer after the report begins (the blocks' count when there is none): the run of lines and rows
     * at the text's end that hold only the page's chrome ({@link #PAGE_CHROME}) — what a browser's copy of a page holds
     * after the report. The report's last block is the one before it, so that a copy of a page cut inside a table stops
     * inside that table as the page's text does.
     */
    static int footer(List<Block> blocks) {
        int at = blocks.size();
        while (at > 0 && chrome(blocks.get(at - 1))) at--;
        return at;
    }

    private static boolean chrome(Block b) {
        List<String> parts = b.isRow() ? b.cells() : List.of(b.text());
        boolean any = false;
        for (String c : parts) {
            if (c.isBlank()) continue;
            if (!PAGE_CHROME.matcher(Text.norm(c)).find()) return false;
            any = true;
        }
        return any;
    }

    /** a line that ends on a date or an agency's name: the report's signature (a name or a date, no clause of a sentence) */
    private static final Pattern SIGNED = Pattern.compile("^[^，、；,;]*(?:\\d{1,2}日|人民政府|办公室|办公厅|委员会|管委会|中心|[局厅委办处院署所站队])$");

    /** a last character no sentence, heading or name ends on: a comma or colon before what follows, an opening bracket, 的 */
    private static final String OPEN_END = "，、；：,;:（(《“‘【[的";

    /** a line a report or its page closes with (附件, a contact, a copied page's footer; the signing agency, the date) */
    static boolean endsAReport(String norm) {
        return CLOSING_LINE.matcher(norm).find() || SIGNED.matcher(norm).find();
    }

    /**
     * whether the text's last line is a sentence cut off (a crawler's or a copy's end, as the last row of a table is
     * for {@link State#cutOff}): a line that ends on a comma, a colon, an opening bracket or 的 (as no sentence or name
     * does), or prose (20 characters or more, or a clause after a comma) that ends on a character, and is none of the
     * lines a report or its page closes with; or that ends on a number its unit never followed — after an opening
     * bracket (《政府信息公开指南(20), or in prose after a word (…委员提案共17), not a telephone's or a post code's
     * number. A report ends on a full sentence, a table, an agency's name or a date.
     */
    public static boolean endsInACutSentence(List<Block> blocks) {
        if (blocks.isEmpty()) return false;
        Block last = blocks.get(blocks.size() - 1);
        if (last.isRow()) return false;
        String t = Text.norm(last.text()).strip();
        if (t.isEmpty() || endsAReport(t)) return false;
        // a year alone (2025年, 2025年度): a sentence's first words (2025年，我厅…), as no report ends (its date has a day)
        if (t.matches("\\d{4}年度?")) return true;
        boolean prose = t.length() >= 20 || t.matches(".*[，、；,;].*");
        String beforeNumber = t.replaceFirst("\\d+$", "");
        if (!beforeNumber.isEmpty() && beforeNumber.length() < t.length()) {
            int w = beforeNumber.codePointBefore(beforeNumber.length());
            return OPEN_END.indexOf(w) >= 0
                || prose && Character.UnicodeScript.of(w) == Character.UnicodeScript.HAN && NUMBER_NAMED.indexOf(w) < 0;
        }
        int c = t.codePointBefore(t.length());
        if (OPEN_END.indexOf(c) >= 0) return true;
        return prose && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** the last characters of the words that name a number standing alone (电话, 传真, 邮编, 编号, 信箱, 网址, 号码) */
    private static final String NUMBER_NAMED = "话真编号箱址码";

    /**
     * The section a text stops short in when it stops outside a table, or -1: after a cut sentence ({@link
     * #endsInACutSentence}) or on a sub-topic's heading (（四）政府信息公开平台建设) the section it is in; on a section's
     * heading, or on a number right after one (二、主动公开政府信息情况 / 20, 2025年 cut short), that section — no report
     * ends on a heading; and section 一 when the text,
     * whose opening names the report's parts (本报告包括总体情况、主动公开政府信息情况、收到和处理…), holds the first of
     * them and no heading or table of any other — the opening of a report, not a report of one part.
     */
    static int textCut(List<Block> blocks, List<Headings.Heading> headings, boolean anyTable) {
        if (blocks.isEmpty()) return -1;
        int lastBlock = blocks.size() - 1;
        Headings.Heading lastHeading = headings.stream().max(java.util.Comparator.comparingInt(Headings.Heading::block)).orElse(null);
        if (lastHeading != null && (lastHeading.block() == lastBlock
            || lastHeading.block() == lastBlock - 1 && !blocks.get(lastBlock).isRow() && Text.norm(blocks.get(lastBlock).text()).matches("\\d{1,4}"))) {
            return lastHeading.number();
        }
        if (endsInACutSentence(blocks) || onASubHeading(blocks.get(lastBlock)) || underASubHeading(blocks)) {
            return lastHeading == null ? 0 : lastHeading.number();
        }
        if (lastHeading != null && lastHeading.number() == 1 && !anyTable
            && (namesItsParts(blocks, lastHeading.block()) || amongFirstSubTopics(blocks, lastHeading.block()))) {
            return 1;
        }
        return -1;
    }

    /** the number of a line that starts a sub-topic of section 一: （二）依申请公开情况, (三)政府信息管理 (group 1), 2.依申请公开 (group 2) */
    private static final Pattern SUB_TOPIC_NUMBER = Pattern.compile("^(?:[(（]([一二三四五六七八九十]{1,2})[)）]|(\\d{1,2})[.．、])\\S");

    /**
     * whether a text that stops in section 一 stops among its first sub-topics: after the heading of 一 its sub-topics are
     * numbered （一） on (or 1. on, when none is in brackets), the last of them is （四） at most — the format's 一 goes on to
     * 政府信息管理, 平台建设 and 监督保障 — and the text does not end on a line a report closes with. A text that stops at （二）依申请公开情况
     * of its first section (as txqxxgk.siping.gov.cn's 铁西区住建局 2025 page does, on a full sentence) is a part of a report,
     * not a report of one part: what follows was not read. A text whose 一 ran through （五）, or that closes with its
     * agency's name or date, ends where its report ends.
     */
    private static boolean amongFirstSubTopics(List<Block> blocks, int firstHeading) {
        Block last = blocks.get(blocks.size() - 1);
        if (last.isRow() || endsAReport(Text.norm(last.text()).strip())) return false;
        int bracketed = 0;
        int arabic = 0;
        for (int i = firstHeading + 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.isRow()) continue;
            Matcher m = SUB_TOPIC_NUMBER.matcher(Text.norm(b.text()));
            if (!m.find()) continue;
            if (m.group(1) != null) bracketed = Math.max(bracketed, Text.cnNumber(m.group(1)));
            else arabic = Math.max(arabic, Integer.parseInt(m.group(2)));
        }
        int highest = bracketed > 0 ? bracketed : arabic;
        return highest >= 1 && highest <= 4;
    }

    /**
     * a numbered line as short as a heading, with no full stop: （四）政府信息公开平台建设 — its text never came; or a list
     * item as short (• 政府信息管理机, the last line of wsb.xam.gov.cn's 2025 page)
     */
    private static boolean onASubHeading(Block last) {
        if (last.isRow()) return false;
        String t = Text.norm(last.text());
        boolean marked = SUB_HEADING.matcher(t).find() || Headings.LIST_MARK.matcher(last.text().strip()).lookingAt() && t.length() > 1;
        return t.length() <= 30 && marked && !t.matches(".*[。！？!?]$");
    }

    /**
     * a last line of words with no end, right after a sub-topic's heading: （四）政府信息公开平台建设 / 2025年我乡持 — the
     * sub-topic's first sentence, cut short (a sub-topic that ends a report ends on a full sentence)
     */
    private static boolean underASubHeading(List<Block> blocks) {
        int n = blocks.size();
        if (n < 2 || blocks.get(n - 1).isRow() || !onASubHeading(blocks.get(n - 2))) return false;
        String t = Text.norm(blocks.get(n - 1).text()).strip();
        return !t.isEmpty() && !endsAReport(t) && !t.matches(".*[。！？!?]$") && !onASubHeading(blocks.get(n - 1));
    }

    private static final Pattern SUB_HEADING = Pattern.compile("^(?:[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\\d{1,2}[.．、])\\S");

    /** whether a line before the first heading lists the report's parts: 总体情况 and at least two later sections' names */
    private static boolean namesItsParts(List<Block> blocks, int firstHeading) {
        for (int i = 0; i < firstHeading; i++) {
            String t = Text.norm(blocks.get(i).text());
            if (!t.contains("总体情况")) continue;
            int named = 0;
            if (t.contains("主动公开")) named++;
            if (t.contains("申请")) named++;
            if (t.contains("复议") || t.contains("诉讼")) named++;
            if (t.contains("问题")) named++;
            if (named >= 2) return true;
        }
        return false;
    }

    private static void applyOptions(Report r, Options opt) {
        if (opt.agency() != null) r.setAgency(opt.agency(), "user");
        if (opt.kind() != null) r.setKind(opt.kind(), "user");
        else if (r.getAgency() != null && Metadata.kindOf(r.getAgency()) != null && !"text".equals(r.getAgencyFrom())) {
            r.setKind(Metadata.kindOf(r.getAgency()), "name");
        }
        if (r.getKind() == null && !Metadata.dispatched(r.getAgency()) && Metadata.kindFromText(r.getFullText()) != null) {
            r.setKind(Metadata.kindFromText(r.getFullText()), "text");
        }
        if (opt.year() != null) r.setYear(opt.year(), "user");
        else if (r.getTitleYear() != null) r.setYear(r.getTitleYear(), "title");
        else if (r.getPeriodYear() != null) r.setYear(r.getPeriodYear(), "period");
        if (opt.published() != null) r.setPublished(opt.published(), "user");
    }

    private static void metadataIssues(Report r, List<ParseIssue> issues) {
        if (r.getAgency() == null) issues.add(meta("agency"));
        if (r.getKind() == null) issues.add(meta("kind"));
        if (r.getYear() == null) issues.add(meta("year"));
        if (r.getPublished() == null) issues.add(meta("published"));
    }

    /** the parser's own words (org/ogicheck/parse/texts_zh|en.properties), worded where they are shown */
    private static Said say(String key, Object... args) {
        return Said.of("org.ogicheck.parse.texts", key, args);
    }

    private static ParseIssue meta(String field) {
        return new ParseIssue("METADATA", null, field, null, say("issue.field." + field), SourceRef.NONE);
    }

    private static final List<String> MARKERS_2019_NORM = Layout.MARKERS_2019.stream().map(Text::norm).toList();
    private static final List<String> MARKERS_2021_NORM = Layout.MARKERS_2021.stream().map(Text::norm).toList();

    private static void detectEdition(Report r, List<Block> blocks) {
        for (Block b : blocks) {
            String t = Text.norm(b.text());
            for (int k = 0; k < Layout.MARKERS_2019.size(); k++) {
                String m = Layout.MARKERS_2019.get(k);
                if (t.contains(MARKERS_2019_NORM.get(k)) && !r.getMarkers2019().contains(m)) r.getMarkers2019().add(m);
            }
            for (int k = 0; k < Layout.MARKERS_2021.size(); k++) {
                String m = Layout.MARKERS_2021.get(k);
                if (t.contains(MARKERS_2021_NORM.get(k)) && !r.getMarkers2021().contains(m)) r.getMarkers2021().add(m);
            }
        }
        boolean a = !r.getMarkers2019().isEmpty();
        boolean b = !r.getMarkers2021().isEmpty();
        r.setEdition(a && b ? "mixed" : a ? "2019" : b ? "2021" : null);
    }

    private static List<Section> sections(List<Block> blocks, List<Headings.Heading> hs, List<Integer> imagesAt) {
        List<Section> out = new ArrayList<>();
        for (int k = 0; k < hs.size(); k++) {
            Headings.Heading h = hs.get(k);
            int end = k + 1 < hs.size() ? hs.get(k + 1).block() : blocks.size();
            StringBuilder text = new StringBuilder();
            for (int i = h.block() + 1; i < end; i++) {
                Block b = blocks.get(i);
                if (!b.isRow()) text.append(b.text()).append('\n');
            }
            int from = h.block();
            int images = (int) imagesAt.stream().filter(at -> at > from && at <= end).count();
            Block hb = blocks.get(h.block());
            out.add(new Section(h.number(), h.declared(), k + 1, hb.text(), h.title(),
                Headings.official(h.number(), h.title()), h.style(), text.toString().strip(), images, hb.src()));
        }
        return out;
    }

    /** a table and the place of its row that was the last block of the text */
    /**
     * where a text stops inside a table: the table, its section, the last block read; {@code afterIt} when it stopped on
     * the next 第二十条 block's caption cut short, after this table (which may be whole)
     */
    private record TableEnd(String table, String section, SourceRef src, boolean afterIt) {
        TableEnd(String table, String section, SourceRef src) {
            this(table, section, src, false);
        }
    }

    /** the table recogniser: walks the blocks with the table context in force */
    private static final class State {
        final String edition;
        Ctx ctx = Ctx.NONE;
        final List<TableFact> tables = new ArrayList<>();
        final List<Cell> cells = new ArrayList<>();
        final List<ParseIssue> issues = new ArrayList<>();
        String a20Item;
        final Map<String, List<String[]>> a20Columns = new HashMap<>();
        final Map<String, Boolean> seenRows = new LinkedHashMap<>();
        int appGroup;
        boolean litDone;
        /** table 四's data row had fewer than its 15 cells (cells lost in a copy), said as issue.litShort */
        boolean litShort;
        /** the leaf columns table 三's header names, in order (a key, or null for a column the format has not), or null */
        List<String> appHeader;
        /** the table the last block read was a row of, or null (see {@link #cutOff}) */
        TableEnd endsIn;
        /** rows of the tables given as lines of text, by table/row key (see {@link #textRow}) */
        final Map<String, Block> textRows = new LinkedHashMap<>();
        /** what follows a row's label in a line of text: numbers, spaces, a note in brackets */
        static final Pattern TRAILING = Pattern.compile("[\\d.\\s]*(?:\\[.*)?$");
        /** the groups of table 三 a row of which gave the group's total, with that row's text (see {@link #subtotals}) */
        final Map<String, String> subtotalRows = new LinkedHashMap<>();
        /** the table has a 序号 column before its labels (its header said so): a row's number there is no value */
        boolean serial;
        /** the key of the last row of table 三 read (the row a 其中 row below it is part of), or null */
        String lastAppRow;
        /** the label of a row that says it is part of the row above: 其中, 含, 包括 */
        static final Pattern PART_OF = Pattern.compile("^(其中|含|包括)");
        /** the blocks read while table 四 was in force, its captions included (see {@link #litByShape}) */
        final List<Block> litBlocks = new ArrayList<>();
        /** table 三 has begun as lines of text (its note's or header's words in section 三, see {@link #cellLine}) */
        boolean appBegun;
        /** the table whose last row's label was read as a line of text (see {@link #cellLine}), or null */
        String lastRowSeen;
        /** a 第二十条 caption cut short before its item's closing bracket: 第, 第二十, 第二十条第（, 第二十条第（八 */
        static final Pattern CAPTION_START = Pattern.compile("第(?:二(?:十(?:条(?:第(?:[（(][一二三四五六七八九十]?)?)?)?)?)?");

        State(String edition) {
            this.edition = "2021".equals(edition) ? "2021" : "2019";
        }

        void row(Block b) {
            if (b.isRow()) {
                // a row of empty cells carries nothing (a blank line of the table, a page's spacer row; the text still
                // stops where it stopped before it) — but in table 四 given in parts it may be the data row of a part
                // whose cells are all blank (see LitShapes)
                if (b.cells().stream().allMatch(String::isBlank)) {
                    if (ctx == Ctx.LIT) litBlocks.add(b);
                    return;
                }
                b = withoutSerial(b);
            }
            endsIn = null;
            if (ctx == Ctx.LIT) litBlocks.add(b);
            String t = Text.norm(b.text());
            if (ctx == Ctx.A20 && a20Item != null && CAPTION_START.matcher(t.replace("|", "").strip()).matches()) {
                // the start of the next block's caption (第, 第二十条第（): a text stopping here stops after this block,
                // which may be whole, before the next (see cutOff)
                endsIn = new TableEnd("A20." + a20Item, "二", b.src(), true);
                return;
            }
            String item = Layout.a20Item(t);
            if (item != null && (t.length() <= 40 || captionFirst(b))) {
                ctx = Ctx.A20;
                a20Item = item;
                table("A20." + item, "二", b);
                boolean alone = true;
                if (captionFirst(b)) {
                    // the caption in a merged first column, the block's first row beside it
                    List<String> rest = b.cells().subList(1, b.cells().size());
                    if (rest.stream().anyMatch(c -> !c.isBlank())) {
                        alone = false;
                        Block sub = Block.row(rest, b.cellSrcs().subList(1, b.cellSrcs().size()), b.src());
                        a20(sub, Text.norm(sub.text()));
                    }
                }
                // a caption alone (a row of it and blank cells too: "第二十条第（五）项 | ||"): a text may stop right after it
                if (alone) endsIn = new TableEnd("A20." + item, "二", b.src());
                return;
            }
            if (Layout.a20CaptionAlone(t)) {
                // a caption that lost its item: a 第二十条 block all the same, each row's label names its item
                ctx = Ctx.A20;
                a20Item = null;
                return;
            }
            if (!b.isRow()) {
                // the words of a block's header on lines of their own (a text that may stop there, 本年制发件数 / 本)
                if (ctx == Ctx.A20 && a20Item != null && Layout.a20HeaderWord(t)) endsIn = new TableEnd("A20." + a20Item, "二", b.src());
                else endsIn = cellLine(b, t);
                textRow(b, t);
                return;
            }
            if (t.contains("勾稽") || t.contains("申请人情况")) {
                ctx = Ctx.APP;
                table("APP", "三", b);
                if (b.cells().stream().skip(1).filter(c -> Numbers.read(c).isNumeric()).count() >= 3) {
                    // numbers under the header's words: a data row whose label ran into a header repeated at a page
                    // break (二、上年结转政府信息公开（本列数据的勾稽关系为： | 0 | 0 …) — a row not read, never a row missing
                    issues.add(new ParseIssue("LAYOUT", "三", "APP", null, say("issue.appUnknownRow", b.text()), b.src()));
                }
                // the table's note or header: a text may stop right after it
                endsIn = new TableEnd("APP", "三", b.src());
                // the note's cell beside the header's column names (a header of one row)
                if (appHeaderRow(t)) appHeader = Alignment.appHeader(appHeader, b.cells());
                return;
            }
            if (ctx != Ctx.LIT && !litDone && t.contains("行政复议") && t.contains("行政诉讼")) {
                ctx = Ctx.LIT;
                litBlocks.add(b);
                table("LIT", "四", b);
                endsIn = new TableEnd("LIT", "四", b.src());
                return;
            }
            switch (ctx) {
                case A20 -> {
                    a20(b, t);
                    if (a20Item != null) endsIn = new TableEnd("A20." + a20Item, "二", b.src());
                }
                case APP -> {
                    app(b);
                    endsIn = new TableEnd("APP", "三", b.src());
                }
                case LIT -> {
                    lit(b);
                    endsIn = new TableEnd("LIT", "四", b.src());
                }
                default -> { }
            }
        }

        /**
         * A table given as lines of text, a cell a line (as a crawler or a copy gives a page's table): a text that stops
         * on one of its lines — a label cut short (信息内 of 信息内容, 三、本年度办理结 of 三、本年度办理结果), a number, a label
         * whose numbers never came — stops inside the table, unless the line is the table's last row (its label or
         * a number after it): that table, or null. Only inside a table already begun (a 第二十条 caption; table 三's note
         * or header), and only a line as short as a cell that is no sentence.
         */
        TableEnd cellLine(Block b, String t) {
            String table = ctx == Ctx.A20 && a20Item != null ? "A20." + a20Item
                : ctx == Ctx.APP && (appBegun || t.contains("勾稽") || t.contains("申请人情况") || tables.stream().anyMatch(f -> f.id().equals("APP"))) ? "APP" : null;
            if (table == null) return null;
            appBegun |= table.equals("APP");
            String label = TRAILING.matcher(t).replaceFirst("");
            boolean lastRow = table.equals("APP") ? label.contains("结转下年度")
                : Layout.a20ColumnKey(label) == null && lastRow(Layout.a20Rows(a20Item, edition)).equals(Layout.a20RowKey(a20Item, label));
            if (lastRow) lastRowSeen = table;
            if (table.equals(lastRowSeen) || t.length() > 40 || t.matches(".*[。！？!?]$") || endsAReport(t)) return null;
            return new TableEnd(table, table.equals("APP") ? "三" : "二", b.src());
        }

        /**
         * The row without its 序号 cell: the cell 序号 of a header row (which tells that the table has such a
         * column), and in the rows after it a number before the row's label. Only before a label, so that no value is
         * taken for a row's number.
         */
        Block withoutSerial(Block b) {
            List<String> cs = b.cells();
            int k = 0;
            while (k < cs.size() && cs.get(k).isBlank()) k++;
            if (k >= cs.size() - 1) return b;
            String first = Text.norm(cs.get(k));
            boolean header = first.equals("序号") || first.equals("编号");
            if (header) serial = true;
            else if (!serial || !first.matches("\\d{1,3}") || Numbers.isValueLike(cs.get(k + 1))) return b;
            List<String> cells = new ArrayList<>(cs);
            List<org.ogicheck.model.SourceRef> srcs = new ArrayList<>();
            for (int i = 0; i < cs.size(); i++) srcs.add(b.cellSrc(i));
            cells.remove(k);
            srcs.remove(k);
            return Block.row(cells, srcs, b.src());
        }

        static boolean appHeaderRow(String norm) {
            return norm.contains("自然人") || norm.contains("商业企业") || norm.contains("法人或其他组织");
        }

        /**
         * A table 三 or 四 whose header was found but none of its rows (their cells blank, or in a shape not read):
         * the table is there, but nothing of it can be judged — a layout issue, not a missing table.
         */
        void headerOnly() {
            for (TableFact f : tables) {
                if (!f.id().equals("APP") && !f.id().equals("LIT")) continue;
                if (cells.stream().anyMatch(c -> c.getTable().equals(f.id()))) continue;
                if (issues.stream().anyMatch(i -> f.id().equals(i.table()))) continue;
                issues.add(new ParseIssue("LAYOUT", f.section(), f.id(), null, say("issue.headerOnly." + f.id()), f.src()));
            }
        }

        /**
         * A line of text inside a table 三 or a 第二十条 block that names a row of it — its label, then what could not
         * be rebuilt as cells (numbers run together, a note): the row is there as text, read neither as a row nor
         * as missing. Kept by table and row key (see {@link #rowsAsText}).
         */
        void textRow(Block b, String t) {
            String label = TRAILING.matcher(t).replaceFirst("");
            if (label.length() > 60 || label.contains("。") || label.contains("，")) return;
            String key = null;
            String table = null;
            if (ctx == Ctx.APP && tables.stream().anyMatch(f -> f.id().equals("APP")) && !label.isEmpty()) {
                int g = Layout.appGroup(label);
                key = Layout.appRowKey(List.of(label), g > 0 ? g : appGroup);
                table = "APP";
            } else if (ctx == Ctx.A20 && a20Item != null && label.length() <= 20 && Layout.a20ColumnKey(label) == null) {
                key = Layout.a20RowKey(a20Item, label);
                table = "A20." + a20Item;
            }
            if (key != null) textRows.putIfAbsent(table + "/" + key, b);
        }

        /**
         * A table that lacks a row its section gives as text ({@link #textRow}) is not known to lack it: a layout
         * issue of the whole table (its cells withheld, its rows not taken for missing), not a missing row.
         */
        void rowsAsText() {
            textRows.forEach((place, b) -> {
                String table = place.substring(0, place.indexOf('/'));
                String row = place.substring(place.indexOf('/') + 1);
                if (cells.stream().anyMatch(c -> c.getTable().equals(table) && c.getRow().equals(row))) return;
                if (issues.stream().anyMatch(i -> table.equals(i.table()) && i.row() == null)) return;
                String section = table.equals("APP") ? "三" : "二";
                issues.add(new ParseIssue("LAYOUT", section, table, null, say("issue.rowAsText", b.text().strip()), b.src()));
            });
        }

        /**
         * The text stops inside table 三, 四 or a 第二十条 block (a page cut by its crawler, a paste that stopped): its last
         * block is a row of the table, and the table lacks the format's last row or that row stopped short of its cells
         * (a row-level layout issue on the text's last block). The rows after the cut are not
         * known to be missing from the report: a layout issue of the whole table, not a missing row. Returns that
         * table and its section, or null when the text does not stop inside a table.
         */
        TableEnd cutOff() {
            if (endsIn == null) return null;
            // stopped on the next block's caption cut short: the blocks after this one were never read, this one may be whole
            if (endsIn.afterIt()) return endsIn;
            String id = endsIn.table();
            if (id.equals("LIT")) {
                // table 四 is whole with its 15 cells, none of them lost from a short row
                if (!litShort && cells.stream().filter(c -> c.getTable().equals("LIT")).count() >= 15) return null;
            } else {
                String last = id.equals("APP") ? "carriedOut" : lastRow(Layout.a20Rows(id.substring(4), edition));
                if (cells.stream().anyMatch(c -> c.getTable().equals(id) && c.getRow().equals(last)) && !shortAtTheEnd(id)) {
                    // a 第二十条 block whole, the text stopping right after it before the blocks every edition has after it
                    // (（五）, （六）, （八）): it stops inside table 二, between its blocks (lanxian.gov.cn's 梁家庄乡 2025 page
                    // ends on （一）'s 行政规范性文件 row) — the later blocks and sections were not read
                    if (id.startsWith("A20.") && "一五六".contains(id.substring(4))) return new TableEnd(id, endsIn.section(), endsIn.src(), true);
                    return null;
                }
            }
            if (issues.stream().noneMatch(i -> id.equals(i.table()) && i.row() == null)) {
                // the row the text stopped in, short of its cells, was cut short by the same cut: one cause, one issue
                // (its cells are withheld as the cut's last row; lg.gov.cn's 区 page stopping in 7.属于行政执法案卷)
                SourceRef at = endsIn.src().withCol(null);
                issues.removeIf(i -> "LAYOUT".equals(i.kind()) && id.equals(i.table()) && i.row() != null && i.src() != null
                    && i.src().withCol(null).equals(at));
                issues.add(new ParseIssue("LAYOUT", endsIn.section(), id, null, say("issue.tableCut"), endsIn.src()));
            }
            return endsIn;
        }

        /**
         * whether the text's last block is a row of the table that could not be read as a row of its table (its cells
         * short of the columns, or a label alone): the format's last row stopped in its cells — as the text stopped
         */
        private boolean shortAtTheEnd(String id) {
            SourceRef at = endsIn.src().withCol(null);
            return issues.stream().anyMatch(i -> "LAYOUT".equals(i.kind()) && id.equals(i.table()) && i.row() != null
                && i.src() != null && i.src().withCol(null).equals(at));
        }

        private static String lastRow(List<String[]> rows) {
            return rows.get(rows.size() - 1)[0];
        }

        /** a row whose first cell is the whole 第二十条 caption */
        static boolean captionFirst(Block b) {
            return b.isRow() && b.cells().size() > 1 && Layout.a20Item(Text.norm(b.cells().get(0))) != null;
        }

        void table(String id, String section, Block b) {
            for (TableFact f : tables) if (f.id().equals(id)) return;
            tables.add(new TableFact(id, section, b.text(), b.src()));
        }

        static List<String> labels(List<String> cells, int end) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < end; i++) if (!cells.get(i).isBlank()) out.add(Text.norm(cells.get(i)));
            return out;
        }

        void a20(Block b, String t) {
            List<String> cs = b.cells();
            if (t.contains("信息内容")) {
                List<String[]> cols = new ArrayList<>();
                String prevLabel = null;
                int head = 0;
                while (head < cs.size() - 1 && !Text.norm(cs.get(head)).contains("信息内容")) head++;
                // names cut short (本年新 | 本年新 | 对外公开总数量): the format's header, when exactly one fits them
                List<String[]> cutShort = a20Item == null ? null : Layout.a20CutShort(a20Item, labels(cs.subList(head + 1, cs.size()), cs.size() - head - 1));
                if (cutShort != null) {
                    a20Columns.put(a20Item, cutShort);
                    return;
                }
                for (int i = head + 1; i < cs.size(); i++) {
                    String label = cs.get(i);
                    if (label.isBlank() || label.equals(prevLabel)) continue;
                    prevLabel = label;
                    // names run together in one cell (信息内容 | 本年制发件数本年废止件数现行有效件数): each its column
                    List<String> names = Layout.a20RunTogether(Text.norm(label));
                    for (String name : names == null ? List.of(label) : names) {
                        String key = Layout.a20ColumnKey(Text.norm(name));
                        cols.add(new String[] {key == null ? "col" + i : key, name});
                    }
                }
                if (a20Item != null) a20Columns.put(a20Item, byPlace(cols, Layout.a20DefaultColumns(edition, a20Item)));
                return;
            }
            int end = Labels.end(cs);
            if (end == 0 || end >= cs.size() && cs.size() > 1) {
                return;
            }
            // the label is the last leading cell that names a row; text after it sits where a number belongs
            for (int k = end - 1; k > 0; k--) {
                if (Layout.a20RowKey(a20Item, Text.norm(cs.get(k - 1))) != null
                    && Layout.a20RowKey(a20Item, Text.norm(cs.get(k))) == null) {
                    end = k;
                }
            }
            String label = cs.get(end - 1);
            String key = Layout.a20RowKey(a20Item, Text.norm(label));
            if (key == null && end > 1 && Labels.broken(Text.norm(cs.get(end - 2)), Text.norm(label))) {
                // a label broken over two cells
                label = cs.get(end - 2).strip() + label.strip();
                key = Layout.a20RowKey(a20Item, Text.norm(label));
            }
            if (key == null && cs.stream().skip(end).allMatch(String::isBlank)) {
                // a row of text and no number (单位：件, a note): nothing to read
                return;
            }
            if (key == null) {
                issues.add(new ParseIssue("LAYOUT", "二", a20Item == null ? "A20" : "A20." + a20Item, null,
                    say("issue.a20UnknownRow", b.text()), b.src()));
                return;
            }
            String item = Layout.a20ItemOfRow(key);
            String tableId = "A20." + item;
            table(tableId, "二", b);
            if (seenRows.put(tableId + "/" + key, true) != null) return;
            List<String[]> cols = a20Columns.getOrDefault(item, Layout.a20DefaultColumns(edition, item));
            values(b, end, tableId, "二", key, label, cols);
        }

        void app(Block b) {
            List<String> cs = b.cells();
            String t = Text.norm(b.text());
            if (appHeaderRow(t)) {
                appHeader = Alignment.appHeader(appHeader, cs);
                return;
            }
            int end = Labels.end(cs);
            // text where a number belongs is not a label: give back trailing "labels" the row's values need —
            // never one that names a row itself (a row short of a value is not read as its label's number)
            while (end > 1 && cs.size() - end < Layout.APP_COLUMNS.size()
                && !labels(cs, end - 1).isEmpty() && Layout.appRowKey(labels(cs, end - 1), appGroup) != null
                && Layout.appRowKey(List.of(Text.norm(cs.get(end - 1))), groupOf(labels(cs, end - 1))) == null) {
                end--;
            }
            List<String> labels = labels(cs, end);
            if (labels.isEmpty()) {
                issues.add(new ParseIssue("LAYOUT", "三", "APP", null, say("issue.appNoLabel", b.text()), b.src()));
                return;
            }
            int n = labels.size();
            if (n > 1 && Layout.appRowKey(labels, appGroup) == null && Labels.broken(labels.get(n - 2), labels.get(n - 1))) {
                // a label broken over two cells
                List<String> joined = new ArrayList<>(labels.subList(0, n - 2));
                joined.add(labels.get(n - 2) + labels.get(n - 1));
                labels = joined;
            }
            for (String l : labels) {
                int g = Layout.appGroup(l);
                if (g > 0) appGroup = g;
            }
            boolean values = cs.stream().skip(end).anyMatch(c -> !c.isBlank());
            if (PART_OF.matcher(labels.get(labels.size() - 1)).find() && (!values || partOfRowAbove(cs, end))) return;
            String key = Layout.appRowKey(labels, appGroup);
            if (key == null && values) key = subtotalKey(labels.get(labels.size() - 1), b.text());
            if (key == null) {
                lastAppRow = null;
                // a group label on a row of its own (三、本年度办理结果, （三）不予公开) carries no numbers
                if (values) {
                    issues.add(new ParseIssue("LAYOUT", "三", "APP", null, say("issue.appUnknownRow", b.text()), b.src()));
                }
                return;
            }
            if (key.equals("received") || key.equals("carriedIn") || key.equals("total") || key.equals("carriedOut")) {
                appGroup = 0;
            }
            if (seenRows.put("APP/" + key, true) != null) {
                issues.add(new ParseIssue("LAYOUT", "三", "APP", key, say("issue.appRepeatedRow", b.text()), b.src()));
                return;
            }
            lastAppRow = key;
            List<String[]> cols = columns(Layout.APP_COLUMNS, Layout.APP_COLUMN_LABELS);
            table("APP", "三", b);
            int[] byHeader = Alignment.byHeader(appHeader, Layout.APP_COLUMNS, cs, end);
            if (byHeader != null) {
                // the header names other columns than the format (法人或其他组织 小计; 其他 or 总计 left out; 法人或其他组织 as
                // one column): the format's columns by their names; one the header has not is missing, and said once
                List<String> absent = new ArrayList<>();
                for (int i = 0; i < cols.size(); i++) {
                    int at = byHeader[i];
                    if (at < 0) absent.add(cols.get(i)[1]);
                    cells.add(new Cell("APP", "三", key, cols.get(i)[0], String.join(" ", labels), cols.get(i)[1],
                        Numbers.read(at < 0 ? null : cs.get(at)), at < 0 ? b.src() : b.cellSrc(at)));
                }
                if (!absent.isEmpty() && issues.stream().noneMatch(i -> "COLUMN".equals(i.kind()) && "APP".equals(i.table()))) {
                    issues.add(new ParseIssue("COLUMN", "三", "APP", null, say("issue.appAbsentColumns", String.join("”“", absent)), b.src()));
                }
                return;
            }
            values(b, end, "APP", "三", key, String.join(" ", labels), cols);
        }

        /**
         * A row of table 三 that says it is part of the row above (其中：网上申请, 含…, 包括…: a breakdown the format has
         * not) is no row of the format: counted as one, it would count its numbers twice. It is left out — neither
         * summed nor judged — when it can be placed: the row above is a row of the format read, and each of its numbers
         * is at most that row's number in its column (a part of it). Whether it was so; otherwise it is a row of no
         * known meaning, as before (the table withheld).
         */
        boolean partOfRowAbove(List<String> cs, int end) {
            if (lastAppRow == null) return false;
            List<Cell> above = cells.stream().filter(c -> c.getTable().equals("APP") && c.getRow().equals(lastAppRow)).toList();
            int[] at = Alignment.byHeader(appHeader, Layout.APP_COLUMNS, cs, end);
            if (at == null) {
                int values = cs.size() - end;
                while (values > above.size() && cs.get(end + values - 1).isBlank()) values--;
                if (values != above.size()) return false;
                at = new int[values];
                for (int i = 0; i < values; i++) at[i] = end + i;
            }
            if (at.length != above.size()) return false;
            for (int i = 0; i < at.length; i++) {
                if (at[i] < 0) continue;
                Value v = Numbers.read(cs.get(at[i]));
                if (v.getKind() == Value.Kind.UNREADABLE) return false;
                Long whole = above.get(i).getN();
                if (v.isNumeric() && (v.getWhole() == null || whole == null || v.getWhole() > whole)) return false;
            }
            return true;
        }

        /**
         * The key of a row that gives the total of a group of table 三 (（三）不予公开 with numbers, 小计 or 合计 under
         * （三）…（六）): the group's prefix (denied, unable, notProcessed, other), or null. Whether it is a subtotal of
         * the group's rows or the group's one data row is told by {@link #subtotals} once the table is read.
         */
        String subtotalKey(String label, String text) {
            int g = label.matches("(小计|合计)") ? appGroup : Layout.appGroup(label);
            if (g < 3 || g > 6 || !label.matches("(\\([三四五六]\\))?(不予公开|无法提供|不予处理|其他处理)?(小计|合计)?")) return null;
            appGroup = g;
            subtotalRows.put(AppRows.GROUP_PREFIX.get(g), text);
            return AppRows.GROUP_PREFIX.get(g);
        }

        /**
         * A row giving the total of a group whose own rows are in the table too (（六）其他处理 above its three
         * rows 1.…3., a 小计 row after （三）不予公开's eight) is no data row of the format: counted beside its rows it
         * would count them twice. Where it equals the sum of its rows in every column it adds nothing and is dropped;
         * where it does not, or cannot be added up, which of them is right cannot be told: it is dropped and said
         * (a layout issue, so that no rule adds the group's outcomes). A group's total row without rows of its own is
         * the group's one data row ((六) in the 2019 format) or, for （三）（四）（五）, a row the format has not.
         */
        void subtotals() {
            for (String group : List.of("denied", "unable", "notProcessed", "other")) {
                List<Cell> total = cells.stream().filter(c -> c.getTable().equals("APP") && group.equals(c.getRow())).toList();
                List<Cell> parts = cells.stream().filter(c -> c.getTable().equals("APP") && c.getRow().startsWith(group + ".")).toList();
                if (total.isEmpty() || parts.isEmpty() && group.equals("other")) continue;
                cells.removeAll(total);
                Cell first = total.get(0);
                if (parts.isEmpty()) {
                    issues.add(new ParseIssue("LAYOUT", "三", "APP", null, say("issue.appUnknownRow", subtotalRows.get(group)), first.getSrc()));
                    continue;
                }
                List<Said> differ = new ArrayList<>();
                for (Cell t : total) {
                    List<Cell> col = parts.stream().filter(p -> p.getColumn().equals(t.getColumn())).toList();
                    boolean numbers = t.getN() != null && col.stream().allMatch(p -> p.getN() != null);
                    long sum = numbers ? col.stream().mapToLong(Cell::getN).sum() : 0;
                    if (!numbers || sum != t.getN()) {
                        differ.add(say("issue.appSubtotalColumn", t.getColumnLabel(), t.getValue().display(), numbers ? sum : "—"));
                    }
                }
                if (!differ.isEmpty()) {
                    issues.add(new ParseIssue("LAYOUT", "三", "APP", group,
                        say("issue.appSubtotal", AppRows.groupLabel(group), differ), first.getSrc()));
                }
            }
        }

        /**
         * Table 四 not read whole row by row (a layout issue, or fewer than its 15 cells) that is given in parts (a
         * 行政复议 table and a 行政诉讼 table) or with rows and columns swapped, and whose headers name the format's
         * cells exactly one way ({@link LitShapes}): its cells are those, and the row-by-row reading's issues go.
         */
        void litByShape() {
            List<Cell> lit = cells.stream().filter(c -> c.getTable().equals("LIT")).toList();
            boolean issue = issues.stream().anyMatch(i -> "LIT".equals(i.table()));
            if (litBlocks.isEmpty() || lit.size() == 15 && !issue) return;
            List<Cell> read = LitShapes.read(litBlocks);
            if (read == null) return;
            cells.removeAll(lit);
            issues.removeIf(i -> "LIT".equals(i.table()));
            litShort = false;
            table("LIT", "四", litBlocks.get(0));
            cells.addAll(read);
        }

        /**
         * A 第二十条 header whose column names the reader does not know (本年收费（万元）, 收费总额) but which has as many
         * columns as the format's block: each unknown column is the format's column in its place, unless a named one is
         * that column already. Otherwise it stays unknown (no rule takes it for a count or an amount).
         */
        static List<String[]> byPlace(List<String[]> cols, List<String[]> format) {
            if (cols.size() != format.size()) return cols;
            List<String[]> out = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                String key = format.get(i)[0];
                boolean named = cols.stream().anyMatch(c -> c[0].equals(key));
                out.add(cols.get(i)[0].startsWith("col") && !named ? new String[] {key, cols.get(i)[1]} : cols.get(i));
            }
            return out;
        }

        /**
         * the cells of a row that name a column or group of table 四 (行政复议, 行政诉讼, 结果维持 …): a header row, even
         * with a stray number in it (a note's mark, a cell of another column), is no data row
         */
        long headerWords(List<String> cs) {
            return cs.stream().map(c -> c.replaceAll("\\s", ""))
                .filter(c -> c.equals("行政诉讼") || Layout.LIT_COLUMN_LABELS.contains(c) || Layout.litRowKey(c) != null).count();
        }

        /** the group (（三）…（六）) in force for a row with these labels */
        int groupOf(List<String> labels) {
            int g = appGroup;
            for (String l : labels) if (Layout.appGroup(l) > 0) g = Layout.appGroup(l);
            return g;
        }

        void lit(Block b) {
            List<String> cs = b.cells();
            int end = Labels.end(cs);
            String group = end > 0 ? Layout.litRowKey(String.join("", labels(cs, end))) : null;
            if (group != null && !litDone && cs.stream().skip(end).anyMatch(Numbers::written)) {
                litGroup(b, end, group);
                return;
            }
            if (litDone || seenRows.keySet().stream().anyMatch(k -> k.startsWith("LIT/"))) return;
            // the data row has no label: a leading text cell is a value written as text
            if (end > 0 && cs.size() >= 15 && cs.size() - end < 15) end = 0;
            long numbers = cs.stream().skip(end).filter(Numbers::written).count();
            if (numbers == 0 || end > 1 || numbers < headerWords(cs)) return;
            litDone = true;
            table("LIT", "四", b);
            int[] aligned = nonBlankBeyond(cs, end + 15) ? Alignment.realign(cs, end, 15) : null;
            if (aligned == null && (nonBlankBeyond(cs, end + 15) && Alignment.shifted(cs, end, 15) || Alignment.leadingBlank(cs, end, 15))) {
                issues.add(new ParseIssue("LAYOUT", "四", "LIT", null, say("issue.litBlankSurplus", cs.size() - end, b.text()), b.src()));
                aligned = null;
            }
            for (int i = 0; i < 15; i++) {
                int at = aligned != null ? aligned[i] : end + i;
                Value v = Numbers.read(at < cs.size() ? cs.get(at) : null);
                int g = i / 5;
                int c = i % 5;
                cells.add(new Cell("LIT", "四", Layout.LIT_ROWS.get(g), Layout.LIT_COLUMNS.get(c),
                    Layout.LIT_ROW_LABELS.get(g), Layout.LIT_COLUMN_LABELS.get(c), v, b.cellSrc(at)));
            }
            if (cs.size() - end < 15 && issues.stream().noneMatch(i -> "LIT".equals(i.table()))) {
                litShort = true;
                // cells lost (a copy drops blank cells): which of the 15 columns are missing cannot be told
                issues.add(new ParseIssue("LAYOUT", "四", "LIT", null, say("issue.litShort", cs.size() - end, b.text()), b.src()));
            }
            long extra = aligned != null ? 0 : cs.stream().skip(end + 15L).filter(c -> !c.isBlank()).count();
            if (extra > 0 && issues.stream().noneMatch(i -> "LIT".equals(i.table()))) {
                issues.add(new ParseIssue("LAYOUT", "四", "LIT", null, say("issue.litExtra", extra, b.text()), b.src()));
            }
        }

        /** a row of table 四 written one row per group (行政复议, 直接起诉, 复议后起诉) with the five results as columns */
        void litGroup(Block b, int end, String group) {
            table("LIT", "四", b);
            int g = Layout.LIT_ROWS.indexOf(group);
            if (seenRows.put("LIT/" + group, true) != null) {
                issues.add(new ParseIssue("LAYOUT", "四", "LIT", group, say("issue.litRepeatedRow", b.text()), b.src()));
                return;
            }
            List<String[]> cols = columns(Layout.LIT_COLUMNS, Layout.LIT_COLUMN_LABELS);
            values(b, end, "LIT", "四", group, Layout.LIT_ROW_LABELS.get(g), cols);
        }

        static boolean nonBlankBeyond(List<String> cs, int from) {
            for (int i = from; i < cs.size(); i++) {
                if (!cs.get(i).isBlank() && Numbers.read(cs.get(i)).getKind() != Value.Kind.UNREADABLE) return true;
            }
            return false;
        }

        /** cells of one data row; a row with too few cells is a layout issue, never zeros */
        /**
         * A row short of cells whose cells are digits run together (规章 | 000, a crawler's or a copy's row that lost
         * separators inside it) that split into its columns one way only, as a line's run does ({@link JoinedCells}):
         * those are its cells. Whether it was so.
         */
        boolean splitRunTogether(Block b, int start, String table, String section, String row, String rowLabel, List<String[]> cols) {
            List<String> runs = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (int i = start; i < b.cells().size(); i++) {
                if (b.cells().get(i).isBlank()) continue;
                runs.add(b.cells().get(i).strip());
                at.add(i);
            }
            List<String> split = JoinedCells.split(runs, cols.size());
            if (split == null) return false;
            int run = 0;
            int used = 0;
            for (int i = 0; i < cols.size(); i++) {
                cells.add(new Cell(table, section, row, cols.get(i)[0], rowLabel, cols.get(i)[1], Numbers.read(split.get(i)), b.cellSrc(at.get(run))));
                used += split.get(i).length();
                if (used == runs.get(run).length()) {
                    run++;
                    used = 0;
                }
            }
            return true;
        }

        void values(Block b, int start, String table, String section, String row, String rowLabel, List<String[]> cols) {
            List<String> cs = b.cells();
            if (nonBlankBeyond(cs, start + cols.size())) {
                int[] at = Alignment.realign(cs, start, cols.size());
                if (at != null) {
                    for (int i = 0; i < cols.size(); i++) {
                        cells.add(new Cell(table, section, row, cols.get(i)[0], rowLabel, cols.get(i)[1],
                            Numbers.read(cs.get(at[i])), b.cellSrc(at[i])));
                    }
                    return;
                }
                if (Alignment.shifted(cs, start, cols.size())) {
                    for (int i = 0; i < cols.size(); i++) {
                        int k = start + i;
                        cells.add(new Cell(table, section, row, cols.get(i)[0], rowLabel, cols.get(i)[1],
                            Numbers.read(k < cs.size() ? cs.get(k) : null), b.cellSrc(k)));
                    }
                    issues.add(new ParseIssue("LAYOUT", section, table, row,
                        say("issue.rowBlankSurplus", rowLabel, cs.size() - start, cols.size(), b.text()), b.src()));
                    return;
                }
            }
            int have = Math.max(0, cs.size() - start);
            if (have < cols.size() && splitRunTogether(b, start, table, section, row, rowLabel, cols)) return;
            boolean runTogether = false;
            for (int i = start; i < Math.min(cs.size(), start + cols.size()); i++) {
                if (Numbers.read(cs.get(i)).getKind() == Value.Kind.UNREADABLE) runTogether = true;
            }
            boolean short_ = have < cols.size();
            for (int i = 0; i < cols.size(); i++) {
                int at = start + i;
                Value v = Numbers.read(at < cs.size() ? cs.get(at) : null);
                if (short_ && runTogether) v = Value.of(Value.Kind.UNREADABLE, at < cs.size() ? cs.get(at) : "");
                cells.add(new Cell(table, section, row, cols.get(i)[0], rowLabel, cols.get(i)[1], v, b.cellSrc(at)));
            }
            long extra = cs.stream().skip((long) start + cols.size())
                .filter(c -> !c.isBlank() && Numbers.read(c).getKind() != Value.Kind.UNREADABLE).count();
            if (extra > 0) {
                issues.add(new ParseIssue("LAYOUT", section, table, row, say("issue.rowExtra", rowLabel, cols.size(), extra, b.text()), b.src()));
            }
            if (short_) {
                issues.add(new ParseIssue("LAYOUT", section, table, row,
                    say(runTogether ? "issue.rowShortRunTogether" : "issue.rowShort", rowLabel, cols.size(), have), b.src()));
            } else if (runTogether) {
                issues.add(new ParseIssue("LAYOUT", section, table, row, say("issue.rowUnreadable", rowLabel), b.src()));
            }
        }
    }
}
