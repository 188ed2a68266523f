package org.ogicheck.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Something the narrative states: a number with what it counts ("受理政府信息公开申请859件" is kind
 * {@code received}, 859, 件), or a statement without a number ("均获维持" is kind {@code allUpheld}).
 * Kinds come from the claim patterns in the rule folder (claims.tsv); a number the patterns do not
 * attribute has kind {@value #COUNT} and is only used as a stated part of a stated total.
 */
public final class Claim {
    /** kind of a number the patterns did not attribute */
    public static final String COUNT = "count";

    private final String kind;
    private final BigDecimal number;
    private final String unit;
    private final boolean approximate;
    private final String phrase;
    private final Sentence sentence;
    private final int position;
    private BigDecimal percent;
    private Claim base;
    private final List<Claim> otherBases = new ArrayList<>();
    private Claim whole;

    public Claim(String kind, BigDecimal number, String unit, boolean approximate, String phrase, Sentence sentence,
                 int position) {
        this.kind = kind;
        this.number = number;
        this.unit = unit;
        this.approximate = approximate;
        this.phrase = phrase;
        this.sentence = sentence;
        this.position = position;
    }

    /** the same number as a plain count: what it counts is not what the rules compare (another year's) */
    public Claim asCount() {
        return asKind(COUNT);
    }

    /** the same number, said to be of another kind */
    public Claim asKind(String other) {
        Claim c = new Claim(other, number, unit, approximate, phrase, sentence, position);
        c.setPercent(percent, base);
        c.otherBases.addAll(otherBases);
        return c;
    }

    public String getKind() { return kind; }
    /** the number stated, or null for a statement without a number */
    public BigDecimal getNumber() { return number; }
    /** the number when it is a whole number, else null */
    public Long getN() {
        if (number == null || approximate || number.stripTrailingZeros().scale() > 0) return null;
        return number.longValue();
    }
    /** 件, 条 … as written after the number, or null */
    public String getUnit() { return unit; }
    /** 近, 约, 超, 逾, 不足 before, 余, 多, 左右 after the number, or the end of a range: not to be used in arithmetic */
    public boolean isApproximate() { return approximate; }
    /** the words the pattern matched */
    public String getPhrase() { return phrase; }
    public Sentence getSentence() { return sentence; }
    public String getText() { return sentence.text(); }
    public SourceRef getSrc() { return sentence.src(); }
    /** the section as a numeral, or null */
    public String getSection() { return sentence.getNumeral(); }
    /** order of the claim in the report (sentence, then place in the sentence) */
    public int getPosition() { return position; }

    /** a percentage stated with the number ("258件，占33.9%"), or null */
    public BigDecimal getPercent() { return percent; }
    /** the stated number the percentage is of, or null when it could not be told */
    public Claim getBase() { return base; }
    public void setPercent(BigDecimal percent, Claim base) {
        this.percent = percent;
        this.base = base;
    }
    /**
     * other stated numbers the percentage may be of ("收到申请20件，办结18件，其中予以公开10件，占50%": of the 20
     * received as well as of the 18 concluded), none when only the base can be meant
     */
    public List<Claim> getOtherBases() { return List.copyOf(otherBases); }
    public void addOtherBase(Claim other) { otherBases.add(other); }

    /**
     * the stated number this one is a part of, when the sentence ties them ("收到申请75件，涉及自然人72件":
     * the 75 for the 72), or null
     */
    public Claim getWhole() { return whole; }
    public void setWhole(Claim whole) { this.whole = whole; }
    /** the outermost stated number this one is a part of (法人 3件 of 商业企业 2件 of 收到申请 75件: the 75), or null */
    public Claim getOutermost() {
        Claim w = whole;
        for (int i = 0; w != null && w.whole != null && i < 8; i++) w = w.whole;
        return w;
    }

    /** "859件" */
    public String getShown() {
        return number == null ? phrase : number.stripTrailingZeros().toPlainString() + (unit == null ? "" : unit);
    }

    @Override
    public String toString() {
        return kind + "=" + getShown() + (percent == null ? "" : " (" + percent + "%)");
    }
}
