package org.ogicheck.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the two official formats look like: row and column keys with their official labels, and
 * the tolerant matching of a written label to a key. Knowledge of the format only; no judgement
 * (the rules decide what is required).
 */
public final class Layout {
    private Layout() {
    }

    // ---- section 三, applications table --------------------------------------------------------

    public static final List<String> APP_COLUMNS =
        List.of("natural", "commercial", "research", "publicInterest", "legal", "otherOrg", "total");
    public static final List<String> APP_COLUMN_LABELS =
        List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    /** the official label of an applications-table row key, or null for a key the formats do not have */
    public static String appRowLabel(String rowKey) {
        return AppRows.label(rowKey);
    }

    /** the official headings above an applications-table row, outermost first (see {@link AppRows#groups}) */
    public static List<String> appRowGroups(String rowKey) {
        return AppRows.groups(rowKey);
    }

    private static final String[][] DENIED = {
        {"国家秘密"}, {"其他法律", "禁止公开", "行政法规"}, {"三安全", "一稳定"}, {"第三方"},
        {"内部事务"}, {"过程性"}, {"执法案卷"}, {"行政查询"}};
    private static final String[][] UNABLE = {{"不掌握"}, {"另行制作", "没有现成"}, {"不明确", "补正后"}};
    private static final String[][] NOT_PROCESSED = {
        {"信访", "举报", "投诉"}, {"重复申请"}, {"出版物"}, {"大量反复"}, {"确认", "重新出具"}};
    private static final String[][] OTHER = {{"不补正"}, {"收费", "缴纳"}, {"其他"}};
    private static final String[] GROUP_PREFIX = AppRows.GROUP_PREFIX.toArray(String[]::new);

    private static final Pattern TOP = Pattern.compile("^([一二三四])[、.,]");
    private static final Pattern GROUP = Pattern.compile("^\\(([一二三四五六七])\\)");
    private static final Pattern SUB = Pattern.compile("^(\\d)[.、,]");
    /** a numbered item (1. 2. …) starting a label or following its words */
    private static final Pattern ITEM = Pattern.compile("(?:^|[^\\d.．])[1-9][.．、](?=\\s*\\p{IsHan})");

    /** group number 1..7 of a label like （三）不予公开, else 0 */
    public static int appGroup(String normLabel) {
        Matcher m = GROUP.matcher(normLabel);
        if (m.find()) return Text.cnNumber(m.group(1));
        if (normLabel.contains("不予公开")) return 3;
        if (normLabel.contains("无法提供")) return 4;
        if (normLabel.contains("不予处理")) return 5;
        if (normLabel.contains("其他处理")) return 6;
        return 0;
    }

    /**
     * The row key for the labels of one row of the applications table.
     *
     * @param labels  the row's label cells, normalised
     * @param group   the group (（三）…（六）) in force from earlier rows
     * @return the key (received, carriedIn, granted, denied.3, other, other.2, total, carriedOut …),
     * or null when the labels name no data row
     */
    public static String appRowKey(List<String> labels, int group) {
        String last = labels.get(labels.size() - 1);
        // two numbered items in one label are two rows run together (a row border lost, e.g. at a page
        // break): no row can be told from it
        if (ITEM.matcher(last).results().count() > 1) return null;
        Matcher sub = SUB.matcher(last);
        if (sub.find() && group >= 3 && group <= 6) {
            int n = Integer.parseInt(sub.group(1));
            return GROUP_PREFIX[group] + "." + n;
        }
        if (group >= 3 && group <= 6 && !GROUP.matcher(last).find() && !TOP.matcher(last).find()) {
            String byWords = subByWords(group, last);
            if (byWords != null) return byWords;
        }
        Matcher g = GROUP.matcher(last);
        if (g.find()) {
            int n = Text.cnNumber(g.group(1));
            if (n == 1 || n == 2 || n == 6 || n == 7) return GROUP_PREFIX[n];
            return null;
        }
        Matcher top = TOP.matcher(last);
        if (top.find()) {
            int n = Text.cnNumber(top.group(1));
            if (n == 1) return "received";
            if (n == 2) return "carriedIn";
            if (n == 4) return "carriedOut";
            return null;
        }
        if (last.contains("新收")) return "received";
        if (last.contains("上年结转")) return "carriedIn";
        if (last.contains("结转下年")) return "carriedOut";
        if (last.contains("总计")) return "total";
        if (last.contains("部分公开")) return "partlyGranted";
        if (last.contains("予以公开") && !last.contains("不予")) return "granted";
        if (last.contains("其他处理")) return "other";
        for (int gr = 3; gr <= 6; gr++) {
            String k = subByWords(gr, last);
            if (k != null && gr != 6) return k;
        }
        return null;
    }

    private static String subByWords(int group, String label) {
        String[][] table = switch (group) {
            case 3 -> DENIED;
            case 4 -> UNABLE;
            case 5 -> NOT_PROCESSED;
            default -> OTHER;
        };
        for (int i = 0; i < table.length; i++) {
            for (String w : table[i]) {
                if (label.contains(w)) return GROUP_PREFIX[group] + "." + (i + 1);
            }
        }
        return null;
    }

    // ---- section 四, litigation table ----------------------------------------------------------

    public static final List<String> LIT_ROWS = List.of("review", "direct", "afterReview");
    public static final List<String> LIT_ROW_LABELS = List.of("行政复议", "行政诉讼·未经复议直接起诉", "行政诉讼·复议后起诉");
    public static final List<String> LIT_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");
    public static final List<String> LIT_COLUMN_LABELS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    /** the corner cell of table 四's header, or a data row's label that names no row (normalised text): no column */
    public static final Pattern LIT_CORNER = Pattern.compile("(项目|类别|类型|事项|内容|情况|数量|件数|案件数|单位[:：]?件?|\\(?件\\)?)");

    /** the row of table 四 a label names when the table is written one row per group (行政复议, 直接起诉, 复议后起诉), or null */
    public static String litRowKey(String normLabel) {
        if (normLabel.contains("复议后起诉")) return "afterReview";
        if (normLabel.contains("直接起诉") || normLabel.contains("未经复议")) return "direct";
        if (normLabel.contains("行政复议") && !normLabel.contains("诉讼")) return "review";
        return null;
    }

    // ---- section 二, Article 20 blocks -----------------------------------------------------------

    private static final Pattern A20_CAPTION = Pattern.compile("第二十条第\\(?([一二三四五六七八九十]+)\\)?项");

    /** the item (一, 五, 六, 八, 九 …) named by a 第二十条第（X）项 caption, or null */
    public static String a20Item(String normText) {
        return Text.find(A20_CAPTION, normText);
    }

    /**
     * a 第二十条 caption that lost its item ("第二十条第" alone: a page's text where 第（一）项 was in an element the
     * copy dropped); which block it is, its rows tell
     */
    public static boolean a20CaptionAlone(String normText) {
        return normText.equals("第二十条第") || normText.equals("第二十条");
    }

    /** row key of an Article 20 row label within a block (item may be null: inferred) */
    public static String a20RowKey(String item, String normLabel) {
        if (normLabel.contains("规章")) return "rules";
        if (normLabel.contains("规范性文件")) return "normativeDocs";
        if (normLabel.contains("行政许可")) return "license";
        if (normLabel.contains("对外管理") || normLabel.contains("服务事项")) return "otherServices";
        if (normLabel.contains("行政处罚")) return "penalty";
        if (normLabel.contains("行政强制")) return "enforcement";
        if (normLabel.contains("收费")) return "fees";
        if (normLabel.contains("采购")) return "procurement";
        return null;
    }

    /** the rows of a block in either edition (key, label pairs) */
    public static List<String[]> a20Rows(String item) {
        return switch (item) {
            case "一" -> List.of(new String[] {"rules", "规章"}, new String[] {"normativeDocs", "规范性文件"});
            case "五" -> List.of(new String[] {"license", "行政许可"}, new String[] {"otherServices", "其他对外管理服务事项"});
            case "六" -> List.of(new String[] {"penalty", "行政处罚"}, new String[] {"enforcement", "行政强制"});
            case "八" -> List.<String[]>of(new String[] {"fees", "行政事业性收费"});
            case "九" -> List.<String[]>of(new String[] {"procurement", "政府集中采购"});
            default -> List.of();
        };
    }

    /** the rows of a block in an edition: the 2021 format's （五） has 行政许可 only */
    public static List<String[]> a20Rows(String item, String edition) {
        List<String[]> rows = a20Rows(item);
        return "2021".equals(edition) ? rows.stream().filter(r -> !r[0].equals("otherServices")).toList() : rows;
    }

    /** the block a row key belongs to */
    public static String a20ItemOfRow(String rowKey) {
        return switch (rowKey) {
            case "rules", "normativeDocs" -> "一";
            case "license", "otherServices" -> "五";
            case "penalty", "enforcement" -> "六";
            case "fees" -> "八";
            case "procurement" -> "九";
            default -> null;
        };
    }

    /** column key of an Article 20 header label, or null */
    public static String a20ColumnKey(String normLabel) {
        if (normLabel.contains("新制作")) return "newMade";
        if (normLabel.contains("新公开")) return "newPublished";
        if (normLabel.contains("公开总")) return "totalPublished";
        if (normLabel.contains("上一年") || normLabel.contains("上年")) return "prevCount";
        if (normLabel.contains("增") || normLabel.contains("减")) return "change";
        if (normLabel.contains("处理决定")) return "decisions";
        if (normLabel.contains("制发")) return "issued";
        if (normLabel.contains("废止")) return "repealed";
        if (normLabel.contains("现行有效")) return "inForce";
        if (normLabel.contains("采购项目")) return "projects";
        if (normLabel.contains("金额")) return "amount";
        return null;
    }

    /** the official columns of a block in an edition, with their labels (key, label pairs) */
    public static List<String[]> a20DefaultColumns(String edition, String item) {
        boolean e2021 = "2021".equals(edition);
        return switch (item) {
            case "一" -> e2021
                ? List.of(new String[] {"issued", "本年制发件数"}, new String[] {"repealed", "本年废止件数"},
                    new String[] {"inForce", "现行有效件数"})
                : List.of(new String[] {"newMade", "本年新制作数量"}, new String[] {"newPublished", "本年新公开数量"},
                    new String[] {"totalPublished", "对外公开总数量"});
            case "五", "六" -> e2021
                ? List.<String[]>of(new String[] {"decisions", "本年处理决定数量"})
                : List.of(new String[] {"prevCount", "上一年项目数量"}, new String[] {"change", "本年增/减"},
                    new String[] {"decisions", "处理决定数量"});
            case "八" -> e2021
                ? List.<String[]>of(new String[] {"amount", "本年收费金额（单位：万元）"})
                : List.of(new String[] {"prevCount", "上一年项目数量"}, new String[] {"change", "本年增/减"});
            case "九" -> List.of(new String[] {"projects", "采购项目数量"}, new String[] {"amount", "采购总金额"});
            default -> List.of();
        };
    }

    /** the column names of the 第二十条 blocks of both editions, normalised */
    private static final List<String> A20_NAMES = a20Names();

    private static List<String> a20Names() {
        List<String> out = new ArrayList<>();
        for (String edition : List.of("2019", "2021")) {
            for (String item : List.of("一", "五", "六", "八", "九")) {
                for (String[] c : Layout.a20DefaultColumns(edition, item)) if (!out.contains(Text.norm(c[1]))) out.add(Text.norm(c[1]));
            }
        }
        return out;
    }

    /**
     * a word of a 第二十条 block's header: 信息内容, a column name of either edition, or the start of one (a text cut
     * inside it: 本 of 本年制发件数, 信息 of 信息内容)
     */
    public static boolean a20HeaderWord(String norm) {
        if (norm.isEmpty()) return false;
        if ("信息内容".startsWith(norm)) return true;
        for (String n : A20_NAMES) if (n.startsWith(norm)) return true;
        return false;
    }

    /**
     * A block's header whose names are cut short (本年新 | 本年新 | 对外公开总数量: a page that cut each cell's text
     * at its line break): the format's columns of the one edition whose names, in order, start with these names — as
     * many, at least one cut short. Null when no edition's names fit, or the two editions' different names both do.
     */
    public static List<String[]> a20CutShort(String item, List<String> norms) {
        List<String[]> fits = null;
        for (String edition : List.of("2019", "2021")) {
            List<String[]> format = a20DefaultColumns(edition, item);
            if (format.size() != norms.size()) continue;
            boolean starts = true;
            boolean cut = false;
            for (int i = 0; i < norms.size() && starts; i++) {
                String name = Text.norm(format.get(i)[1]);
                starts = !norms.get(i).isEmpty() && name.startsWith(norms.get(i));
                cut |= !name.equals(norms.get(i));
            }
            if (!starts || !cut) continue;
            // （九） is the same in both editions
            if (fits != null && !keys(fits).equals(keys(format))) return null;
            fits = format;
        }
        return fits;
    }

    private static List<String> keys(List<String[]> columns) {
        return columns.stream().map(c -> c[0]).toList();
    }

    /**
     * a header's column names run together ("本年制发件数本年废止件数现行有效件数": a crawler's text of a row of cells)
     * parted into the format's names, when it is two or more of them one after another and nothing else; else null
     */
    public static List<String> a20RunTogether(String norm) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at < norm.length()) {
            String next = null;
            for (String n : A20_NAMES) if (norm.startsWith(n, at) && (next == null || n.length() > next.length())) next = n;
            if (next == null) return null;
            out.add(next);
            at += next.length();
        }
        return out.size() >= 2 ? out : null;
    }

    // ---- format edition markers ---------------------------------------------------------------

    public static final List<String> MARKERS_2019 =
        List.of("上一年项目数量", "本年增/减", "本年新制作数量", "对外公开总数量", "第二十条第(九)项", "本年新公开数量");
    public static final List<String> MARKERS_2021 =
        List.of("本年制发件数", "现行有效件数", "本年收费金额", "逾期未按收费通知要求缴纳费用", "本年废止件数");
}
