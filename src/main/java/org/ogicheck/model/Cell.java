package org.ogicheck.model;

import java.math.BigDecimal;

/**
 * One cell of a report table, keyed by table, row and column.
 * Tables: "A20.一" … "A20.九" (section 二), "APP" (section 三), "LIT" (section 四).
 */
public final class Cell {
    private final String table;
    private final String section;
    private final String row;
    private final String column;
    private final String rowLabel;
    private final String columnLabel;
    private final Value value;
    private final SourceRef src;

    public Cell(String table, String section, String row, String column, String rowLabel, String columnLabel,
                Value value, SourceRef src) {
        this.table = table;
        this.section = section;
        this.row = row;
        this.column = column;
        this.rowLabel = rowLabel;
        this.columnLabel = columnLabel;
        this.value = value;
        this.src = src == null ? SourceRef.NONE : src;
    }

    public String getTable() { return table; }
    public String getSection() { return section; }
    public String getRow() { return row; }
    public String getColumn() { return column; }
    public String getRowLabel() { return rowLabel; }
    public String getColumnLabel() { return columnLabel; }
    public Value getValue() { return value; }
    public SourceRef getSrc() { return src; }

    public Value.Kind getKind() { return value.getKind(); }
    /** the number read, or null */
    public BigDecimal getNumber() { return value.getNumber(); }
    /** the whole number read, or null when the cell is not a whole number */
    public Long getN() { return value.getWhole(); }
    public boolean isNumeric() { return value.isNumeric(); }

    /** "行政许可 / 本年增/减" — how a person names this cell */
    public String getName() {
        return rowLabel + " / " + columnLabel;
    }

    @Override
    public String toString() {
        return table + "[" + row + "," + column + "]=" + value;
    }
}
