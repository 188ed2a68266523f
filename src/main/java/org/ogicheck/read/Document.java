package org.ogicheck.read;

import java.util.List;
import java.util.Map;

/**
 * A report file as read: its blocks in order, plus metadata the container gave (an HTML page's
 * title and 发布日期, a PDF's info). Keys of {@code meta}: title, published (yyyy-MM-dd), agency.
 *
 * @param source file name as given by the user
 * @param format text, html, docx, doc or pdf
 * @param issues what the reader met but could not read as written (bytes replaced, a table cut at
 *               the cell limit), each one line in Chinese with its place; the parser makes them
 *               PARSE findings
 */
public record Document(String source, String format, List<Block> blocks, Map<String, String> meta, List<Issue> issues) {

    /** something the reader met but could not read as written */
    public record Issue(Kind kind, org.ogicheck.i18n.Said detail, org.ogicheck.model.SourceRef src) {
        /** what was met */
        public enum Kind {
            /** bytes that are no character, replaced */
            BYTES,
            /** a table cut at the cell limit */
            TABLE_CUT,
            /** a table drawn without ruling lines that could not be rebuilt (read as text) */
            TABLE_NOT_REBUILT;

            /** the kind of the parse finding it becomes: BYTES, or LAYOUT for a table */
            public String parseKind() {
                return this == BYTES ? "BYTES" : "LAYOUT";
            }
        }
    }

    public Document(String source, String format, List<Block> blocks, Map<String, String> meta) {
        this(source, format, blocks, meta, List.of());
    }

    /** the formats whose reader puts each picture of the file among its blocks ({@link Block#image}) */
    private static final java.util.Set<String> PICTURES_READ = java.util.Set.of("html", "docx");

    /**
     * the key of {@code meta} by which a reader of a fixed layout (PDF, OFD) or of a .doc says that it put each
     * picture of this file among the blocks ({@link #PICTURES_SEEN}); absent when it may have missed one
     */
    public static final String PICTURES = "pictures";
    public static final String PICTURES_SEEN = "seen";

    /**
     * whether a picture of the file (a table published as an image) is among the blocks: in a page and a Word
     * document it is; plain text keeps no trace of one; a PDF, OFD or .doc when its reader says so (not when a page
     * was read by OCR or shows a drawing of curves, which may be a table drawn as lines with its text as outlines)
     */
    public boolean showsPictures() {
        return PICTURES_READ.contains(format) || PICTURES_SEEN.equals(meta.get(PICTURES));
    }
}
