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
    /** withheld only because its row holds cells OCR read below its confidence threshold */
    private final boolean withheldForUnsure;
    /** withheld from every rule but those that judge its row alone: its table was cut, the row read whole before */
    private final boolean rowWhole;

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
        this.withheldForUnsure = false;
        this.rowWhole = false;
    }

    private Cell(Cell c, boolean forUnsure, boolean rowWhole) {
        this.table = c.table;
        this.section = c.section;
        this.row = c.row;
        this.column = c.column;
        this.rowLabel = c.rowLabel;
        this.columnLabel = c.columnLabel;
        this.value = Value.withheld(c.read);
        this.src = c.src;
        this.read = c.read;
        this.withheldForUnsure = forUnsure;
        this.rowWhole = rowWhole;
    }

    /**
     * This cell with its value withheld from the rules (kind {@link Value.Kind#WITHHELD}, no number):
     * the row it belongs to has a layout issue, so no rule may judge it — but the cell still exists,
     * so no rule takes its row for missing. Only the parser withholds cells (see rules/README.md).
     */
    public Cell withhold() {
        return trusted() ? new Cell(this, false, false) : this;
    }

    /**
     * This cell withheld only because its row holds cells OCR read below its confidence threshold
     * ({@code [识别存疑:N]}): the row has no other layout issue, so what it was read as may be named
     * (never judged) where a sum cannot be checked because of the unsure cells.
     */
    public Cell withholdForUnsure() {
        return trusted() ? new Cell(this, true, false) : this;
    }

    /**
     * This cell withheld from every rule but those that judge its row alone (a row's 总计 against its columns, 任一行):
     * its table was cut by the text's end, and its row was read whole before the cut. A rule that needs every row of
     * the table (a column's sum, a row taken for missing, a narrative number and the rows it may count) does not see it.
     */
    public Cell withholdButRow() {
        return trusted() ? new Cell(this, false, true) : this;
    }

    /**
     * The whole number a rule that judges this cell's row alone may see: that of a trusted cell, and that of a cell
     * withheld only from the rules that need its whole table ({@link #withholdButRow}); null otherwise.
     */
    public Long getRowN() {
        return getRowValue().getWhole();
    }

    /**
     * The value a rule that judges this cell by itself or its row alone may see (a cell that is text, blank or negative;
     * a row's sum): that of a trusted cell, and the value read of a cell withheld only from the rules that need its whole
     * table ({@link #withholdButRow}); the withheld value otherwise.
     */
    public Value getRowValue() {
        return rowWhole ? read : value;
    }

    /** the kind of {@link #getRowValue()} */
    public Value.Kind getRowKind() { return getRowValue().getKind(); }

    /** the number of {@link #getRowValue()}, or null */
    public BigDecimal getRowNumber() { return getRowValue().getNumber(); }

    /** whether the parser withheld this cell only because its row holds cells OCR read below its confidence */
    public boolean isWithheldForUnsure() {
        return withheldForUnsure;
    }

    /** false when the parser withheld this cell from the rules */
    public boolean trusted() {
        return value.getKind() != Value.Kind.WITHHELD;
    }

    public boolean isTrusted() { return trusted(); }

    /** the value as the reader read it (for a trusted cell the same as {@link #getValue()}) */
    public Value getRead() { return read; }

    /**
     * The whole number as read, sure or not: the number read, or what OCR read below its confidence
     * threshold ({@code [识别存疑:12]} → 12); null for anything else. For a message that names what
     * could not be judged, never for a judgement.
     */
    public Long getReading() {
        return read.getKind() == Value.Kind.UNREADABLE ? CellText.unsureReading(read.getRaw()) : read.getWhole();
    }

    /** whether OCR read this cell as a number below its confidence threshold ({@code [识别存疑:12]}) */
    public boolean isUnsure() {
        return read.getKind() == Value.Kind.UNREADABLE && CellText.unsureReading(read.getRaw()) != null;
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
