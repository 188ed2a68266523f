package org.ogicheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogicheck.model.Cell;
import org.ogicheck.model.SourceRef;
import org.ogicheck.model.Value;

/** The narrative rules ask for many figures of one table; the grid behind them is made once, and never served stale. */
class FiguresGridTest {

    private static Cell app(String row, String column, long n, int line) {
        return new Cell("APP", "三", row, column, row, column, Value.number(String.valueOf(n), BigDecimal.valueOf(n), null, 0),
            SourceRef.line(line));
    }

    private static List<Object> table(long received) {
        List<Object> cells = new ArrayList<>();
        cells.add(app("received", "natural", received - 1, 10));
        cells.add(app("received", "total", received, 10));
        cells.add(app("carriedIn", "total", 2, 11));
        return cells;
    }

    @Test
    void oneGridServesTheSameCellsAndANewOneOtherCells() {
        List<Object> cells = table(5);
        Figures.Grid first = Figures.Grid.of(cells, "APP");
        assertThat(Figures.Grid.of(new ArrayList<>(cells), "APP")).as("the same cells in another list").isSameAs(first);
        assertThat(Figures.app(cells, "received").value()).isEqualTo(5);
        assertThat(Figures.app(cells, "received|carriedIn").value()).isEqualTo(7);

        // the same list changed in place, and another report's cells of the same size: read afresh
        cells.set(1, app("received", "total", 9, 10));
        assertThat(Figures.app(cells, "received").value()).isEqualTo(9);
        assertThat(Figures.app(table(40), "received").value()).isEqualTo(40);
        assertThat(Figures.Grid.of(table(40), "APP")).isNotSameAs(Figures.Grid.of(table(40), "APP"));
        assertThat(Figures.Grid.of(cells, "LIT").inOrder).as("another table of the same cells").isEmpty();
    }
}
