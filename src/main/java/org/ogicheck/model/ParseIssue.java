package org.ogicheck.model;

import org.ogicheck.i18n.Said;

/**
 * Something the parser saw but could not read as the format says: it becomes a PARSE finding so
 * that a missing verdict is never mistaken for a pass.
 *
 * @param kind    LAYOUT (rows/columns missing or extra, cells unreadable: the cells are withheld from the rules),
 *                COLUMN (a column of the format the table's header does not name: its cells are missing, the
 *                others read by their header), BYTES or METADATA
 * @param table   table id, or the metadata field name
 * @param row     row key when the issue is one row
 * @param detail  what was seen, worded in the reader's language where it is shown (the report's own text as an argument)
 */
public record ParseIssue(String kind, String section, String table, String row, Said detail, SourceRef src) {
    public String getKind() { return kind; }
    public String getSection() { return section; }
    public String getTable() { return table; }
    public String getRow() { return row; }
    public Said getDetail() { return detail; }
    public SourceRef getSrc() { return src; }
}
