package org.ogicheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ogicheck.model.Value;

/** Numbers too large for a count never take part in sums, so no sum can wrap around. */
class NumbersTest {
    @Test
    void aHugeCellHasNoWholeValue() {
        assertThat(Numbers.read("9223372036854775807").getWhole()).isNull();
        assertThat(Numbers.read("92233720368547758070").getWhole()).isNull();
        assertThat(Numbers.read("9223372036854775807").getKind()).isEqualTo(Value.Kind.NUMBER);
        assertThat(Numbers.read("999999999999999").getWhole()).isEqualTo(999_999_999_999_999L);
        assertThat(Numbers.read("1000000000000000").getWhole()).isNull();
        assertThat(Numbers.read("12").getWhole()).isEqualTo(12L);
    }

    @Test
    void blankDashAndUnreadableAreNeverNumbers() {
        for (String s : new String[] {"", " ", "—", "-", "－", "／", "/"}) {
            assertThat(Numbers.read(s).getNumber()).as(s).isNull();
            assertThat(Numbers.read(s).getWhole()).as(s).isNull();
        }
    }

    @Test
    void aCurrencySignOrAnArrowIsPartOfTheNumber() {
        // 第二十条 fee cells written as amounts, and the 2019 format's 本年增/减 written with arrows
        assertThat(Numbers.read("￥1200").getNumber()).isEqualByComparingTo("1200");
        assertThat(Numbers.read("¥0.5").getNumber()).isEqualByComparingTo("0.5");
        assertThat(Numbers.read("↑3").getNumber()).isEqualByComparingTo("3");
        assertThat(Numbers.read("↓71").getNumber()).isEqualByComparingTo("-71");
        assertThat(Numbers.read("￥").getNumber()).isNull();
        assertThat(Numbers.read("￥见附件").getKind()).isEqualTo(Value.Kind.TEXT);
    }

    @Test
    void aNumberInBracketsIsThatNumberOnlyWhenItsSignIsInside() {
        // 本年增/减 written (-71) or （-71）: the number with its sign; (0) is 0 either way
        assertThat(Numbers.read("(-71)").getNumber()).isEqualByComparingTo("-71");
        assertThat(Numbers.read("（-71）").getNumber()).isEqualByComparingTo("-71");
        assertThat(Numbers.read("（减71）").getNumber()).isEqualByComparingTo("-71");
        assertThat(Numbers.read("(+5)").getNumber()).isEqualByComparingTo("5");
        assertThat(Numbers.read("（0）").getNumber()).isEqualByComparingTo("0");
        // (71) is the accountant's minus or 71 set apart: not clearly one number, and not text to call 'not a number'
        assertThat(Numbers.read("(71)").getKind()).isEqualTo(Value.Kind.UNREADABLE);
        assertThat(Numbers.read("（71件）").getKind()).isEqualTo(Value.Kind.UNREADABLE);
        // a number with its remark is still the number; words in brackets are still text; a dash is a dash
        assertThat(Numbers.read("22（其中修订16件）").getNumber()).isEqualByComparingTo("22");
        assertThat(Numbers.read("（见附件）").getKind()).isEqualTo(Value.Kind.TEXT);
        assertThat(Numbers.read("（/）").getKind()).isEqualTo(Value.Kind.DASH);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"未制发", "暂无数据", "本年度无", "无", "未", "均未发生", "×", "不涉及", "无相关事项"})
    void aWordSayingThereIsNothingIsADashNotText(String cell) {
        // a nothing-word where a count belongs: reported as blank or dash (a WARNING), never 'not a number' (an ERROR)
        assertThat(Numbers.read(cell).getKind()).isEqualTo(Value.Kind.DASH);
    }

    @Test
    void aLabelBeginningWithANothingWordStaysALabel() {
        // table 三's （四）无法提供 and 本机关不掌握 are labels, and so is a word that is no count
        assertThat(Numbers.read("无法提供").getKind()).isEqualTo(Value.Kind.TEXT);
        assertThat(Numbers.read("（四）无法提供").getKind()).isEqualTo(Value.Kind.TEXT);
        assertThat(Numbers.read("未公开原因").getKind()).isEqualTo(Value.Kind.TEXT);
        assertThat(Numbers.read("见附件").getKind()).isEqualTo(Value.Kind.TEXT);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"398.5万", "约398万", "300余件", "近2000", "2万余条", "约12万元", "3985,758", "1.2.3", "12,"})
    void aRoundedOrApproximateFigureIsUnreadableNotText(String cell) {
        // a figure but not the exact count the table asks for, or a figure mistyped (3985,758): no sum is checked with it,
        // no rule calls it 'not a number'
        assertThat(Numbers.read(cell).getKind()).isEqualTo(Value.Kind.UNREADABLE);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"12*", "12＊", "12※", "12①", "12¹", "12⑴", "12件*", "1,212*"})
    void aFootnoteMarkAfterANumberLeavesTheNumber(String cell) {
        // a count marked for a note below the table is the count written (it gave A20-003/APP-004/LIT-002 'not a number')
        Value v = Numbers.read(cell);
        assertThat(v.getKind()).as(cell).isEqualTo(Value.Kind.NUMBER);
        assertThat(v.getNumber()).isEqualByComparingTo(cell.startsWith("1,") ? "1212" : "12");
        assertThat(v.getRaw()).isEqualTo(cell);
        // a dash or a rounded figure with a mark is still a dash or unreadable; a label with a mark still a label
        assertThat(Numbers.read("—*").getKind()).isEqualTo(Value.Kind.DASH);
        assertThat(Numbers.read("约300*").getKind()).isEqualTo(Value.Kind.UNREADABLE);
        assertThat(Numbers.read("（一）予以公开①").getKind()).isEqualTo(Value.Kind.TEXT);
        assertThat(Numbers.read("*").getKind()).isEqualTo(Value.Kind.TEXT);
    }

    @Test
    void exactFiguresWithUnitsStayNumbers() {
        assertThat(Numbers.read("96171.6万元").getNumber()).isEqualByComparingTo("96171.6");
        assertThat(Numbers.read("12件").getNumber()).isEqualByComparingTo("12");
        assertThat(Numbers.read("12.5").getNumber()).isEqualByComparingTo("12.5");
    }
}
