package org.ogicheck.parse;

import java.math.BigDecimal;
import org.ogicheck.model.CellText;
import org.ogicheck.model.Value;

/** The parser's name for {@link CellText}, which reads a table cell into a {@link Value}. */
public final class Numbers {
    private Numbers() {
    }

    public static Value read(String raw) {
        return CellText.read(raw);
    }

    /** a plain or thousands-grouped decimal; null when the text is anything else */
    public static BigDecimal parse(String body) {
        return CellText.parse(body);
    }

    /** a value the publisher wrote: a number, or a dash, 无, / for none */
    static boolean written(String cell) {
        Value v = read(cell);
        return v.isNumeric() || v.getKind() == Value.Kind.DASH;
    }

    /** whether a cell reads as a value (number, blank, dash, unreadable) rather than a label */
    public static boolean isValueLike(String raw) {
        return CellText.isValueLike(raw);
    }
}
