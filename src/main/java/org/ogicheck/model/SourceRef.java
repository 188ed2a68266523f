package org.ogicheck.model;

/**
 * Where a fact came from in the source file. Text files give a line; HTML and Word give the
 * table, row and column index (1-based); PDF gives a page and the line on that page.
 */
public record SourceRef(int line, Integer page, Integer table, Integer row, Integer col) {

    public static final SourceRef NONE = new SourceRef(0, null, null, null, null);

    public static SourceRef line(int line) {
        return new SourceRef(line, null, null, null, null);
    }

    public SourceRef withCol(Integer c) {
        return new SourceRef(line, page, table, row, c);
    }

    public boolean isKnown() {
        return line > 0 || page != null || table != null;
    }

    /** Short human-readable place, in Chinese: 第12行, 第3页第5行, 表2第3行第4列. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (page != null) sb.append('第').append(page).append('页');
        if (table != null) {
            sb.append('表').append(table);
            if (row != null) sb.append('第').append(row).append('行');
            if (col != null) sb.append('第').append(col).append('列');
        } else if (line > 0) {
            sb.append('第').append(line).append('行');
            if (col != null) sb.append('第').append(col).append('格');
        }
        return sb.toString();
    }
}
