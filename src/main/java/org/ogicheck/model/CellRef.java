package org.ogicheck.model;

/**
 * A cell a finding cites: its name (the row and column labels as the report writes them), its value
 * as displayed, and where it is in the source file. The renderers word the place in the reader's
 * language ("第30行第8格", "line 30 cell 8").
 */
public record CellRef(String name, String value, SourceRef src) {
    public static CellRef of(Cell c) {
        return new CellRef(c.getName(), c.getValue().display(), c.getSrc());
    }
}
