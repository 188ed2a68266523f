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
        if (marker.isEmpty()) return numbered(t, text);
        // a group's number misread as another ((一) for （二）): only when the words after it are, by a wide margin,
        // those of one group of the formats and of no word with this number (a sub-item's 5. or 6. is never changed)
        if (!marker.startsWith("(")) return text;
        Closest b = bodies(t.substring(marker.length()));
        return b.clearly() && marker(plain(b.word())).startsWith("(") && c.best() < 0.6 ? b.word() : text;
    }

    /**
     * The rows of a table page read by OCR with each label cell checked once more against the words of
     * the formats: a label read from the page's text (no cell of its own) is corrected as a cell's is, and
     * one with an unsure figure in it ([识别存疑:1.]本机关不掌握…: the item number, read once) is the numbered
     * word whose words after the number it clearly is. A row whose label is unreadable between 一、本年新收 and
     * the results of table 三 is 二、上年结转: the one row both formats have there. A line of such a page that is a
     * section heading with its numeral misread (入、其他需要报告的事项) is that heading ({@link #heading}); a date's 日 read as 月 is 日 ({@link #days}).
     */
    static List<Block> labels(List<Block> blocks, java.util.function.IntPredicate ocrPage) {
        List<Block> out = new java.util.ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            if (b.src().page() == null || !ocrPage.test(b.src().page()) || b.isImage()) continue;
            if (!b.isRow()) {
                String h = heading(days(b.text()));
                if (!h.equals(b.text())) out.set(i, Block.line(h, b.src()));
                continue;
            }
            List<String> cells = new java.util.ArrayList<>(b.cells());
            for (int k = 0; k < cells.size(); k++) cells.set(k, label(cells.get(k)));
            total(cells);
            if (!cells.equals(b.cells())) out.set(i, Block.row(cells, b.cellSrcs(), b.src()));
        }
        for (int i = 1; i + 1 < out.size(); i++) {
            Block b = out.get(i);
            if (!b.isRow() || b.cells().isEmpty() || !UNREAD_LABEL.equals(b.cells().get(0))
                || !isRow(out.get(i - 1), "一、本年新收政府信息公开申请数量") || !isRow(out.get(i + 1), "（一）予以公开")
                || b.src().page() == null || !ocrPage.test(b.src().page())) continue;
            List<String> cells = new java.util.ArrayList<>(b.cells());
            cells.set(0, "二、上年结转政府信息公开申请数量");
            out.set(i, Block.row(cells, b.cellSrcs(), b.src()));
        }
        return out;
    }

    /**
     * A date of a line read by OCR whose 日 came out as 月 or 曰 (统计期限自2023 年 1 月 1 月起至2023 年 12 月 31 日上, read
     * from 2023 洪泽's Word copy scanned at 300 dpi): a month's number is never followed by another month's, so a day
     * number after a month, then 月 or 曰 and a word that goes on from a date (起 至 止 到 期间 、 ， 。 or a dash), is a
     * day. Its digits are kept as read (sure or [识别存疑:…]): only the character after them is the date's.
     */
    static String days(String line) {
        return MISREAD_DAY.matcher(line).replaceAll("$1日");
    }

    private static final java.util.regex.Pattern MISREAD_DAY = java.util.regex.Pattern.compile(
        "((?:\\d{1,2}|\\[识别存疑:\\d{1,2}\\])\\s*月\\s*(?:\\d{1,2}|\\[识别存疑:\\d{1,2}\\])\\s*)[月曰](?=\\s*(?:起|至|止|到|期间|[、，。,—\\-~～]))");

    /** a numeral of the six sections, or the Arabic digit a heading may be numbered with */
    private static final String NUMERALS = "一二三四五六七八九十0123456789";

    /**
     * A line of an OCR page that is a section heading misread, in one of two ways, as the lines of a scan of a
     * Word-printed report came out of Tesseract: its numeral as another character (入、其他需要报告的事项 for
     * 六、其他需要报告的事项: 入 and 八 are a stroke apart, and 六 is 八 with a dot) — one character that is no numeral or
     * bracket, then 、 (or a comma or full stop), then words that are clearly one section's heading in the national
     * format (≥ 0.8 alike, 0.3 ahead of the next), nothing after them but a colon or a full stop: the numeral is that
     * section's, the words stay as read — or one character of its words as a look-alike (五、存仕的主要问题及改进情况,
     * 四、政府信息公开行政复议、行政诉诊情况): the numeral read, the words those of its section's heading but for one
     * character in place of another, neither of them a joining word (及 和 与 并 、): the format's words. A heading
     * worded otherwise (存在的主要问题和改进情况, …改进措施) stays as read: the parser judges its wording.
     */
    static String heading(String line) {
        String t = plain(line).replaceAll("[:.]+$", "");
        if (t.isEmpty()) return line;
        int first = t.codePointAt(0);
        int n = Character.charCount(first);
        if (t.length() < n + 3 || "()".indexOf(first) >= 0 || ",.".indexOf(t.charAt(n)) < 0) return line;
        String words = t.substring(n + 1);
        int numeral = java.util.Arrays.asList(org.ogicheck.model.Section.NUMERALS).indexOf(new String(Character.toChars(first)));
        if (numeral > 0) {
            String official = org.ogicheck.model.Section.OFFICIAL[numeral];
            return lookAlike(words, plain(official)) ? org.ogicheck.model.Section.NUMERALS[numeral] + "、" + official : line;
        }
        if (NUMERALS.indexOf(first) >= 0) return line;
        List<String> headings = List.of(org.ogicheck.model.Section.OFFICIAL).subList(1, org.ogicheck.model.Section.OFFICIAL.length);
        Closest c = closest(words, headings, java.util.function.UnaryOperator.identity());
        if (!c.clearly()) return line;
        int section = headings.indexOf(c.word()) + 1;
        String read = line.strip();
        return heading(org.ogicheck.model.Section.NUMERALS[section] + read.substring(Character.charCount(read.codePointAt(0))));
    }

    /** the words of a heading read as the format's, or as them but for one character, neither of the two a joining word */
    private static boolean lookAlike(String words, String official) {
        if (words.length() != official.length() || words.length() < 4) return false;
        int diff = -1;
        for (int i = 0; i < words.length(); i++) {
            if (words.charAt(i) == official.charAt(i)) continue;
            if (diff >= 0) return false;
            diff = i;
        }
        return diff < 0 || JOINING.indexOf(words.charAt(diff)) < 0 && JOINING.indexOf(official.charAt(diff)) < 0
            && han(words.charAt(diff)) && han(official.charAt(diff));
    }

    /** words that join the parts of a heading: one put for another is a wording of the clerk's, not a misreading */
    private static final String JOINING = "及和与并、,";

    /**
     * A row of table 三 (an official label, then its six columns and 总计) whose one unsure cell is its
     * 总计, read as the number the six columns read for sure add up to: that reading is confirmed by them.
     */
    private static void total(List<String> cells) {
        int n = cells.size();
        if (n < 8 || !org.ogicheck.model.AppRows.officialLabels().contains(cells.get(n - 8))) return;
        java.util.regex.Matcher m = UNSURE_NUMBER.matcher(cells.get(n - 1));
        if (!m.matches()) return;
        long sum = 0;
        for (String c : cells.subList(n - 7, n - 1)) {
            if (!c.matches("\\d{1,7}")) return;
            sum += Long.parseLong(c);
        }
        if (sum == Long.parseLong(m.group(1))) cells.set(n - 1, m.group(1));
    }

    private static final java.util.regex.Pattern UNSURE_NUMBER = java.util.regex.Pattern.compile("\\[识别存疑:(\\d{1,7})\\]");

    /** a label cell that read as nothing */
    private static final String UNREAD_LABEL = "[识别存疑:]";

    private static boolean isRow(Block b, String word) {
        return b.isRow() && b.cells().contains(word);
    }

    private static final java.util.regex.Pattern UNSURE = java.util.regex.Pattern.compile("\\[识别存疑:[^\\]]*\\]");

    /** one cell of a row read by OCR as the word of the formats it clearly is, or as it was */
    private static String label(String cell) {
        if (cell.codePoints().noneMatch(OcrVocabulary::han)) return cell;
        if (!cell.contains("[识别存疑:")) return correct(cell);
        String item = item(cell);
        if (item != null) return item;
        String body = plain(UNSURE.matcher(cell).replaceAll(""));
        if (body.codePointCount(0, body.length()) < 4 || !marker(body).isEmpty()) return cell;
        Closest b = bodies(body);
        return b.clearly() ? b.word() : cell;
    }

    /** a label that starts with an unsure item number ([识别存疑:6.]属于四, [识别存疑:1】.]属于国): its digits, then its words */
    private static final java.util.regex.Pattern UNSURE_ITEM =
        java.util.regex.Pattern.compile("\\[识别存疑:\\s*(\\d{1,2})[^\\d\\]]{0,2}\\s*\\](.+)");

    /**
     * A label whose item number was read once ([识别存疑:6.]) and whose words are the beginning of a
     * word of the formats (a narrow cell's label cut at a page break, or its last lines lost:
     * 6.属于四 of 6.属于四类过程性信息) is the word with that number whose words it begins, when only
     * one is: exactly (three characters, or two that are all its words: 3.其他) or closely (≥ 0.8, four
     * or more), and no other word with that number within 0.3. The number read and the words must
     * agree; null when they do not.
     */
    private static String item(String cell) {
        java.util.regex.Matcher m = UNSURE_ITEM.matcher(cell);
        if (!m.matches() || m.group(2).contains("[识别存疑:")) return null;
        String body = plain(m.group(2));
        int n = body.codePointCount(0, body.length());
        if (n < 2 || !marker(body).isEmpty() || body.codePoints().anyMatch(Character::isDigit)) return null;
        String number = m.group(1) + ".";
        int from = number.length();
        Closest c = closest(body, p -> number.equals(marker(p)) ? p.substring(from, Math.min(p.length(), from + body.length())) : null);
        boolean close = n < 4 ? c.best() == 1 && (n >= 3 || plain(c.word()).equals(number + body)) : c.best() >= 0.8;
        return c.word() != null && close && c.best() - c.second() >= 0.3 ? c.word() : null;
    }

    /** the numbered word of the formats whose words after the number are closest to {@code body} */
    private static Closest bodies(String body) {
        return closest(body, p -> marker(p).isEmpty() ? null : p.substring(marker(p).length()));
    }

    /** the word closest to a text, how close (1 = the same) and how close the next one is */
    private record Closest(String word, double best, double second) {
        /** close (0.8), and closer than any other word by a wide margin (0.3): a label's words taken for the format's */
        boolean clearly() {
            return word != null && best >= 0.8 && best - second >= 0.3;
        }
    }

    /**
     * The word of the formats whose form for comparing ({@code form} of its plain spelling; null
     * to leave the word out) is closest to {@code t} by edit distance.
     */
    private static Closest closest(String t, java.util.function.UnaryOperator<String> form) {
        return closest(t, WORDS, form);
    }

    /** the word of {@code words} closest to a text (see above) */
    private static Closest closest(String t, List<String> words, java.util.function.UnaryOperator<String> form) {
        double best = 0;
        double second = 0;
        String word = null;
        for (String w : words) {
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
        Closest c = bodies(body);
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
