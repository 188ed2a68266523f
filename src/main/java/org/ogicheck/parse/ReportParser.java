package org.ogicheck.parse;

import org.ogicheck.model.Layout;
import org.ogicheck.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        for (Block b : doc.blocks()) {
            if (b.isImage()) imagesAt.add(blocks.size());
            else blocks.add(b);
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

        State st = new State(report.getEdition());
        Map<Integer, Integer> headingAt = new HashMap<>();
        for (Headings.Heading h : headings) headingAt.put(h.block(), h.number());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Integer sec = headingAt.get(i);
            if (sec != null) {
                st.ctx = switch (sec) {
                    case 2 -> Ctx.A20;
                    case 3 -> Ctx.APP;
                    case 4 -> Ctx.LIT;
                    default -> Ctx.NONE;
                };
                continue;
            }
            st.row(b);
        }
        applyOptions(report, opt);
        for (Document.Issue i : doc.issues()) st.issues.add(new ParseIssue(i.kind(), null, null, null, i.detail(), i.src()));
        List<Cell> cells = withholdUnsure(st.cells, st.issues);
        metadataIssues(report, st.issues);
        return new ParsedReport(report, sections, st.tables, cells, st.issues, new ArrayList<>(sentences(blocks, headings)));
    }

    /**
     * The one place that decides which cells the rules may judge. A table row with a layout issue
     * (a layout-issue finding) — or the whole table, when the issue names no row — is read but not
     * trusted: its cells stay facts (so no rule takes the row for missing) with their values
     * withheld ({@link Value.Kind#WITHHELD}: no number, no blank), so every rule, the narrative
     * rules included, says nothing about them; the layout-issue finding says why.
     */
    static List<Cell> withholdUnsure(List<Cell> cells, List<ParseIssue> issues) {
        List<String> rows = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        for (ParseIssue i : issues) {
            if (!"LAYOUT".equals(i.kind()) || i.table() == null) continue;
            if (i.row() != null) rows.add(i.table() + "/" + i.row());
            else tables.add(i.table());
        }
        if (rows.isEmpty() && tables.isEmpty()) return cells;
        List<Cell> out = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            boolean unsure = rows.contains(c.getTable() + "/" + c.getRow()) || tables.contains(c.getTable())
                || c.getTable().startsWith("A20.") && tables.contains("A20");
            out.add(unsure ? c.withhold() : c);
        }
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

    private static void applyOptions(Report r, Options opt) {
        if (opt.agency() != null) r.setAgency(opt.agency(), "user");
        if (opt.kind() != null) r.setKind(opt.kind(), "user");
        else if (r.getAgency() != null && Metadata.kindOf(r.getAgency()) != null && !"text".equals(r.getAgencyFrom())) {
            r.setKind(Metadata.kindOf(r.getAgency()), "name");
        }
        if (r.getKind() == null && Metadata.kindFromText(r.getFullText()) != null) {
            r.setKind(Metadata.kindFromText(r.getFullText()), "text");
        }
        if (opt.year() != null) r.setYear(opt.year(), "user");
        else if (r.getTitleYear() != null) r.setYear(r.getTitleYear(), "title");
        else if (r.getPeriodYear() != null) r.setYear(r.getPeriodYear(), "period");
        if (opt.published() != null) r.setPublished(opt.published(), "user");
    }

    private static void metadataIssues(Report r, List<ParseIssue> issues) {
        if (r.getAgency() == null) issues.add(meta("agency", "发布机关名称"));
        if (r.getKind() == null) issues.add(meta("kind", "机关类型（政府或部门）"));
        if (r.getYear() == null) issues.add(meta("year", "报告年度"));
        if (r.getPublished() == null) issues.add(meta("published", "发布日期"));
    }

    private static ParseIssue meta(String field, String zh) {
        return new ParseIssue("METADATA", null, field, null, zh, SourceRef.NONE);
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
        /** the leaf columns table 三's header names, in order (a key, or null for a column the format has not), or null */
        List<String> appHeader;

        State(String edition) {
            this.edition = "2021".equals(edition) ? "2021" : "2019";
        }

        void row(Block b) {
            String t = Text.norm(b.text());
            String item = Layout.a20Item(t);
            if (item != null && (t.length() <= 40 || captionFirst(b))) {
                ctx = Ctx.A20;
                a20Item = item;
                table("A20." + item, "二", b);
                if (captionFirst(b)) {
                    // the caption in a merged first column, the block's first row beside it
                    List<String> rest = b.cells().subList(1, b.cells().size());
                    if (rest.stream().anyMatch(c -> !c.isBlank())) {
                        Block sub = Block.row(rest, b.cellSrcs().subList(1, b.cellSrcs().size()), b.src());
                        a20(sub, Text.norm(sub.text()));
                    }
                }
                return;
            }
            if (!b.isRow()) return;
            if (t.contains("勾稽") || t.contains("申请人情况")) {
                ctx = Ctx.APP;
                table("APP", "三", b);
                return;
            }
            if (ctx != Ctx.LIT && !litDone && t.contains("行政复议") && t.contains("行政诉讼")) {
                ctx = Ctx.LIT;
                table("LIT", "四", b);
                return;
            }
            switch (ctx) {
                case A20 -> a20(b, t);
                case APP -> app(b);
                case LIT -> lit(b);
                default -> { }
            }
        }

        /** a row whose first cell is the whole 第二十条 caption */
        static boolean captionFirst(Block b) {
            return b.isRow() && b.cells().size() > 1 && Layout.a20Item(Text.norm(b.cells().get(0))) != null;
        }

        void table(String id, String section, Block b) {
            for (TableFact f : tables) if (f.id().equals(id)) return;
            tables.add(new TableFact(id, section, b.text(), b.src()));
        }

        /** index of the first value cell after the leading label cells */
        static int labelEnd(List<String> cells) {
            int end = 0;
            for (int i = 0; i < cells.size(); i++) {
                String c = cells.get(i);
                if (!Numbers.isValueLike(c)) {
                    end = i + 1;
                } else if (!c.isBlank() || !labelFollows(cells, i)) {
                    break;
                }
            }
            return end;
        }

        /** whether a label cell comes after position i before any non-blank value (an empty sub-label cell) */
        static boolean labelFollows(List<String> cells, int i) {
            for (int j = i + 1; j < cells.size(); j++) {
                String c = cells.get(j);
                if (!Numbers.isValueLike(c)) return true;
                if (!c.isBlank()) return false;
            }
            return false;
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
                for (int i = 1; i < cs.size(); i++) {
                    String label = cs.get(i);
                    if (label.isBlank() || label.equals(prevLabel)) continue;
                    prevLabel = label;
                    String key = Layout.a20ColumnKey(Text.norm(label));
                    cols.add(new String[] {key == null ? "col" + i : key, label});
                }
                if (a20Item != null) a20Columns.put(a20Item, cols);
                return;
            }
            int end = labelEnd(cs);
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
            if (key == null) {
                issues.add(new ParseIssue("LAYOUT", "二", a20Item == null ? "A20" : "A20." + a20Item, null,
                    "第二十条表格中无法识别的行：" + b.text(), b.src()));
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
            if (t.contains("自然人") || t.contains("商业企业") || t.contains("法人或其他组织")) {
                appHeader = Alignment.appHeader(appHeader, cs);
                return;
            }
            int end = labelEnd(cs);
            // text where a number belongs is not a label: give back trailing "labels" the row's values need
            while (end > 1 && cs.size() - end < Layout.APP_COLUMNS.size()
                && !labels(cs, end - 1).isEmpty() && Layout.appRowKey(labels(cs, end - 1), appGroup) != null) {
                end--;
            }
            List<String> labels = labels(cs, end);
            if (labels.isEmpty()) {
                issues.add(new ParseIssue("LAYOUT", "三", "APP", null, "申请情况表中没有行名的一行：" + b.text(), b.src()));
                return;
            }
            for (String l : labels) {
                int g = Layout.appGroup(l);
                if (g > 0) appGroup = g;
            }
            String key = Layout.appRowKey(labels, appGroup);
            if (key == null) {
                // a group label on a row of its own (三、本年度办理结果, （三）不予公开) carries no numbers
                boolean values = cs.stream().skip(end).anyMatch(c -> !c.isBlank());
                if (values) {
                    issues.add(new ParseIssue("LAYOUT", "三", "APP", null, "申请情况表中无法识别的行：" + b.text(), b.src()));
                }
                return;
            }
            if (key.equals("received") || key.equals("carriedIn") || key.equals("total") || key.equals("carriedOut")) {
                appGroup = 0;
            }
            if (seenRows.put("APP/" + key, true) != null) {
                issues.add(new ParseIssue("LAYOUT", "三", "APP", key, "申请情况表中重复的行：" + b.text(), b.src()));
                return;
            }
            List<String[]> cols = new ArrayList<>();
            for (int i = 0; i < Layout.APP_COLUMNS.size(); i++) {
                cols.add(new String[] {Layout.APP_COLUMNS.get(i), Layout.APP_COLUMN_LABELS.get(i)});
            }
            table("APP", "三", b);
            int[] byHeader = Alignment.byHeader(appHeader, Layout.APP_COLUMNS, cs, end);
            if (byHeader != null) {
                // more columns than the format, each named by the header (法人或其他组织 小计 …): the format's by name
                for (int i = 0; i < cols.size(); i++) {
                    cells.add(new Cell("APP", "三", key, cols.get(i)[0], String.join(" ", labels), cols.get(i)[1],
                        Numbers.read(cs.get(byHeader[i])), b.cellSrc(byHeader[i])));
                }
                return;
            }
            values(b, end, "APP", "三", key, String.join(" ", labels), cols);
        }

        void lit(Block b) {
            if (litDone) return;
            List<String> cs = b.cells();
            int end = labelEnd(cs);
            // the data row has no label: a leading text cell is a value written as text
            if (end > 0 && cs.size() >= 15 && cs.size() - end < 15) end = 0;
            long numbers = cs.stream().skip(end).filter(c -> Numbers.read(c).isNumeric()).count();
            if (numbers == 0 || end > 1) return;
            litDone = true;
            table("LIT", "四", b);
            int[] aligned = nonBlankBeyond(cs, end + 15) ? Alignment.realign(cs, end, 15) : null;
            if (aligned == null && nonBlankBeyond(cs, end + 15) && Alignment.shifted(cs, end, 15)) {
                issues.add(new ParseIssue("LAYOUT", "四", "LIT", null, "复议诉讼表数据行有" + (cs.size() - end)
                    + "个单元格，应有15个；多出的空白单元格可对应不同的列，无法确定如何对齐：" + b.text(), b.src()));
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
            long extra = aligned != null ? 0 : cs.stream().skip(end + 15L).filter(c -> !c.isBlank()).count();
            if (extra > 0 && issues.stream().noneMatch(i -> "LIT".equals(i.table()))) {
                issues.add(new ParseIssue("LAYOUT", "四", "LIT", null,
                    "复议诉讼表数据行多出" + extra + "个非空单元格：" + b.text(), b.src()));
            }
        }

        static boolean nonBlankBeyond(List<String> cs, int from) {
            for (int i = from; i < cs.size(); i++) {
                if (!cs.get(i).isBlank() && Numbers.read(cs.get(i)).getKind() != Value.Kind.UNREADABLE) return true;
            }
            return false;
        }

        /** cells of one data row; a row with too few cells is a layout issue, never zeros */
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
                        "“" + rowLabel + "”一行有" + (cs.size() - start) + "个单元格，应有" + cols.size()
                            + "个数值单元格；多出的空白单元格可对应不同的列，无法确定如何对齐：" + b.text(), b.src()));
                    return;
                }
            }
            int have = Math.max(0, cs.size() - start);
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
                issues.add(new ParseIssue("LAYOUT", section, table, row,
                    "“" + rowLabel + "”一行应有" + cols.size() + "个数值单元格，多出" + extra + "个非空单元格：" + b.text(), b.src()));
            }
            if (short_) {
                issues.add(new ParseIssue("LAYOUT", section, table, row,
                    "“" + rowLabel + "”一行应有" + cols.size() + "个数值单元格，读到" + have + "个"
                        + (runTogether ? "（单元格连在一起，无法拆分）" : ""), b.src()));
            } else if (runTogether) {
                issues.add(new ParseIssue("LAYOUT", section, table, row, "“" + rowLabel + "”一行有无法读取的单元格", b.src()));
            }
        }
    }
}
