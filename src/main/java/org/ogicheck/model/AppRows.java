package org.ogicheck.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The row keys of the applications table (section 三) with their official labels and the headings
 * above them, as both official formats print them. Knowledge of the format, shared by the parser
 * (which matches written labels to keys) and the renderers (which print the official labels).
 */
public final class AppRows {
    private AppRows() {
    }

    /** the key prefix of each numbered group （一）…（七） of 三、本年度办理结果, by group number */
    public static final List<String> GROUP_PREFIX =
        List.of("", "granted", "partlyGranted", "denied", "unable", "notProcessed", "other", "total");

    /** the data rows both formats have, in order; （六）其他处理 is one row (2019) or three (2021) and is not listed */
    public static final List<String> REQUIRED = List.of("received", "carriedIn", "granted", "partlyGranted",
        "denied.1", "denied.2", "denied.3", "denied.4", "denied.5", "denied.6", "denied.7", "denied.8",
        "unable.1", "unable.2", "unable.3", "notProcessed.1", "notProcessed.2", "notProcessed.3", "notProcessed.4",
        "notProcessed.5", "total", "carriedOut");

    private static final Map<String, String> LABELS = Map.ofEntries(
        Map.entry("received", "一、本年新收政府信息公开申请数量"),
        Map.entry("carriedIn", "二、上年结转政府信息公开申请数量"),
        Map.entry("granted", "（一）予以公开"),
        Map.entry("partlyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        Map.entry("denied.1", "1.属于国家秘密"), Map.entry("denied.2", "2.其他法律行政法规禁止公开"),
        Map.entry("denied.3", "3.危及“三安全一稳定”"), Map.entry("denied.4", "4.保护第三方合法权益"),
        Map.entry("denied.5", "5.属于三类内部事务信息"), Map.entry("denied.6", "6.属于四类过程性信息"),
        Map.entry("denied.7", "7.属于行政执法案卷"), Map.entry("denied.8", "8.属于行政查询事项"),
        Map.entry("unable.1", "1.本机关不掌握相关政府信息"), Map.entry("unable.2", "2.没有现成信息需要另行制作"),
        Map.entry("unable.3", "3.补正后申请内容仍不明确"),
        Map.entry("notProcessed.1", "1.信访举报投诉类申请"), Map.entry("notProcessed.2", "2.重复申请"),
        Map.entry("notProcessed.3", "3.要求提供公开出版物"), Map.entry("notProcessed.4", "4.无正当理由大量反复申请"),
        Map.entry("notProcessed.5", "5.要求行政机关确认或重新出具已获取信息"),
        Map.entry("other", "（六）其他处理"),
        Map.entry("other.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        Map.entry("other.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        Map.entry("other.3", "3.其他"),
        Map.entry("total", "（七）总计"),
        Map.entry("carriedOut", "四、结转下年度继续办理"));
    private static final String[] GROUP_LABELS = {"", "", "", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"};

    /** the official label of a group of 三、本年度办理结果 by its key prefix (denied → （三）不予公开), or null */
    public static String groupLabel(String prefix) {
        int group = GROUP_PREFIX.indexOf(prefix);
        return group >= 3 && group < GROUP_LABELS.length ? GROUP_LABELS[group] : null;
    }

    /** every official row label of the applications table */
    public static java.util.Collection<String> officialLabels() {
        return LABELS.values();
    }

    /** the official label of an applications-table row key, or null for a key the formats do not have */
    public static String label(String rowKey) {
        return LABELS.get(rowKey);
    }

    /**
     * the official headings above an applications-table row, outermost first: 三、本年度办理结果 for
     * the results, and （三）不予公开 … （六）其他处理 for their numbered sub-items
     */
    public static List<String> groups(String rowKey) {
        List<String> out = new ArrayList<>();
        if (List.of("received", "carriedIn", "carriedOut").contains(rowKey)) return out;
        out.add("三、本年度办理结果");
        int dot = rowKey.indexOf('.');
        if (dot > 0) {
            int group = GROUP_PREFIX.indexOf(rowKey.substring(0, dot));
            if (group > 0 && group < GROUP_LABELS.length) out.add(GROUP_LABELS[group]);
        }
        return out;
    }
}
