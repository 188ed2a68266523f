package org.ogicheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ogicheck.model.Value;
import org.ogicheck.testing.Gen;

/** Properties of the cell reader: no exception escapes, and blank, dash and unreadable never become a number. */
class NumbersPropertiesTest {
    private static final String SPACES = " \t\u3000\u00a0\u2002\u200b\ufeff";
    private static final String CELLISH = "0123456789０１２３４５６７８９,.，。+-−—–/\\加减增少件条万元%（）()无空暂 ";

    @Test
    void noExceptionEscapesAndEveryCellHasAKind() {
        Gen.forAll(1, 3000, g -> switch (g.between(0, 2)) {
            case 0 -> g.text(40);
            case 1 -> g.of(CELLISH, 0, 20);
            default -> g.anyChars(12);
        }, raw -> {
            Value v = Numbers.read(raw);
            assertThat(v.getKind()).isNotNull();
            assertThat(v.isNumeric()).isEqualTo(v.getNumber() != null);
            if (v.getWhole() != null) assertThat(v.getNumber().abs()).isLessThanOrEqualTo(Value.MAX_WHOLE);
            if (v.getKind() != Value.Kind.NUMBER) assertThat(v.getWhole()).isNull();
        });
    }

    @Test
    void blankIsNeverANumber() {
        Gen.forAll(2, 500, g -> g.of(SPACES, 0, 8), raw -> {
            Value v = Numbers.read(raw);
            assertThat(v.getKind()).isEqualTo(Value.Kind.BLANK);
            assertThat(v.getNumber()).isNull();
        });
    }

    @Test
    void dashIsNeverANumber() {
        Gen.forAll(3, 500, g -> g.of(" \u3000", 0, 2)
            + (g.bool() ? g.of("/—–-―─_\\", 1, 4) : g.oneOf("无", "空", "暂无", "没有", "不适用", "不涉及", "未涉及", "无此项", "未发生")) + g.of(" \u3000", 0, 2), raw -> {
                Value v = Numbers.read(raw);
                assertThat(v.getKind()).isEqualTo(Value.Kind.DASH);
                assertThat(v.getNumber()).isNull();
            });
    }

    @Test
    void unreadableIsNeverANumber() {
        Gen.forAll(4, 500, g -> g.bool() ? g.of("?？", 1, 4) : g.of(".…", 1, 4), raw -> {
            Value v = Numbers.read(raw);
            assertThat(v.getKind()).isEqualTo(Value.Kind.UNREADABLE);
            assertThat(v.getNumber()).isNull();
        });
    }

    @Test
    void textWithoutADigitIsNeverANumber() {
        Gen.forAll(5, 2000, g -> g.text(20).replaceAll("[\\p{Nd}]", ""), raw ->
            assertThat(Numbers.read(raw).getNumber()).isNull());
    }

    @Test
    void aWholeNumberReadsAsItself() {
        Gen.forAll(6, 2000, g -> {
            long n = g.bool() ? g.between(0, 100_000) : Math.floorMod(g.random().nextLong(), 1_000_000_000_000_000L);
            String s = g.bool() ? String.format("%,d", n) : Long.toString(n);
            if (g.bool()) {
                StringBuilder sb = new StringBuilder();
                for (char c : s.toCharArray()) sb.append(Character.isDigit(c) ? (char) (c - '0' + '０') : c);
                s = sb.toString();
            }
            return new Object[] {n, s};
        }, in -> {
            long n = (Long) in[0];
            Value v = Numbers.read((String) in[1]);
            assertThat(v.getNumber()).as((String) in[1]).isEqualByComparingTo(BigDecimal.valueOf(n));
            assertThat(v.getWhole()).isEqualTo(n);
        });
    }
}
