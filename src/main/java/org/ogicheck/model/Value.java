package org.ogicheck.model;

import java.math.BigDecimal;

/**
 * A cell value as read: a number (with unit and stated direction), or one of the non-numbers that
 * must stay distinguishable from zero all the way to the rules.
 */
public final class Value {

    public enum Kind {
        /** a number was read */
        NUMBER,
        /** the cell exists and is empty */
        BLANK,
        /** a dash-like "nothing" marker: /, —, -, 无 */
        DASH,
        /** text where a number belongs */
        TEXT,
        /** the reader could not tell what the cell holds (run-together cells, ?, annotations) */
        UNREADABLE,
        /** the row has fewer cells than its table's layout */
        MISSING,
        /**
         * read, but from a table row whose layout the parser is unsure of (a layout issue of the parser): no rule
         * judges it; the cell as read is {@link org.ogicheck.model.Cell#getRead()}
         */
        WITHHELD
    }

    private final Kind kind;
    private final String raw;
    private final BigDecimal number;
    private final String unit;
    private final int direction;
    /** the number as a whole number, computed once: rules ask for it on every constraint evaluation */
    private final Long whole;

    private Value(Kind kind, String raw, BigDecimal number, String unit, int direction) {
        this.kind = kind;
        this.raw = raw == null ? "" : raw;
        this.number = number;
        this.unit = unit;
        this.direction = direction;
        this.whole = whole(number);
    }

    /**
     * The largest magnitude a cell may have as a whole number (10^15 − 1, far above any count a
     * report states): a sum of up to 9,000 such cells still fits a long, so no sum a rule makes can
     * wrap around. A larger number is kept as a number but has no whole value, like a fraction.
     */
    public static final BigDecimal MAX_WHOLE = new BigDecimal("999999999999999");

    private static Long whole(BigDecimal number) {
        if (number == null || number.stripTrailingZeros().scale() > 0) return null;
        if (number.abs().compareTo(MAX_WHOLE) > 0) return null;
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    public static Value number(String raw, BigDecimal n, String unit, int direction) {
        return new Value(Kind.NUMBER, raw, n, unit, direction);
    }

    public static Value of(Kind kind, String raw) {
        return new Value(kind, raw, null, null, 0);
    }

    /** the value a rule sees for a cell it must not judge: no number, its raw text kept */
    public static Value withheld(Value read) {
        return new Value(Kind.WITHHELD, read.raw, null, null, 0);
    }

    public Kind getKind() { return kind; }
    public String getRaw() { return raw; }
    /** the signed number, or null when the cell is not a number */
    public BigDecimal getNumber() { return number; }
    /** unit written with the number (件, 条, 元, 万元 …), or null */
    public String getUnit() { return unit; }
    /** +1 for 加/增/+, −1 for 减/−, 0 when no direction was written */
    public int getDirection() { return direction; }

    public boolean isNumeric() { return kind == Kind.NUMBER; }

    public boolean isWhole() {
        return number != null && number.stripTrailingZeros().scale() <= 0;
    }

    /** the value as a whole number, or null when it is not one */
    public Long getWhole() {
        return whole;
    }

    /** what a person sees: the raw text, or a word for an empty cell */
    public String display() {
        return switch (kind) {
            case BLANK -> "（空）";
            case MISSING -> "（缺）";
            default -> raw.strip();
        };
    }

    @Override
    public String toString() {
        return kind == Kind.NUMBER ? number.toPlainString() + (unit == null ? "" : unit) : kind + ":" + raw;
    }
}
