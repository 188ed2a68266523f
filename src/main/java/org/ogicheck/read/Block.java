package org.ogicheck.read;

import java.util.List;
import org.ogicheck.model.SourceRef;

/**
 * One unit of a document in reading order: a line of text, a table row given as its cells, or the
 * place of a picture (an image the reader cannot read, so that a table published as a picture is
 * not taken for a missing table). Readers of every format produce these; the parser knows nothing
 * else of the file.
 *
 * @param text     the line's text (for a row: its cells joined with " | ")
 * @param cells    the row's cells in order, merged cells repeated or left empty; null for a line
 * @param cellSrcs where each cell came from (same size as cells); null for a line
 * @param src      where the block starts
 */
public record Block(String text, List<String> cells, List<SourceRef> cellSrcs, SourceRef src) {

    public static Block line(String text, SourceRef src) {
        return new Block(text, null, null, src);
    }

    /** the text of a picture's block: U+FFFC, Unicode's object replacement character */
    public static final String IMAGE = "\uFFFC";

    public static Block image(SourceRef src) {
        return new Block(IMAGE, null, null, src);
    }

    public static Block row(List<String> cells, List<SourceRef> cellSrcs, SourceRef src) {
        return new Block(String.join(" | ", cells), List.copyOf(cells), List.copyOf(cellSrcs), src);
    }

    public boolean isRow() {
        return cells != null;
    }

    public boolean isImage() {
        return cells == null && IMAGE.equals(text);
    }

    public SourceRef cellSrc(int i) {
        return cellSrcs != null && i < cellSrcs.size() ? cellSrcs.get(i) : src;
    }
}
