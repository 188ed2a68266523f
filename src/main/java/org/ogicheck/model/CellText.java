package org.ogicheck.model;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a table cell's text into a {@link Value}: full-width digits, thousands separators, decimals,
 * units (件, 条, 万元, 元 …), direction words of 本年增/减 (加89, 减71, +5, −3), and the
 * non-numbers (blank, /, —, -, 无, 不适用) that must never become 0. In the model so that the readers
 * (which tell labels from values when they rebuild a table) and the parser share it without the
 * readers depending on the parser.
 */
public final class CellText {
    /** a cell of no-break, thin, zero-width spaces or a BOM only looks blank, and is */
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Z}\\u200b-\\u200d\\u2060\\ufeff]+");
    /**
     * nothing written, or a word saying there is nothing to count (不适用: a county department makes no 规章; 未制发,
     * 暂无数据, 本年度无; a cross ×) — as a dash. Only whole words of that meaning: a label such as 无法提供 is no
     * nothing-word.
     */
    private static final Pattern DASH = Pattern.compile("^(?:[/\\\\—–\\-―─_×✕╳]+|空|没有|不适用|不涉及|无此项"
        + "|(?:暂|均|本年|本年度)?[无未](?:制发|制定|出台|发生|收取|产生|涉及|开展|作出|办理|相关|数据|此项|此类|事项|相关数据|相关事项)?"
        + "|暂无[\\p{IsHan}]{1,4})$");
    /**
     * a number written as a round or approximate figure (398.5万, 约400, 300余, 近2000): read, but not the count the
     * table asks for — unreadable, so no rule judges it (the parser says so), never text that a rule calls 'not a
     * number', never a number a sum could be checked with
     */
    private static final Pattern ROUNDED = Pattern.compile("^(?:约|近|逾|超|超过|大约)?\\d+(?:\\.\\d+)?(?:万|亿)?(?:余|多)?(?:万|亿)?(?:件|条|个|项|次|份|人次|家|宗|场|篇|万元|亿元|元)?$");
    /**
     * a footnote mark after a cell's value (12*, 12※, 12①, 12¹, 12⑴): the value, marked for a note below the table —
     * read as the value written, not as text that a rule calls 'not a number'
     */
    private static final Pattern NOTE_MARK = Pattern.compile("[*※†‡\\u2460-\\u2487\\u00b9\\u00b2\\u00b3\\u2070\\u2074-\\u2079]+$");
    /**
     * digits with separators that make no number (3985,758 — a grouping off by one; 1.2.3; 12,): a figure mistyped, which
     * number was meant is not known — unreadable, not text a rule would call 'not a number'
     */
    private static final Pattern FIGURES = Pattern.compile("^[\\d,.]*\\d[\\d,.]*$");
    private static final Pattern UNREADABLE = Pattern.compile("corpus note|^[?？]+$|^[.…]+$|\\[");
    private static final Pattern REMARK = Pattern.compile("[(（][^()（）]*[)）]");
    /** a cell that is wholly one bracket (half-width after {@link #halfWidthNoSpace}): (-71), (71) */
    private static final Pattern BRACKETED = Pattern.compile("^\\(([^()]*)\\)$");
    private static final Pattern PLUS = Pattern.compile("^(?:增加|加|增|\\+|↑)");
    private static final Pattern MINUS = Pattern.compile("^(?:减少|减|-|−|—|–|↓)");
    /** a currency sign before an amount (￥1200, ¥0.5): the amount */
    private static final Pattern CURRENCY = Pattern.compile("^[￥¥]");
    private static final Pattern UNIT = Pattern.compile("(万元|亿元|元|件|条|个|项|次|份|人次|家|宗|场|篇|%)$");
    private static final Pattern PLAIN = Pattern.compile("^\\d+(?:\\.\\d+)?$");
    private static final Pattern GROUPED = Pattern.compile("^\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?$");

    private CellText() {
    }

    public static Value read(String raw) {
        if (raw == null) return Value.of(Value.Kind.MISSING, "");
        String s = halfWidthNoSpace(raw);
        if (s.isEmpty() || INVISIBLE.matcher(s).matches()) return Value.of(Value.Kind.BLANK, raw);
        if (digitsOnly(s)) return Value.number(raw, new BigDecimal(s), null, 0);
        if (UNREADABLE.matcher(s).find()) return Value.of(Value.Kind.UNREADABLE, raw);
        Matcher note = NOTE_MARK.matcher(s);
        if (note.find() && note.start() > 0) return marked(raw, read(s.substring(0, note.start())));
        if (DASH.matcher(s).matches()) return Value.of(Value.Kind.DASH, raw);
        Matcher whole = BRACKETED.matcher(s);
        if (whole.matches()) return bracketed(raw, read(whole.group(1)));
        // a number needs a digit (PLAIN, GROUPED): a label has none, and what follows only cuts characters away
        if (!hasDigit(s)) return Value.of(Value.Kind.TEXT, raw);
        String body = CURRENCY.matcher(REMARK.matcher(s).replaceAll("")).replaceFirst("");
        int direction = 0;
        Matcher m = PLUS.matcher(body);
        if (m.find()) {
            direction = 1;
            body = body.substring(m.end());
        } else if ((m = MINUS.matcher(body)).find() && body.length() > m.end()) {
            direction = -1;
            body = body.substring(m.end());
        }
        String unit = null;
        Matcher u = UNIT.matcher(body);
        if (u.find()) {
            unit = u.group(1);
            body = body.substring(0, u.start());
        }
        BigDecimal n = parse(body);
        if (n == null) return Value.of(ROUNDED.matcher(s).matches() || FIGURES.matcher(body).matches() ? Value.Kind.UNREADABLE : Value.Kind.TEXT, raw);
        return Value.number(raw, direction < 0 ? n.negate() : n, unit, direction);
    }

    /**
     * A number in brackets and nothing else. With its sign or direction word inside, (-71), （减71）, (+5), or
     * zero, it is that one number; a bare (71) is not clearly one: the accountant's minus, or 71 set apart as
     * a remark is — unreadable, which no rule judges (the parser says the cell could not be read), not text
     * that a rule would call 'not a number'.
     */
    private static Value bracketed(String raw, Value inside) {
        if (!inside.isNumeric()) return Value.of(inside.getKind(), raw);
        if (inside.getDirection() != 0 || inside.getNumber().signum() == 0) {
            return Value.number(raw, inside.getNumber(), inside.getUnit(), inside.getDirection());
        }
        return Value.of(Value.Kind.UNREADABLE, raw);
    }

    /** a value with a footnote mark: the value (a number, a dash), read from the cell's own text; anything else stays text */
    private static Value marked(String raw, Value bare) {
        if (bare.isNumeric()) return Value.number(raw, bare.getNumber(), bare.getUnit(), bare.getDirection());
        return Value.of(bare.getKind() == Value.Kind.DASH || bare.getKind() == Value.Kind.UNREADABLE ? bare.getKind() : Value.Kind.TEXT, raw);
    }

    /** the common case, a plain whole number: what the patterns below would read as PLAIN with no unit or direction */
    private static boolean digitsOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /** a plain or thousands-grouped decimal; null when the text is anything else */
    public static BigDecimal parse(String body) {
        if (PLAIN.matcher(body).matches()) return new BigDecimal(body);
        if (GROUPED.matcher(body).matches()) return new BigDecimal(body.replace(",", ""));
        return null;
    }

    /** whether a cell reads as a value (number, blank, dash, unreadable) rather than a label */
    public static boolean isValueLike(String raw) {
        Value v = read(raw);
        return v.getKind() != Value.Kind.TEXT || !hasHan(raw) && !raw.isBlank();
    }

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    /** how the OCR reader writes what it read below its confidence threshold: an unreadable cell, never a number */
    public static String unsure(String reading) {
        return "[识别存疑:" + reading + "]";
    }

    private static final Pattern UNSURE_WHOLE = Pattern.compile("^\\[识别存疑:(\\d{1,15})\\]$");

    /**
     * The whole number an unsure OCR cell was read as ({@code [识别存疑:12]} → 12), or null: the reading
     * the rules never judge, but name when a sum cannot be checked because of it.
     */
    public static Long unsureReading(String raw) {
        if (raw == null) return null;
        Matcher m = UNSURE_WHOLE.matcher(halfWidthNoSpace(raw));
        return m.matches() ? Long.valueOf(m.group(1)) : null;
    }

    /** full-width ASCII to half-width, without regex white space ({@code \\s}) and ideographic spaces, as cells are read */
    public static String halfWidthNoSpace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '\uFF01' && ch <= '\uFF5E') sb.append((char) (ch - 0xFEE0));
            else if (ch == '\u3000' || ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r') continue;
            else sb.append(ch);
        }
        return sb.toString();
    }

    /** whether the text holds a Chinese character */
    public static boolean hasHan(String s) {
        return CJK.matcher(s).find();
    }
}
