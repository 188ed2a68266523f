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
    /** the value as read; differs from {@link #value} only for a withheld cell */
    private final Value read;

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
        this.read = value;
    }

    private Cell(Cell c) {
        this.table = c.table;
        this.section = c.section;
        this.row = c.row;
        this.column = c.column;
        this.rowLabel = c.rowLabel;
        this.columnLabel = c.columnLabel;
        this.value = Value.withheld(c.read);
        this.src = c.src;
        this.read = c.read;
    }

    /**
     * This cell with its value withheld from the rules (kind {@link Value.Kind#WITHHELD}, no number):
     * the row it belongs to has a layout issue, so no rule may judge it — but the cell still exists,
     * so no rule takes its row for missing. Only the parser withholds cells (see rules/README.md).
     */
    public Cell withhold() {
        return trusted() ? new Cell(this) : this;
    }

    /** false when the parser withheld this cell from the rules */
    public boolean trusted() {
        return value.getKind() != Value.Kind.WITHHELD;
    }

    public boolean isTrusted() { return trusted(); }

    /** the value as the reader read it (for a trusted cell the same as {@link #getValue()}) */
    public Value getRead() { return read; }

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
