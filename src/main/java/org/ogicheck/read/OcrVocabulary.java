package org.ogicheck.read;

import org.ogicheck.model.Text;
import java.util.List;

/**
 * The fixed words of the report tables (the national formats of 2019 and 2021: captions, column
 * heads and row labels). An OCR-read label cell that is close to exactly one of them — a character
 * or two misread — is read as that word; anything else stays as read. Numbers are never touched.
 */
final class OcrVocabulary {
    static final List<String> WORDS = List.of(
        // section 二 (2021 and 2019)
        "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项",
        "第二十条第（十）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "行政规范性文件", "规范性文件",
        "本年处理决定数量", "行政许可", "行政处罚", "行政强制", "本年收费金额（单位：万元）", "行政事业性收费",
        "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量",
        "采购项目数量", "采购总金额", "政府集中采购", "其他对外管理服务事项",
        // section 三
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "法人或其他组织",
        "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计",
        "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果",
        "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开",
        "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
        "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
        "（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
        "（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
        "（七）总计", "四、结转下年度继续办理",
        // section 四
        "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉");

    private OcrVocabulary() {
    }

    /** the word of the formats that {@code text} is a misreading of, or {@code text} itself */
    static String correct(String text) {
        String t = plain(text);
        if (t.isEmpty() || t.chars().anyMatch(Character::isDigit) && t.codePoints().noneMatch(OcrVocabulary::han)) return text;
        if (t.codePoints().noneMatch(OcrVocabulary::han)) return text;
        String marker = marker(t);
        // an item's number is never changed: 5. stays 5., （三） stays （三）
        Closest c = closest(t, p -> marker.equals(marker(p)) ? p : null);
        if (c.word() != null && c.best() >= 1) return c.word();
        // close enough, and clearly closer to this word than to any other
        boolean close = c.word() != null && (plain(c.word()).length() <= 2 ? c.best() >= 0.5 && c.second() < 0.3 : c.best() >= 0.6);
        if (close && c.best() - c.second() >= 0.2) return c.word();
        return marker.isEmpty() ? numbered(t, text) : text;
    }

    /** the word closest to a text, how close (1 = the same) and how close the next one is */
    private record Closest(String word, double best, double second) {
    }

    /**
     * The word of the formats whose form for comparing ({@code form} of its plain spelling; null
     * to leave the word out) is closest to {@code t} by edit distance.
     */
    private static Closest closest(String t, java.util.function.UnaryOperator<String> form) {
        double best = 0;
        double second = 0;
        String word = null;
        for (String w : WORDS) {
            String p = form.apply(plain(w));
            if (p == null) continue;
            double s = 1 - (double) Text.editDistance(t, p) / Math.max(t.length(), p.length());
            if (s > best) {
                second = best;
                best = s;
                word = w;
            } else if (s > second) {
                second = s;
            }
        }
        return new Closest(word, best, second);
    }

    /** a bracket of up to three characters, or up to three characters that are no Chinese, then a stop or nothing */
    private static final java.util.regex.Pattern GARBLED =
        java.util.regex.Pattern.compile("^(?:\\([^)]{0,3}\\)|[^\\p{IsHan}]{1,3}[.,]?)");

    /**
     * A label whose item number came out garbled (S. for 5., (CD) for （七）) is the numbered word of
     * the formats whose words after the number it is close to, when only one is: the number is then
     * that word's (no well-formed number is ever changed).
     */
    private static String numbered(String t, String text) {
        java.util.regex.Matcher m = GARBLED.matcher(t);
        if (!m.find() || m.end() >= t.length()) return text;
        String body = t.substring(m.end());
        if (body.codePoints().noneMatch(OcrVocabulary::han)) return text;
        Closest c = closest(body, p -> marker(p).isEmpty() ? null : p.substring(marker(p).length()));
        return c.word() != null && c.best() >= 0.7 && c.best() - c.second() >= 0.2 ? c.word() : text;
    }

    private static final java.util.regex.Pattern MARKER =
        java.util.regex.Pattern.compile("^(?:\\d+[.,]|\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+[,.])");

    /** the list number a label starts with (1. （三） 四、), or "" */
    static String marker(String plain) {
        java.util.regex.Matcher m = MARKER.matcher(plain);
        return m.find() ? m.group() : "";
    }

    /** without spaces, punctuation made half-width and brackets unified */
    static String plain(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) continue;
            if (c >= '！' && c <= '～') c = (char) (c - 0xFEE0);
            if (c == '〈' || c == '《' || c == '「') c = '(';
            if (c == '〉' || c == '》' || c == '」') c = ')';
            if (c == '、' || c == '，') c = ',';
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

}
