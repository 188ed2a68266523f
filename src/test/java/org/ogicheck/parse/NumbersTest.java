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
}
