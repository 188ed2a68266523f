package org.ogicheck.parse;

import org.ogicheck.model.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogicheck.model.Report;
import org.ogicheck.read.Block;

/** Report metadata from the text before section 一 and the statistics-period sentence. */
final class Metadata {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern PUBLISHED = Pattern.compile(
        "(?:发布|公开|发文|成文|印发)(?:日期|时间)[:：]?((?:19|20)\\d{2})[-年/.](\\d{1,2})[-月/.](\\d{1,2})");
    private static final Pattern DATE_LINE = Pattern.compile(
        "^[(（]?((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日[)）]?$");
    /**
     * the date line under a signature, in the forms a clerk types it: 2024年1月17日, 2024-01-17, 2024.1.17, 2024/1/17, and
     * in Chinese numerals 二〇二四年一月十七日 (as many 公文 are dated)
     */
    private static final Pattern SIGNATURE_DATE = Pattern.compile("^[(（]?(?:((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日"
        + "|((?:19|20)\\d{2})([-/.])(\\d{1,2})\\5(\\d{1,2})|([一二][〇零○][〇零○一二三四五六七八九]{2})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日)[)）]?$");
    /**
     * the statistics period: 统计期限为2025年1月1日至12月31日, 本报告内容涵盖2025年1月1日至12月31日期间; a year may
     * have lost its 年 to a crawler that dropped the page's spans (统计期限自20251月1日至202512月31日)
     */
    private static final Pattern PERIOD = Pattern.compile(
        "(?:统计(?:期限|时限|区间|周期|时间|范围)?|涵盖|数据(?:期限|时限|区间|范围))[^。；;]{0,12}?((?:19|20)\\d{2})年?(\\d{1,2})月(\\d{1,2})日"
            + "[^。；;\\d]{0,6}?(?:((?:19|20)\\d{2})年?)?(\\d{1,2})月(\\d{1,2})日");
    /**
     * a sentence, no title: it ends as a sentence does, or cites the regulations it follows (根据《中华人民共和国政府信息
     * 公开条例》和《…年度报告格式》规定，编制本报告。 holds 年度报告 too)
     */
    private static final Pattern SENTENCE = Pattern.compile("[。；;]$|^(?:根据|按照|依据)");
    /** the report named with its year before section 一 (现将莲湖区北关街道办事处2025年政府信息公开工作年度报告予以公布) */
    private static final Pattern NAMED = Pattern.compile("((?:19|20)\\d{2})年度?政府信息公开(?:工作)?年度?报告");
    /** the first line of a title broken before 年度报告: it has the year and ends in 政府信息公开(工作) */
    private static final Pattern BROKEN_TITLE = Pattern.compile("(?:19|20)\\d{2}年度?政府信息公开(?:工作)?$");
    /** what a page or file read in the wrong encoding leaves before a name: ?? or U+FFFD */
    private static final Pattern MOJIBAKE = Pattern.compile("^[?？\uFFFD]+");
    /** "本报告由淮安市人民政府办公室…编制": the compiler named in the preamble */
    private static final Pattern COMPILED_BY = Pattern.compile("本(?:年度)?报告由([^，。；,;（(]{2,30}?)(?:根据|依据|按照|编制|负责)");
    /** how a department speaks of itself in its own report */
    private static final Pattern SELF_DEPARTMENT = Pattern.compile("我局|本局|我委|本委|我厅|本厅|本部门|我部门");
    /** how a people's government (or the body acting as one) speaks of itself */
    private static final Pattern SELF_GOVERNMENT = Pattern.compile("我区|我市|我县|我省|我镇|我乡|我旗|我州");
    /** a government's dispatched body, by the end of its name (an office of it, 管委会办公室, is a department) */
    private static final Pattern DISPATCHED = Pattern.compile("(管理委员会|管委会|街道办事处|街道办)$");
    private static final Pattern AGENCY_SUFFIX = Pattern.compile(
        "(人民政府|管理委员会|管委会|[局厅委办署院所站队室]|中心|办公室|办公厅|委员会)$");

    /** the article line of a site's page: 来源：X 时间：2024-03-08 15:34 (a date after 时间 on a line naming the source) */
    private static final Pattern SOURCE_TIME = Pattern.compile(
        "(?:信息来源|来源|发布机构|发布单位)[:：]?.{0,40}?(?<!采集|更新|浏览|访问)时间[:：]?((?:19|20)\\d{2})[-年/.](\\d{1,2})[-月/.](\\d{1,2})");
    /** the agency named on such a line or in such a row: 来源：X / 发布机构 X / 信息来源：X */
    private static final Pattern CHROME_AGENCY = Pattern.compile(
        "(?:信息来源|来源|发布机构|发布单位|发文机关)\\s*[:：]?\\s*([^\\s:：|\\t]{2,30}?)(?=\\s|[:：|\\t]|时间|发布|公开|日期|文号|$)");
    /** a label of a site's page before a title (标题：…, 名称 …; 称： of 名    称：, its first character lost with the spaces) */
    private static final Pattern TITLE_LABEL = Pattern.compile("^(?:标题|名称|题名|文章标题|信息名称|文件名称)[:：]?|^称[:：]");
    /** the end of a name a title's first line may be (泉州市丰泽区教育局 / 2025年政府信息公开工作年度报告), not a site's chrome (登录 注册) */
    private static final Pattern NAME_END = Pattern.compile(
        "(?:人民政府|管理委员会|管委会|[局厅委办署院所站队室]|中心|办公室|办公厅|委员会|[省市县区镇乡旗州盟村]|街道|苏木|社区|系统)$");

    private Metadata() {
    }

    static void fill(Report r, List<Block> blocks, int firstHeading, Map<String, String> meta) {
        int end = firstHeading < 0 ? Math.min(blocks.size(), 6) : firstHeading;
        String prev = null;
        java.util.Set<LocalDate> stated = new java.util.LinkedHashSet<>();
        LocalDate dateLine = null;
        for (int i = 0; i < end; i++) {
            Block b = blocks.get(i);
            String t = b.isRow() ? labelledTitle(b.cells()) : Text.norm(b.text());
            if (t == null) continue;
            boolean titleWithoutYear = r.getTitle() != null && !YEAR.matcher(r.getTitle()).find();
            if ((r.getTitle() == null || titleWithoutYear && YEAR.matcher(t).find())
                && (t.contains("年度报告") || t.contains("年报") || t.contains("工作报告")) && t.length() <= 60 && !SENTENCE.matcher(t).find()) {
                // a site's column name (政府信息公开年报) gives way to the report's own title, with its year
                String title = TITLE_LABEL.matcher(t).replaceFirst("");
                Matcher y = YEAR.matcher(t);
                if (y.find() && y.start() == 0 && prev != null && prev.length() <= 30 && !prev.matches(".*[:：\\d>＞›].*")
                    && NAME_END.matcher(prev).find()) {
                    title = prev + t;
                } else if (!y.find(0) && prev != null && BROKEN_TITLE.matcher(prev).find() && (prev + t).length() <= 60) {
                    // a title broken before its last words: 沐川县武圣乡2025年政府信息公开工作 / 年度报告
                    title = prev + t;
                }
                r.setTitle(title);
                Matcher ty = YEAR.matcher(title);
                if (ty.find()) r.setTitleYear(Integer.parseInt(ty.group(1)));
                String agency = agencyOf(title);
                if (agency != null) r.setAgency(agency, "title");
            }
            Matcher pm = PUBLISHED.matcher(t);
            while (nearTitle(blocks, i, end) && pm.find()) add(stated, pm);
            if (i <= 4) {
                LocalDate d = date(DATE_LINE.matcher(t));
                if (d != null && dateLine == null) dateLine = d;
            }
            prev = t;
        }
        // one publication date stated before section 一, or none: two cannot be told apart
        if (stated.size() == 1) r.setPublished(stated.iterator().next(), "text");
        else if (stated.isEmpty() && dateLine != null) r.setPublished(dateLine, "text");
        if (meta.containsKey("published") && r.getPublished() == null) {
            try {
                r.setPublished(LocalDate.parse(meta.get("published")), "page");
            } catch (DateTimeException ignored) {
                // page metadata that is not a date is not a publication date
            }
        }
        if (r.getTitle() == null && meta.containsKey("title")) {
            String t = Text.norm(meta.get("title"));
            r.setTitle(t);
            Matcher ty = YEAR.matcher(t);
            if (ty.find()) r.setTitleYear(Integer.parseInt(ty.group(1)));
            String agency = agencyOf(t);
            if (agency != null) r.setAgency(agency, "page");
        }
        if (r.getAgency() == null && meta.containsKey("agency")) r.setAgency(MOJIBAKE.matcher(meta.get("agency")).replaceFirst(""), "page");
        if (r.getTitleYear() == null) namedYear(r, blocks, end);
        if (r.getPublished() == null || r.getAgency() == null) chrome(r, blocks, end);
        if (r.getAgency() == null) compiler(r, blocks, end);
        signatureDate(r, blocks);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.isRow()) continue;
            String t = Text.norm(b.text());
            Matcher m = PERIOD.matcher(t);
            if (!m.find()) {
                // a PDF's paragraph comes line by line: "…统计时限为" / "2023 年 1 月 1 日至 2023 年 12 月 31 日。"
                if (i + 1 >= blocks.size() || blocks.get(i + 1).isRow() || !t.contains("统计")) continue;
                m = PERIOD.matcher(t + Text.norm(blocks.get(i + 1).text()));
                if (!m.find()) continue;
            }
            try {
                int y1 = Integer.parseInt(m.group(1));
                int y2 = m.group(4) == null ? y1 : Integer.parseInt(m.group(4));
                LocalDate start = LocalDate.of(y1, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                LocalDate stop = LocalDate.of(y2, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
                r.setPeriod(m.group(), start, stop, b.src());
                break;
            } catch (DateTimeException ignored) {
                // "2月30日" is no period; keep looking
            }
        }
    }

    /**
     * Without a title's year: the year of the report as its preamble names it (现公布广州市人民政府办公厅2024年政府信息
     * 公开工作年度报告), when the lines before section 一 name one year so; two years named tell nothing.
     */
    private static void namedYear(Report r, List<Block> blocks, int end) {
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        for (int i = 0; i < end; i++) {
            if (blocks.get(i).isRow()) continue;
            Matcher m = NAMED.matcher(Text.norm(blocks.get(i).text()));
            while (m.find()) years.add(Integer.parseInt(m.group(1)));
        }
        if (years.size() == 1) r.setTitleYear(years.iterator().next());
    }

    /**
     * The site chrome of a copied page before section 一 (text pasted from a browser keeps it): the
     * publication date of the article line (发布日期/公开日期 …, or 时间 on the line naming the source,
     * in a line or in a row of the page's info table) and the agency named there (来源/发布机构 …).
     * Only when unambiguous: one date (one agency) among all such places, within six lines of a line
     * naming the report (年度报告); a date of capture, update or visit is none.
     */
    private static void chrome(Report r, List<Block> blocks, int end) {
        java.util.Set<LocalDate> dates = new java.util.LinkedHashSet<>();
        java.util.Set<String> agencies = new java.util.LinkedHashSet<>();
        for (int i = 0; i < end; i++) {
            if (!nearTitle(blocks, i, end)) continue;
            Block b = blocks.get(i);
            String raw = b.isRow() ? String.join(" ", b.cells()) : b.text();
            String t = Text.norm(raw);
            Matcher pm = PUBLISHED.matcher(t);
            while (pm.find()) add(dates, pm);
            Matcher sm = SOURCE_TIME.matcher(t);
            while (sm.find()) add(dates, sm);
            Matcher am = CHROME_AGENCY.matcher(Text.halfWidth(raw).strip());
            while (am.find()) {
                String a = am.group(1).replaceAll("[，,。]$", "");
                if (AGENCY_SUFFIX.matcher(a).find() || a.endsWith("人民政府")) agencies.add(a);
            }
        }
        if (r.getPublished() == null && dates.size() == 1) r.setPublished(dates.iterator().next(), "page");
        if (r.getAgency() == null && agencies.size() == 1) r.setAgency(agencies.iterator().next(), "page");
    }

    private static void add(java.util.Set<LocalDate> dates, Matcher m) {
        try {
            dates.add(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException ignored) {
            // not a date
        }
    }

    /**
     * the title in a row of a page's info table, labelled 标题 or 名称 in its first cell (letter-spaced 标 题 too:
     * "标 题 | 连云港经济技术开发区管理委员会2024年政府信息公开工作年度报告 | |"), or null: a row is otherwise no title
     */
    private static String labelledTitle(List<String> cells) {
        List<String> filled = cells.stream().map(c -> Text.norm(c).replaceAll("\\s+", "")).filter(c -> !c.isEmpty()).toList();
        if (filled.size() < 2 || !TITLE_LABEL.matcher(filled.get(0)).find()
            || !TITLE_LABEL.matcher(filled.get(0)).replaceFirst("").isEmpty()) return null;
        return filled.get(1);
    }

    /** whether block i is within six blocks of a line naming the report (…年度报告, 年报, 工作报告) */
    private static boolean nearTitle(List<Block> blocks, int i, int end) {
        for (int k = Math.max(0, i - 6); k < Math.min(end, i + 7); k++) {
            Block b = blocks.get(k);
            String t = Text.norm(b.isRow() ? String.join("", b.cells()) : b.text());
            if (t.contains("年度报告") || t.contains("年报") || t.contains("工作报告")) return true;
        }
        return false;
    }

    /** the agency that compiled the report, from "本报告由…编制" before section 一 */
    private static void compiler(Report r, List<Block> blocks, int end) {
        for (int i = 0; i < end; i++) {
            Block b = blocks.get(i);
            if (b.isRow()) continue;
            Matcher m = COMPILED_BY.matcher(Text.norm(b.text()));
            if (m.find()) {
                r.setAgency(m.group(1), "text");
                return;
            }
        }
    }

    /**
     * a date line that closes the report, right after the signing agency ("沭阳县发展和改革局 /
     * 2024年1月17日"): the date the report is signed on; it was published on it or later, so it serves as the
     * publication date when no other is known
     */
    private static void signatureDate(Report r, List<Block> blocks) {
        int last = blocks.size() - 1;
        if (last < 1 || blocks.get(last).isRow() || blocks.get(last - 1).isRow()) return;
        String signer = Text.norm(blocks.get(last - 1).text());
        if (signer.length() > 30 || !AGENCY_SUFFIX.matcher(signer).find()) return;
        LocalDate d = dateOfLine(Text.norm(blocks.get(last).text()));
        if (d == null) return;
        r.setSigned(d);
        if (r.getPublished() == null) r.setPublished(d, "signature");
    }

    /** the date of a signature's date line ({@link #SIGNATURE_DATE}), or null */
    static LocalDate dateOfLine(String line) {
        Matcher m = SIGNATURE_DATE.matcher(line.replace('○', '〇'));
        if (!m.matches()) return null;
        int[] g = m.group(1) != null ? new int[] {1, 2, 3} : m.group(4) != null ? new int[] {4, 6, 7} : new int[] {8, 9, 10};
        try {
            return LocalDate.of(ClaimReader.number(m.group(g[0])).intValueExact(), ClaimReader.number(m.group(g[1])).intValueExact(),
                ClaimReader.number(m.group(g[2])).intValueExact());
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * department or government from how the narrative names its own agency (我局 … / 我区, 我市 …),
     * or null when it uses neither or both
     */
    static String kindFromText(String text) {
        boolean dept = SELF_DEPARTMENT.matcher(text).find();
        boolean gov = SELF_GOVERNMENT.matcher(text).find();
        if (dept == gov) return null;
        return dept ? Report.DEPARTMENT : Report.GOVERNMENT;
    }

    /**
     * the agency named in a title: the text before the year, or before 政府信息公开 — without a year the page put before
     * it (2025湖口县大垅乡2025年度…), the 政府信息公开工作 a title may name before its year (连云区教育局政府信息公开工作2025年度报告)
     * or the words of a covering notice (泉州市丰泽区教育局关于印发2025年…的通知)
     */
    static String agencyOf(String title) {
        String t = MOJIBAKE.matcher(title).replaceFirst("").replaceFirst("^关于", "");
        Matcher y = YEAR.matcher(t);
        String head = null;
        if (y.find() && y.start() > 0) head = t.substring(0, y.start());
        else {
            int k = t.indexOf("政府信息公开");
            if (k > 0) head = t.substring(0, k);
        }
        if (head == null) return null;
        int k = head.indexOf("政府信息公开");
        if (k > 0) head = head.substring(0, k);
        head = head.replaceAll("(?:19|20)\\d{2}(?:年度|年)?", "").replaceFirst("(?:关于)?(?:印发|公布|发布)$", "");
        head = head.replaceAll("[\\p{P}\\s]+$", "");
        return head.length() >= 2 ? head : null;
    }

    /**
     * department, government or null, from the agency's name. A management committee (开发区、新区管委会) or a
     * street office (街道办事处) is a government's dispatched body: by its name neither a people's government nor
     * one of its departments, so Art. 49 does not say by its name which deadline is its (null).
     */
    static String kindOf(String agency) {
        if (agency == null) return null;
        if (agency.endsWith("人民政府")) return Report.GOVERNMENT;
        if (dispatched(agency)) return null;
        Matcher m = AGENCY_SUFFIX.matcher(agency);
        return m.find() ? Report.DEPARTMENT : null;
    }

    /**
     * whether the agency is a government's dispatched body (管委会, 街道办事处): how its text names itself (我委, 我区)
     * does not make it a department or a government either
     */
    static boolean dispatched(String agency) {
        return agency != null && DISPATCHED.matcher(agency).find();
    }

    private static LocalDate date(Matcher m) {
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
